import { describe, expect, it } from 'vitest';
import { townDebt, townExposure } from '../../../src/core/debt/townExposure.ts';
import { c, town } from './fixtures.ts';

const arr = (a: ArrayLike<number>): number[] => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

describe('townExposure (SPEC §6)', () => {
  const e = townExposure({
    bonds: [100, 80], platform: [30, 20], hidden: [[10, 10], [5, 0], [1, 2]], accruedRewards: [4, 0], pppCommitments: [500, 400], revenue: [100, 0],
  });

  it('hidden adds up every hidden part: 10 + 5 + 1 = 16, 10 + 0 + 2 = 12', () => {
    expect(arr(e.hidden)).toEqual([16, 12]);
  });
  it('total = bonds + platform + hidden + accruedRewards: 100 + 30 + 16 + 4 = 150, 80 + 20 + 12 = 112', () => {
    expect(arr(e.total)).toEqual([150, 112]);
  });
  it('PPP commitments are shown separately and not in the total', () => {
    expect(arr(e.pppCommitments)).toEqual([500, 400]);
  });
  it('ratio = total / revenue, null when revenue ≤ 0', () => {
    expect(e.ratio).toEqual([1.5, null]);
  });
});

describe('townDebt', () => {
  it('builds the exposure from bonds, platform debt and the other modules’ hidden and accrued amounts', () => {
    const t = town({
      bonds: [{ id: 'b', amount: 200, issueYear: 2025, tenorYears: 5, rate: 0.03, repayment: 'bullet', projectRevenue: c(0) }],
      platform: { openingBalance: 100, newBorrowing: c(0), hiddenShare: 0.4, rate: 0, tenorYears: 10, repayment: 'bullet' },
    });
    const d = townDebt(t, 2026, 2, [100, 50], {
      pppHidden: new Map([['t1', [3, 3]]]), fundHidden: new Map([['t1', [7]]]), accruedRewards: new Map([['t1', [0, 9]]]),
      pppCommitments: new Map([['other', [1, 1]]]),
    });
    // bonds 200; platform 0.6·100 = 60; hidden 0.4·100 + 3 + 7 = 50, then 40 + 3 + 0 (short fund array) = 43
    expect(arr(d.exposure.bonds)).toEqual([200, 200]);
    expect(arr(d.exposure.platform)).toEqual([60, 60]);
    expect(arr(d.exposure.hidden)).toEqual([50, 43]);
    expect(arr(d.exposure.accruedRewards)).toEqual([0, 9]);
    expect(arr(d.exposure.pppCommitments)).toEqual([0, 0]);
    // total 310 / 100 = 3.1; 312 / 50 = 6.24
    expect(arr(d.exposure.total)).toEqual([310, 312]);
    expect(d.exposure.ratio[0]).toBeCloseTo(3.1, 12);
    expect(d.exposure.ratio[1]).toBeCloseTo(6.24, 12);
  });

  it('a town without debt and without inputs has zero exposure', () => {
    const d = townDebt(town(), 2026, 2, [100, 100], {});
    expect(arr(d.exposure.total)).toEqual([0, 0]);
    expect(d.exposure.ratio).toEqual([0, 0]);
    expect(d.platform).toBeNull();
  });
});

describe('debt inputs', () => {
  it('accept plain records keyed by town id as well as Maps (e.g. simulateFunds().hiddenDebtByTown)', () => {
    const d = townDebt(town(), 2026, 2, [100, 100], { fundHidden: { t1: [4, 5] }, accruedRewards: { toString: [9, 9] } });
    expect(Array.from(d.exposure.hidden)).toEqual([4, 5]);
    expect(Array.from(d.exposure.accruedRewards)).toEqual([0, 0]);
  });
});
