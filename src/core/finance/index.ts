/**
 * Excel-compatible finance functions (SPEC §10: same argument order and sign conventions
 * as Excel; null where no answer exists, never NaN) and loan schedules (SPEC §2, §4.3).
 */
export { npv } from './npv.ts';
export { irr } from './irr.ts';
export { loanSchedule, loanScheduleInto } from './loanSchedule.ts';
export type { LoanSchedule, LoanTerms, Repayment } from './loanSchedule.ts';
