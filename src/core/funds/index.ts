/**
 * Investment sub-funds (SPEC §5): the public entry of the funds module. The orchestrator calls
 * `simulateFunds(scenario)`; the building blocks are exported for tests, reports and stress runs.
 */
export { simulateFunds, simulateFund, fundRun } from './simulateFunds.ts';
export type { FundRun, FundsResult } from './simulateFunds.ts';
export { simulateFundsCore, fundCore } from './fundsCore.ts';
export type { FundCore, FundsCore, FundsInput } from './fundsCore.ts';
export { fundLife } from './fundLife.ts';
export type { FundLife } from './fundLife.ts';
export { takahashiAlexander, contributionRate, distributionRate } from './takahashiAlexander.ts';
export type { LifeFlows } from './takahashiAlexander.ts';
export { managementFees } from './fees.ts';
export { FEE_BASE_VERSIONS, resolveFeeBase } from './feeBase.ts';
export { waterfall } from './waterfall.ts';
export type { WaterfallFlows, WaterfallTerms } from './waterfall.ts';
export { concessionTake, simpleInterestAccrual } from './concession.ts';
export { splitClasses } from './classes.ts';
export type { ClassFlows, ClassSplit } from './classes.ts';
export { guaranteeTerms, guaranteedAmount } from './guarantee.ts';
export type { GuaranteeTerms } from './guarantee.ts';
export { classMetrics, fundMultiples, ratioOrNull } from './metrics.ts';
export type { ClassMetrics, FundMultiples } from './metrics.ts';
export { fundChecks } from './rules.ts';
export type { FundChecks } from './rules.ts';
export { allocateHiddenDebt } from './hiddenDebt.ts';
export type { HiddenDebtByTown } from './hiddenDebt.ts';
export { fundLedger, onScenarioYears } from './fundLedger.ts';
export type { FundLedger } from './fundLedger.ts';
export type * from './types.ts';
