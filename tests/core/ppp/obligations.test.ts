import { describe, expect, it } from 'vitest';
import { equityObligation } from '../../../src/core/ppp/equity.ts';
import { projectObligations } from '../../../src/core/ppp/obligations.ts';
import { capexSchedule, operationSeries, projectTime } from '../../../src/core/ppp/projectTime.ts';
import { expectedRiskCost, riskBearingObligation } from '../../../src/core/ppp/riskBearing.ts';
import { supportingInputsObligation } from '../../../src/core/ppp/supportingInputs.ts';
import { flat, project } from './fixtures.ts';

const FLAT4 = { kind: 'flat', rate: 0.04 } as const;

describe('equity obligation (SPEC §4.2)', () => {
  it('equity = capex of the year × capital ratio × government equity share', () => {
    const p = project();
    const t = projectTime(p);
    // 2026: 4000 × 0.2 × 0.3 = 240; 2027: 6000 × 0.06 = 360; nothing in operation
    const e = equityObligation(p, capexSchedule(p, t));
    expect(e[0]).toBeCloseTo(240, 12);
    expect(e[1]).toBeCloseTo(360, 12);
    expect(e[2]).toBe(0);
  });
});

describe('risk bearing (SPEC §4.2)', () => {
  it('proportion: r_c·capex_t + r_o·opex_t in the year incurred', () => {
    const p = project();
    const t = projectTime(p);
    const r = riskBearingObligation({ kind: 'proportion', construction: 0.01, operation: 0.02 }, t, capexSchedule(p, t), operationSeries(p.operatingCost, t));
    // 2026: 0.01·4000 = 40; 2027: 0.01·6000 = 60; 2028: 0.02·500 = 10
    expect([r[0], r[1], r[2]].map((x) => Math.round(x! * 1e9) / 1e9)).toEqual([40, 60, 10]);
  });
  it('scenarios: Σ amount × probability, every year of its period', () => {
    const cases = [
      { name: 'base', amount: 100, probability: 0.6 },
      { name: 'adverse', amount: 300, probability: 0.3 },
      { name: 'worst', amount: 1000, probability: 0.1 },
    ];
    // 100·0.6 + 300·0.3 + 1000·0.1 = 60 + 90 + 100 = 250
    expect(expectedRiskCost(cases)).toBeCloseTo(250, 12);
    const p = project();
    const t = projectTime(p);
    const zero = new Float64Array(t.length);
    const op = riskBearingObligation({ kind: 'scenarios', period: 'operation', cases }, t, zero, zero);
    expect(op[1]).toBe(0);
    expect(op[2]).toBeCloseTo(250, 12);
    expect(op[11]).toBeCloseTo(250, 12);
    const all = riskBearingObligation({ kind: 'scenarios', period: 'cooperation', cases }, t, zero, zero);
    expect(all[0]).toBeCloseTo(250, 12);
    const cons = riskBearingObligation({ kind: 'scenarios', period: 'construction', cases }, t, zero, zero);
    expect([cons[1], cons[2]].map((x) => Math.round(x!))).toEqual([250, 0]);
  });
});

describe('supporting inputs (SPEC §4.2)', () => {
  it('cost of what the government provides − what the partner pays, in its year', () => {
    const p = project();
    const t = projectTime(p);
    const s = supportingInputsObligation([
      { name: '征地', year: 2026, cost: 800, partnerPays: 300 },
      { name: '道路接驳', year: 2027, cost: 200, partnerPays: 0 },
      { name: '管网', year: 2027, cost: 100, partnerPays: 50 },
    ], t);
    // 2026: 800 − 300 = 500; 2027: 200 + (100 − 50) = 250
    expect(Array.from(s.slice(0, 3))).toEqual([500, 250, 0]);
  });
});

describe('total obligations (SPEC §4.2)', () => {
  it('total = equity + operating subsidy + risk bearing + supporting inputs, each year', () => {
    const p = project({
      riskBearing: { kind: 'proportion', construction: 0.01, operation: 0.02 },
      supportingInputs: [{ name: '征地', year: 2026, cost: 800, partnerPays: 300 }],
    });
    const t = projectTime(p);
    const capex = capexSchedule(p, t);
    const opex = operationSeries(p.operatingCost, t);
    const o = projectObligations(p, t, FLAT4, capex, opex, operationSeries(p.userRevenue, t));
    // 2026: equity 240 + risk 40 + supporting 500 = 780
    expect(o.total[0]).toBeCloseTo(780, 9);
    // 2028: subsidy 1036.256 + 530 = 1566.256, risk 0.02·500 = 10 → 1576.256
    expect(o.total[2]).toBeCloseTo(1576.256, 9);
    for (let i = 0; i < t.length; i++) {
      expect(o.total[i]).toBeCloseTo(o.equity[i]! + o.operatingSubsidy[i]! + o.riskBearing[i]! + o.supportingInputs[i]!, 9);
    }
  });
  it('user revenue scales with the demand factor', () => {
    const p = project({ userRevenue: flat(400), demandFactor: 0.5 });
    const t = projectTime(p);
    expect(operationSeries(p.userRevenue, t, p.demandFactor)[2]).toBe(200);
  });
});
