import { describe, expect, it } from 'vitest';
import {
  annuityConstructionPart, mof2015ConstructionPart, operatingSubsidy, operationPart, performanceLinked,
} from '../../../src/core/ppp/operatingSubsidy.ts';
import { subsidisedCost } from '../../../src/core/ppp/equity.ts';
import { operationSeries, projectTime } from '../../../src/core/ppp/projectTime.ts';
import { flat, project } from './fixtures.ts';

const FLAT4 = { kind: 'flat', rate: 0.04 } as const;

describe('operating subsidy, construction part (SPEC §4.2)', () => {
  it('mof-2015: K_n = C·(1+π)·(1+d_n)^n / N', () => {
    // C = 10000, π = 6%, d = 4%, N = 10
    // n = 1: 10000·1.06·1.04 / 10 = 1102.4
    // n = 2: 10000·1.06·1.0816 / 10 = 1146.496
    expect(mof2015ConstructionPart(10000, 0.06, FLAT4, 1, 10)).toBeCloseTo(1102.4, 9);
    expect(mof2015ConstructionPart(10000, 0.06, FLAT4, 2, 10)).toBeCloseTo(1146.496, 9);
  });
  it('mof-2015 takes d_n from the curve at tenor n, counted from the end of construction', () => {
    const curve = { kind: 'curve', byTenor: [0.03, 0.04] } as const;
    // n = 1: 10000·1.06·1.03/10 = 1091.8; n = 2: 10000·1.06·1.04²/10 = 1146.496; n = 5 repeats 4%: 10000·1.06·1.04^5/10 = 1289.66…
    expect(mof2015ConstructionPart(10000, 0.06, curve, 1, 10)).toBeCloseTo(1091.8, 9);
    expect(mof2015ConstructionPart(10000, 0.06, curve, 2, 10)).toBeCloseTo(1146.496, 9);
    expect(mof2015ConstructionPart(10000, 0.06, curve, 5, 10)).toBeCloseTo(1060 * Math.pow(1.04, 5), 9);
  });
  it('annuity: K = C·π(1+π)^N / ((1+π)^N − 1)', () => {
    // 1.06^10 = 1.790847697; 10000·0.06·1.790847697 / 0.790847697 = 1074.508618 / 0.790847697 = 1358.6796
    expect(annuityConstructionPart(10000, 0.06, 10)).toBeCloseTo(1358.6796, 3);
  });
  it('annuity with a zero profit rate is C/N', () => {
    expect(annuityConstructionPart(10000, 0, 10)).toBe(1000);
  });
  it('C is the cost borne by the private partner: cost − government equity; full-cost takes the whole cost', () => {
    // government equity = 10000 × 0.2 × 0.3 = 600 → C = 9400
    expect(subsidisedCost(project())).toBeCloseTo(9400, 9);
    expect(subsidisedCost(project({ subsidy: { formula: 'mof-2015', base: 'full-cost', periodYears: 10 } }))).toBe(10000);
  });
});

describe('operating subsidy, O&M part and performance link (SPEC §4.2)', () => {
  it('M_n = O_n·(1+π) adds the profit margin to the operating cost', () => {
    expect(operationPart(500, 0.06)).toBeCloseTo(530, 9);
  });
  it('S = K·((1−ℓ_c)+ℓ_c·score) + M·((1−ℓ_o)+ℓ_o·score)', () => {
    // K = 1000, M = 500, ℓ_c = 0.3, ℓ_o = 1, score 0.8: 1000·(0.7+0.24) + 500·0.8 = 940 + 400 = 1340
    expect(performanceLinked(1000, 500, 0.3, 1, 0.8)).toBeCloseTo(1340, 9);
    // full score pays K + M
    expect(performanceLinked(1000, 500, 0.3, 1, 1)).toBeCloseTo(1500, 9);
  });
});

