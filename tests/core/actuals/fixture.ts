/**
 * The hand-computed case of the actuals tests (SPEC §12 on top of §3): two towns created
 * 2026, one `tax` KPI with target 100, pool 100 a year (prorate), default curve
 * (0.6,0)(1,1)(1.2,1.2), failBelow 0.6, consecutiveFails 2.
 *
 * Programs: milestone `m` (base 100, pool, lag 0); assessment `as` (base 60, window
 * 2026–2028, clawback factor 1, pool, lag 1); capital grant `cg` (base 50 in 2028, own
 * line, lag 1).
 *
 * Actuals: town a reports tax 65, 55, 55 in 2026–2028 (A = 0.65, 0.55, 0.55); town b
 * reports 100 each year (A = 1). Later years are forecast at the expectation 1.
 */
import type { Actuals, Evaluation, PaymentRecord, TownActual } from '../../../src/core/model/actuals.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { DEFAULT_GRADE_FACTORS, DEFAULT_SETTLEMENT_INFO } from '../../../src/core/actuals/defaults.ts';
import type { AssessmentProgram, CapitalGrantProgram, MilestoneProgram } from '../../../src/core/rewards/types.ts';
import { common, constant, scenario, town } from '../rewards/fixture.ts';

export const milestone: MilestoneProgram = { kind: 'milestone', ...common('m'), base: 100, curve: null };
export const assessment: AssessmentProgram = {
  kind: 'assessment', ...common('as', { lagYears: 1 }), base: 60, curve: null,
  window: { anchor: 'creation', offset: 0, length: 3, repeat: false }, failBelow: null, clawbackFactor: 1,
};
export const grant: CapitalGrantProgram = { kind: 'capital-grant', ...common('cg', { lagYears: 1, fromPool: false }), sector: 'education', base: 50, years: [2028] };

export function taxActual(t: string, year: number, value: number): TownActual {
  return { town: t, year, kpis: { tax: { value, source: '税务', verified: true } }, constructionLandKm2: null, residentialLandKm2: null, cumulativeInvestment: null };
}

export function evaluation(t: string, year: number, over: Partial<Evaluation> = {}): Evaluation {
  return { town: t, year, grade: null, decision: null, document: null, publicity: null, ...over };
}

export function payment(t: string, program: string, year: number, kind: PaymentRecord['kind'], amount: number): PaymentRecord {
  return { town: t, program, year, kind, amount, date: null, document: null };
}

export const TOWN_ACTUALS: readonly TownActual[] = [
  taxActual('a', 2026, 65), taxActual('a', 2027, 55), taxActual('a', 2028, 55),
  taxActual('b', 2026, 100), taxActual('b', 2027, 100), taxActual('b', 2028, 100),
];

export function actuals(over: Partial<Actuals> = {}): Actuals {
  return { towns: TOWN_ACTUALS, districts: [], payments: [], evaluations: [], gradeFactors: DEFAULT_GRADE_FACTORS, settlement: DEFAULT_SETTLEMENT_INFO, ...over };
}

/** The two-town scenario with the given actuals (forecast achievement 1 everywhere). */
export function handScenario(a: Actuals = actuals()): Scenario {
  const s = scenario([town('a'), town('b')], { pool: constant(100), programs: [milestone, assessment, grant] });
  const c = constant;
  const district = {
    id: 'd1', name: '测试区', capacity: c(100000), landRevenue: c(0), budgetExpenditure: c(80000), existingPppObligations: c(0),
    legalDebt: c(50000), legalDebtService: c(5000), legalDebtInterest: c(1500), debtLimit: c(70000), hiddenDebt: c(0), specialBondPlan: c(0),
  };
  return { ...s, districts: [district], actuals: a };
}
