/**
 * townfisc's public library entry (SPEC §10): the engine, the Excel-compatible finance
 * functions, ledger rounding, the rule table, and the browser-safe scenario loader.
 * Node-only helpers (loading from disk, PDF printing) live in their own modules:
 * `src/scenario/loadFile.ts`, `src/report/pdf/`.
 */

// Engine
export { simulate } from './core/simulate.ts';
export type { SimulateOptions } from './core/simulate.ts';
export { ENGINE_VERSION } from './core/version.ts';
export type * from './core/result.ts';
export type * from './core/model/scenario.ts';
export type { SeriesSpec } from './core/model/series.ts';
export { simulateRewards, prepareRewards, runRewards } from './core/rewards/index.ts';
export { simulatePpp, simulatePppCore } from './core/ppp/index.ts';
export { simulateFunds, simulateFundsCore } from './core/funds/index.ts';
export { simulateDebt, debtKernel } from './core/debt/index.ts';
export { checkCompliance } from './core/compliance/index.ts';

// Actuals and the annual settlement (SPEC §12)
export type * from './core/model/actuals.ts';
export { actualsInputs, actualsResult } from './core/actuals/index.ts';
export type { ActualsResult, ReconciliationRow, StatusDecisionRow, YearKind } from './core/actuals/index.ts';
export { buildSettlement, publicSettlement } from './core/actuals/settlement/index.ts';
export type { Settlement, SettleOptions } from './core/actuals/settlement/index.ts';
export { actualsHash } from './scenario/actualsHash.ts';

// Excel-compatible finance functions and loan schedules (SPEC §10)
export { npv, xnpv, irr, xirr, mirr, pmt, ipmt, ppmt, pv, fv, rate, loanSchedule } from './core/finance/index.ts';
export type { DateInput, LoanSchedule, LoanTerms } from './core/finance/index.ts';

// Ledger rounding (SPEC §1)
export { roundFen, allocateToFen, sumFen, toFenInt, fromFenInt } from './core/ledger/index.ts';

// Rules (SPEC §11)
export { RULES } from './core/rules/table.ts';
export { ruleInForce } from './core/rules/inForce.ts';
export type * from './core/rules/types.ts';

// Scenario files (SPEC §2), browser-safe
export {
  resolveScenario, validateScenario, parseScenarioText, scenarioHash, canonicalJson, formatIssue,
} from './scenario/index.ts';
export type { Resolved, ScenarioIssue, ReadText } from './scenario/index.ts';
export { scenarioJsonSchema } from './scenario/jsonSchema.ts';

// Comparison (SPEC §10 `compare`)
export { compareResults } from './core/compare.ts';
export type { Comparison, ComparedMetric } from './core/compare.ts';
