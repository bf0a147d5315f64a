import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { c, district, scenario, town } from './fixtures.ts';

describe('simulateDebt (SPEC §6, §10 output contract)', () => {
  const s = scenario({
    horizonYears: 2,
    districts: [district({ capacity: c(1000), legalDebt: c(100), hiddenDebt: c(0), debtLimit: c(500) }), district({ id: 'd2' })],
    towns: [
      town({ bonds: [{ id: 'b', amount: 100 / 3, issueYear: 2026, tenorYears: 2, rate: 0.05, repayment: 'annuity', projectRevenue: c(0) }] }),
      town({ id: 't2', district: 'd2' }),
    ],
  });
  const out = simulateDebt(s, {
    accruedRewards: new Map([['t1', [1 / 3, 0]]]),
    pppCommitments: new Map([['t1', [2.0000005, 0]]]),
    districtPppShare: new Map([['d1', [0.05, Number.NaN]]]),
  });

  it('returns an exposure per town, in scenario order', () => {
    expect([...out.towns.keys()]).toEqual(['t1', 't2']);
  });

  it('rounds money to the fen, half up, and the total is the fen sum of the rounded parts', () => {
    const e = out.towns.get('t1');
    // bonds 33.333333…→ 33.333333; accrued 0.333333…→ 0.333333; total 33.666666 (not 33.666667)
    expect(e?.bonds[0]).toBe(33.333333);
    expect(e?.accruedRewards[0]).toBe(0.333333);
    expect(e?.total[0]).toBe(33.666666);
    expect(e?.pppCommitments[0]).toBe(2.000001);
  });

  it('keeps ratios unrounded: (100/3 + 1/3) / 100', () => {
    expect(out.towns.get('t1')?.ratio[0]).toBeCloseTo((100 / 3 + 1 / 3) / 100, 15);
  });

  it('returns a DistrictResult per district with the PPP share put through (null where missing or not finite)', () => {
    const [d1, d2] = out.districts;
    expect(d1?.id).toBe('d1');
    // legal = 100 + 33.333333 → 133.333333; headroom 500 − 133.333333 = 366.666667
    expect(d1?.legalDebt[0]).toBe(133.333333);
    expect(d1?.debtHeadroom[0]).toBe(366.666667);
    expect(d1?.pppShare).toEqual([0.05, null]);
    expect(d2?.pppShare).toEqual([null, null]);
    expect(d1?.tier).toEqual(['green', 'green']);
  });

  it('never puts NaN or Infinity into the result', () => {
    const z = simulateDebt(scenario({ districts: [district({ capacity: c(0), budgetExpenditure: c(0) })], towns: [town({ revenue: c(0) })] }),
      { accruedRewards: new Map([['t1', [5, 5, 5]]]) });
    const json = JSON.stringify({ towns: [...z.towns.values()], districts: z.districts, limits: z.limits, findings: z.findings });
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(z.districts[0]?.broadRatio).toEqual([null, null, null]);
  });

  it('is deterministic: the same inputs give the same output', () => {
    const again = simulateDebt(s, {
      accruedRewards: new Map([['t1', [1 / 3, 0]]]), pppCommitments: new Map([['t1', [2.0000005, 0]]]), districtPppShare: new Map([['d1', [0.05, Number.NaN]]]),
    });
    expect(JSON.stringify(again.limits)).toBe(JSON.stringify(out.limits));
  });

  it('every finding is a limit row that is not ok, with a source and a bilingual message', () => {
    const z = simulateDebt(scenario({ districts: [district({ hiddenDebt: c(5000) })] }), { accruedRewards: new Map([['t1', [500, 500, 500]]]) });
    expect(z.findings.length).toBeGreaterThan(0);
    for (const f of z.findings) {
      expect(f.source.length).toBeGreaterThan(0);
      expect(f.message).toMatch(/^[^ ]*[\u4e00-\u9fff].* \/ [A-Z]/);
      expect(z.limits.some((r) => r.rule === f.rule && r.subject.id === f.subject.id && r.year === f.year && r.level === f.level)).toBe(true);
    }
  });
});

describe('simulateDebt bond and platform detail', () => {
  const out = simulateDebt(scenario({
    horizonYears: 2,
    towns: [town({
      bonds: [{ id: 'b', amount: 1000, issueYear: 2026, tenorYears: 2, rate: 0.04, repayment: 'bullet', projectRevenue: c(50) }],
      platform: { openingBalance: 1, newBorrowing: c(0), hiddenShare: 1 / 3, rate: 0, tenorYears: 5, repayment: 'bullet' },
    })],
  }));
  it('reports each bond by <town>/<bond> with its debt service and coverage', () => {
    // 2026: issued, no service (coverage null); 2027: interest 40, coverage 50/40 = 1.25
    // cumulative project cash: 2026 50, 2027 50 + 50 − 40 = 60 (never negative: no budget support)
    // life 2026–2028 (issue year to maturity, beyond the 2-year horizon): Σ revenue 3·50 = 150 /
    // Σ service 40 + (40 + 1000) = 1080 → 150/1080 = 0.13889
    expect(out.bonds.get('t1/b')).toEqual({
      issued: [1000, 0], balance: [1000, 1000], debtService: [0, 40], interest: [0, 40], projectRevenue: [50, 50], coverage: [null, 1.25],
      cash: [50, 60], support: [0, 0], lifeCoverage: 150 / 1080,
    });
  });
  it('reports platform debt so that hidden + platform foot to the balance in fen', () => {
    // hidden = 1/3 → 0.333333; platform = 1 − 0.333333 = 0.666667
    const p = out.platform.get('t1');
    expect(p?.hidden).toEqual([0.333333, 0.333333]);
    expect(p?.platform).toEqual([0.666667, 0.666667]);
    expect(p?.balance).toEqual([1, 1]);
  });
});
