import { describe, expect, it } from 'vitest';
import { platformFlows } from '../../../src/core/debt/platformDebt.ts';
import type { PlatformDebt } from '../../../src/core/model/scenario.ts';
import { c, tbl } from './fixtures.ts';

const arr = (a: ArrayLike<number>): number[] => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

describe('platformFlows (SPEC §2: balance = opening + new borrowing − repayments)', () => {
  const p: PlatformDebt = {
    openingBalance: 1000, newBorrowing: tbl({ 2026: 200 }), hiddenShare: 0.25, rate: 0.05, tenorYears: 2, repayment: 'equal-principal',
  };
  // opening tranche 1000, repaid from 2026: principal 500, 500; interest 50, 25
  // 2026 borrowing 200, repaid from 2027: principal 100, 100; interest 10, 5
  const f = platformFlows(p, 2026, 3);

  it('repays each tranche over the tenor, the opening balance from startYear and new borrowing from the next year', () => {
    expect(arr(f.repayment)).toEqual([500, 600, 100]);
    expect(arr(f.interest)).toEqual([50, 35, 5]);
  });

  it('rolls the balance forward: 1000 + 200 − 500 = 700, 700 − 600 = 100, 100 − 100 = 0', () => {
    expect(arr(f.balance)).toEqual([700, 100, 0]);
  });

  it('splits the balance into the hidden share and the rest', () => {
    // 0.25·700 = 175, 0.25·100 = 25
    expect(arr(f.hidden)).toEqual([175, 25, 0]);
    expect(arr(f.nonHidden)).toEqual([525, 75, 0]);
  });

  it('reports the new borrowing per year', () => {
    expect(arr(f.newBorrowing)).toEqual([200, 0, 0]);
  });

  it('a bullet tranche stays on the balance until its tenor ends', () => {
    // opening 300, bullet 2 years from 2026: repaid in 2027; borrowing 50 a year, each repaid 2 years later
    const b = platformFlows({ ...p, openingBalance: 300, newBorrowing: c(50), repayment: 'bullet', hiddenShare: 0 }, 2026, 4);
    // 2026: 300 + 50 = 350; 2027: 350 + 50 − 300 = 100; 2028: 100 + 50 − 50 (2026's) = 100; 2029: 100 + 50 − 50 = 100
    expect(arr(b.balance)).toEqual([350, 100, 100, 100]);
    expect(arr(b.hidden)).toEqual([0, 0, 0, 0]);
  });
});

describe('platformFlows balance identity', () => {
  it('balance_t = balance_{t−1} + newBorrowing_t − repayment_t, and a fully repaid debt is exactly 0', () => {
    const f = platformFlows({ openingBalance: 1234.567, newBorrowing: { kind: 'growth', base: 333.3, growth: 0.07 }, hiddenShare: 0.3,
      rate: 0.0437, tenorYears: 3, repayment: 'annuity' }, 2026, 8);
    let prev = 1234.567;
    f.balance.forEach((b, i) => {
      expect(b).toBeCloseTo(prev + (f.newBorrowing[i] ?? 0) - (f.repayment[i] ?? 0), 9);
      prev = b;
    });
    const once = platformFlows({ openingBalance: 1000 / 3, newBorrowing: tbl({ 2026: 0.1 }), hiddenShare: 0.3, rate: 0.0437, tenorYears: 3, repayment: 'annuity' }, 2026, 6);
    expect(Array.from(once.balance.slice(4))).toEqual([0, 0]);
    expect(Array.from(once.hidden.slice(4))).toEqual([0, 0]);
  });
});
