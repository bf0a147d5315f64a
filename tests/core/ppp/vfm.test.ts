import { describe, expect, it } from 'vitest';
import { runProject } from '../../../src/core/ppp/project.ts';
import { flat, project } from './fixtures.ts';

describe('value for money (SPEC §4.4)', () => {
  it('VfM = PSC − PV(obligations) at the same rate and valuation date', () => {
    // rate 10%, valued at 1 Jan 2026; cost 1000 built in 2026, operated 2027 with opex 100.
    // Government pays: C = 1000 (no government equity), annuity with π = 0 → K = C/N = 1000; M = 100
    //   2026: risk 1%·1000 = 10;  2027: S = 1000 + 100 = 1100, risk 2%·100 = 2 → 1102
    //   PPP value = 10/1.1 + 1102/1.21 = 9.090909 + 910.743802 = 919.834711
    // PSC: 2026: capex 1000 + transferable 5%·1000 = 50 + retained 10 → 1060
    //      2027: opex 100 + neutrality 5 + transferable 10%·100 = 10 + retained 2 → 117
    //   PSC = 1060/1.1 + 117/1.21 = 963.636364 + 96.694215 = 1060.330579
    // VfM = 140.495868; index = 140.495868 / 1060.330579 = 0.132502
    const p = project({
      mechanism: 'government-pay', constructionCost: 1000, constructionSchedule: [1], operationYears: 1,
      governmentEquityShare: 0, profitRate: 0, operatingCost: flat(100),
      loan: { rate: 0.05, tenorYears: 1, graceYears: 0, repayment: 'annuity' },
      subsidy: { formula: 'annuity', base: 'private-cost', periodYears: 1 },
      riskBearing: { kind: 'proportion', construction: 0.01, operation: 0.02 },
      psc: { constructionCost: null, operatingCost: null, userRevenue: null, competitiveNeutrality: flat(5), transferableRisk: { construction: 0.05, operation: 0.1 } },
    });
    const v = runProject(p, { discountRate: { kind: 'flat', rate: 0.1 }, startYear: 2026 }).vfm;
    expect(v.pppValue).toBeCloseTo(919.834711, 5);
    expect(v.psc).toBeCloseTo(1060.330579, 5);
    expect(v.value).toBeCloseTo(140.495868, 5);
    expect(v.index).toBeCloseTo(0.132502, 5);
  });
  it('values a project that started before startYear at the same date (flows compounded forward)', () => {
    const p = project({ procurementYear: 2024, constructionStartYear: 2024 });
    const a = runProject(p, { discountRate: { kind: 'flat', rate: 0.04 }, startYear: 2026 }).vfm;
    const b = runProject({ ...p, procurementYear: 2026, constructionStartYear: 2026 }, { discountRate: { kind: 'flat', rate: 0.04 }, startYear: 2026 }).vfm;
    // shifting every flow two years earlier multiplies each PV by 1.04²
    expect(a.psc).toBeCloseTo(b.psc * 1.0816, 6);
  });
  it('the VfM index is null when PSC ≤ 0', () => {
    const p = project({ mechanism: 'user-pay', userRevenue: flat(100000) });
    expect(runProject(p, { discountRate: { kind: 'flat', rate: 0.04 }, startYear: 2026 }).vfm.index).toBeNull();
  });
});