describe('operatingSubsidy per project year', () => {
  it('government-pay pays K_n + M_n in operation years only, ignoring user revenue', () => {
    const p = project({ mechanism: 'government-pay', userRevenue: flat(999) });
    const t = projectTime(p);
    const s = operatingSubsidy(p, t, FLAT4, operationSeries(p.userRevenue, t));
    expect([s.paid[0], s.paid[1]]).toEqual([0, 0]); // construction years 2026, 2027
    // operation year 1 (2028): K_1 = 9400·1.06·1.04/10 = 1036.256; M_1 = 500·1.06 = 530 → 1566.256
    expect(s.paid[2]).toBeCloseTo(1566.256, 9);
    // operation year 10 (2037): K_10 = 9400·1.06·1.04^10/10 + 530
    expect(s.paid[11]).toBeCloseTo(996.4 * Math.pow(1.04, 10) + 530, 9);
  });
  it('viability-gap subtracts user revenue', () => {
    const p = project({ userRevenue: flat(300), subsidy: { formula: 'annuity', base: 'private-cost', periodYears: 10 } });
    const t = projectTime(p);
    const s = operatingSubsidy(p, t, FLAT4, operationSeries(p.userRevenue, t));
    // K = 9400·0.06·1.06^10/(1.06^10 − 1) = 1277.1588…; S = K + 530 − 300
    const k = (9400 * 0.06 * Math.pow(1.06, 10)) / (Math.pow(1.06, 10) - 1);
    expect(s.paid[2]).toBeCloseTo(k + 230, 9);
  });
  it('viability-gap floors at 0 in a year when user revenue exceeds the formula', () => {
    // annuity K ≈ 1277.16, M = 530 → formula 1807.16; user revenue 2000 in operation year 1 only
    const p = project({
      subsidy: { formula: 'annuity', base: 'private-cost', periodYears: 10 },
      userRevenue: { kind: 'table', byYear: { '2028': 2000, '2029': 1000 }, fill: 'zero' },
    });
    const t = projectTime(p);
    const s = operatingSubsidy(p, t, FLAT4, operationSeries(p.userRevenue, t));
    expect(s.paid[2]).toBe(0);
    expect(s.paid[3]).toBeCloseTo(s.construction[3]! + 530 - 1000, 9);
  });
  it('user-pay has no construction part and pays only the configured M_n', () => {
    const p = project({ mechanism: 'user-pay', userRevenue: flat(3000), concessionSubsidy: flat(200), performance: { constructionLink: 0.3, operationLink: 1, scores: [0.5] } });
    const t = projectTime(p);
    const s = operatingSubsidy(p, t, FLAT4, operationSeries(p.userRevenue, t));
    expect(Array.from(s.construction).every((k) => k === 0)).toBe(true);
    // 200·((1−1) + 1·0.5) = 100
    expect(s.paid[2]).toBeCloseTo(100, 12);
  });
  it('pays nothing after a subsidy period shorter than the operation years', () => {
    const p = project({ subsidy: { formula: 'mof-2015', base: 'private-cost', periodYears: 3 } });
    const t = projectTime(p);
    const s = operatingSubsidy(p, t, FLAT4, operationSeries(p.userRevenue, t));
    // N = 3: K_1 = 9400·1.06·1.04/3
    expect(s.construction[2]).toBeCloseTo((9964 * 1.04) / 3, 9);
    expect(s.paid[5]).toBe(0);
  });
  it('scores are per operation year and the last one repeats', () => {
    const p = project({ mechanism: 'government-pay', performance: { constructionLink: 0.3, operationLink: 1, scores: [1, 0.5] } });
    const t = projectTime(p);
    const s = operatingSubsidy(p, t, FLAT4, operationSeries(p.userRevenue, t));
    // year 3 (n = 3) uses score 0.5: K_3·0.85 + 530·0.5
    expect(s.paid[4]).toBeCloseTo(s.construction[4]! * 0.85 + 265, 9);
  });
});
