/**
 * Actuals and the annual settlement (SPEC §12 年度考核与奖补清算): actual years feed the
 * same engine as forecasts; decisions, recorded payments and their reconciliation; the
 * settlement of one year with its chain of reasons.
 */
export { actualsInputs, reportedCapacity } from './runInputs.ts';
export type { ActualsInputs } from './runInputs.ts';
export { actualAchievements } from './achievements.ts';
export { townDecisions } from './decisions.ts';
export { actualsResult } from './result.ts';
export type { ActualsResult } from './result.ts';
export { reconciliation } from './reconciliation.ts';
export type { ReconciliationRow } from './reconciliation.ts';
export { ruleStatuses, statusDecisionRows, streakYears } from './statusDecisions.ts';
export type { StatusDecisionRow } from './statusDecisions.ts';
export { townYearKinds, districtYearKinds, YEAR_KINDS } from './yearKind.ts';
export type { YearKind } from './yearKind.ts';
export { recordedSums, withRecordedPayments, paymentYearOf } from './recordedPayments.ts';
export { DEFAULT_GRADE_FACTORS, DEFAULT_SETTLEMENT_INFO, FAILING_GRADE } from './defaults.ts';
export { reportedDebt } from './reportedDebt.ts';
export type { ReportedDebt, ReportedDebtField } from './reportedDebt.ts';
export { reportedKpiActuals } from './kpiActuals.ts';
