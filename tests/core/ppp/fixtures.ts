/** Test fixtures: a complete PPP project with simple round numbers, and a minimal scenario around it. */
import type { SeriesSpec } from '../../../src/core/model/series.ts';
import type { PppProject } from '../../../src/core/ppp/types.ts';
import type { PppScenario } from '../../../src/core/ppp/simulate.ts';

export const flat = (base: number): SeriesSpec => ({ kind: 'growth', base, growth: 0 });

/** A viability-gap road: 10,000 万元 over 2 years from 2026, 10 operation years (2028–2037). */
export function project(over: Partial<PppProject> = {}): PppProject {
  return {
    // the schema's default (SPEC §4.6 "Mechanism"): new when procured from 2023
    regime: (over.procurementYear ?? 2026) >= 2023 ? 'new' : 'old', ringFenced: false, constructionSupport: 0, approvedEstimate: null,
    id: 'p1', name: '测试项目', town: 't1', mechanism: 'viability-gap',
    procurementYear: 2026, constructionStartYear: 2026,
    constructionCost: 10000, constructionSchedule: [0.4, 0.6], operationYears: 10,
    capitalRatio: 0.2, governmentEquityShare: 0.3,
    loan: { rate: 0.05, tenorYears: 8, graceYears: 0, repayment: 'annuity' },
    idc: 'capitalised',
    operatingCost: flat(500), userRevenue: flat(0), demandFactor: 1,
    profitRate: 0.06,
    subsidy: { formula: 'mof-2015', base: 'private-cost', periodYears: 10 },
    performance: { constructionLink: 0.3, operationLink: 1, scores: [1] },
    concessionSubsidy: flat(0),
    riskBearing: { kind: 'proportion', construction: 0, operation: 0 },
    supportingInputs: [],
    taxes: { corporateIncomeTax: 0.25, vatOnGovernmentPayments: null },
    payer: { budget: 'general', level: 'city' },
    guarantees: [],
    register: { operationMode: 'BOT', phase: 'execution', sector: '市政', inNationalRegister: true },
    psc: { constructionCost: null, operatingCost: null, userRevenue: null, competitiveNeutrality: flat(0), transferableRisk: { construction: 0, operation: 0 } },
    ...over,
  };
}

/** City spending 100,000 万元 a year, one district spending 20,000, a 4% flat discount rate, 2026–2035. */
export function scenario(ppp: readonly PppProject[], over: Partial<PppScenario> = {}): PppScenario {
  return {
    startYear: 2026, horizonYears: 10,
    city: {
      name: '广州', budgetRevenue: flat(80000), budgetExpenditure: { kind: 'series', series: flat(100000) },
      retainedShare: 0.5, existingPppObligations: flat(0), discountRate: { kind: 'flat', rate: 0.04 },
    },
    districts: [{ id: 'd1', budgetExpenditure: flat(20000), existingPppObligations: flat(0) }],
    towns: [{ id: 't1' }, { id: 't2' }],
    ppp, rules: {},
    ...over,
  };
}
