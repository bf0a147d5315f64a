/**
 * Excel-compatible finance functions (SPEC §10: same argument order and sign conventions
 * as Excel; null where no answer exists, never NaN) and loan schedules (SPEC §2, §4.3).
 */
export { npv } from './npv.ts';
export { xnpv } from './xnpv.ts';
export { irr } from './irr.ts';
export { xirr } from './xirr.ts';
export { mirr } from './mirr.ts';
export { pmt } from './pmt.ts';
export { ipmt } from './ipmt.ts';
export { ppmt } from './ppmt.ts';
export { pv } from './pv.ts';
export { fv } from './fv.ts';
export { rate } from './rate.ts';
export { utcDayNumber } from './dayCount.ts';
export type { DateInput } from './dayCount.ts';
export type { PaymentTiming } from './tvm.ts';
export { loanSchedule, loanScheduleInto } from './loanSchedule.ts';
export type { LoanSchedule, LoanTerms, Repayment } from './loanSchedule.ts';
