/**
 * PPP projects (SPEC §4): public surface of the module. The orchestrator calls `simulatePpp`;
 * the named formulas are exported for tests, reports and cross-checks.
 */
export type * from './types.ts';
export { PAYMENT_MECHANISMS, OPERATION_MODES, LIFECYCLE_PHASES, PAYING_BUDGETS, SUBSIDY_FORMULAS, SUBSIDY_BASES, LOAN_REPAYMENTS, RISK_PERIODS } from './types.ts';
export { simulatePpp, simulatePppCore, type PppCore, type PppProjectExtras, type PppSimulation, type PppLevelResult, type PppTownExtras, type PppScenario } from './simulate.ts';
export { runProject, type ProjectRun, type Valuation } from './project.ts';
export { projectTime, capexSchedule, operationSeries, type ProjectTime } from './projectTime.ts';
export { equityObligation, subsidisedCost } from './equity.ts';
export { mof2015ConstructionPart, annuityConstructionPart, operationPart, performanceLinked, operatingSubsidy } from './operatingSubsidy.ts';
export { mof2015IndexedPart, annuityIndexedParts, type RateShift } from './rateIndexed.ts';
export { riskBearingObligation, expectedRiskCost } from './riskBearing.ts';
export { supportingInputsObligation } from './supportingInputs.ts';
export { projectObligations, type ProjectObligations } from './obligations.ts';
export { spvCashFlows, type SpvFlows } from './spv/cashflows.ts';
export { spvMetrics, presentValue, projectDiscountFactors, type SpvMetrics } from './spv/metrics.ts';
export { sourcesAndUses } from './spv/sourcesUses.ts';
export { corporateIncomeTax, LOSS_CARRY_YEARS } from './spv/incomeTax.ts';
export { valueForMoney, pscFlows, type Vfm } from './vfm.ts';
export { affordability, pppShare, CITY_LEVEL, type LevelAffordability } from './affordability.ts';
export { pppCommitments } from './commitments.ts';
export { projectHiddenDebt, guaranteeBalance } from './hiddenDebt.ts';
export { toPppResult } from './output.ts';
