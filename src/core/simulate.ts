/**
 * `simulate(scenario)`: one deterministic run of every module (SPEC §3–§7) assembled into
 * the result JSON of SPEC §10. Pure: the same scenario gives the same result, byte for byte
 * once serialised. The modules keep their own unrounded kernels for Monte Carlo; this
 * function is the output boundary where money is rounded to the fen (SPEC §1).
 */
import { cityBudgetExpenditure } from './model/cityBudget.ts';
import { scenarioYears } from './model/timeline.ts';
import type { Scenario } from './model/scenario.ts';
import type { CityResult, DistrictResult, RunResult } from './result.ts';
import type { LimitRow } from './rules/types.ts';
import { prepareRewards } from './rewards/prepare.ts';
import { runRewards } from './rewards/engine.ts';
import type { RunInputs } from './rewards/engine.ts';
import { rewardRules } from './rewards/rules.ts';
import { rewardsResult, rewardsTotals } from './rewards/simulate.ts';
import type { RewardsTotals } from './rewards/simulate.ts';
import { pppTotals, simulatePpp } from './ppp/simulate.ts';
import type { PppTotals } from './ppp/simulate.ts';
import { fundsTotals, simulateFunds } from './funds/simulateFunds.ts';
import type { FundsTotals } from './funds/simulateFunds.ts';
import { debtResult, debtTotals } from './debt/simulateDebt.ts';
import type { DebtTotals } from './debt/simulateDebt.ts';
import { checkCompliance, pathKpiActuals } from './compliance/index.ts';
import { collector } from './rules/recorder.ts';
import type { Collector } from './rules/recorder.ts';
import { ENGINE_VERSION } from './version.ts';
import { thresholdsInForce } from './rules/thresholds.ts';
import { cityResult, townsInvestmentCompleted } from './assemble/city.ts';
import { fundOutput } from './assemble/funds.ts';
import { summarise } from './assemble/summary.ts';
import { sortFindings } from './assemble/order.ts';
import { actualsInputs, actualsResult, reportedDebt } from './actuals/index.ts';

export interface SimulateOptions {
  /** The scenario's content hash (SPEC §2), computed at the edge; reported in the result. */
  readonly hash?: string;
  /** Per-run KPI achievement ratios (Monte Carlo, SPEC §8); absent → the expected achievement. */
  readonly achievements?: RunInputs['achievements'];
}

/**
 * Appends the rows `from` to `into` in place (no spread of a 400,000-row array); `quiet`
 * (a path's collector) only those not at ok, as `recordRow` does.
 */
function appendRows(into: LimitRow[], from: readonly LimitRow[], quiet: boolean): void {
  for (let i = 0; i < from.length; i++) {
    const row = from[i]!;
    if (!quiet || row.level !== 'ok') into.push(row);
  }
}

/** The modules' results a run is checked and assembled from (full results fit). */
interface Modules {
  readonly rewards: RewardsTotals;
  readonly ppp: PppTotals;
  readonly funds: FundsTotals;
}

/** What `checkedRun` computes: debt, every limit row (and, unless quiet, finding), the city entry. */
interface CheckedRun {
  readonly debt: DebtTotals;
  readonly checks: Collector;
  readonly city: CityResult;
  readonly investment: Float64Array;
}

/** The actual years' inputs (SPEC §12) and the achievements a run uses. */
function runInputs(scenario: Scenario, options: SimulateOptions): { act: ReturnType<typeof actualsInputs> | null; inputs: RunInputs } {
  const act = scenario.actuals ? actualsInputs(scenario, scenario.actuals, options.achievements) : null;
  return { act, inputs: act ?? { achievements: options.achievements } };
}

/**
 * The part of a run shared by `simulate` and `simulatePath` (SPEC §1 "One engine"): debt on
 * the modules' figures, every limit row in evaluation order (module by module, each by
 * subject and year; compliance, the bulk of them, records straight into the run's
 * collector), and the city entry. `quiet`: rows without findings (a Monte Carlo path).
 */
function checkedRun(scenario: Scenario, act: ReturnType<typeof actualsInputs> | null, achievements: RunInputs['achievements'], m: Modules, quiet: boolean): CheckedRun {
  const n = scenario.horizonYears;
  const { rewards, ppp, funds } = m;
  const byTown = <T>(rows: readonly T[], id: (r: T) => string, series: (r: T) => ArrayLike<number>) =>
    new Map(rows.map((r) => [id(r), series(r)] as const));
  const debt = debtTotals(scenario, {
    accruedRewards: byTown(rewards.towns, (t) => t.id, (t) => t.accruedRewards),
    pppCommitments: byTown(ppp.byTown, (t) => t.town, (t) => t.pppCommitments),
    pppHidden: byTown(ppp.byTown, (t) => t.town, (t) => t.hiddenDebt),
    fundHidden: new Map(Object.entries(funds.hiddenDebtByTown)),
    districtPppShare: new Map(ppp.districts.map((d) => [d.level, d.pppShare] as const)),
    ...(act ? { districtCapacity: act.districtCapacity } : {}),
    ...(scenario.actuals ? { districtReported: reportedDebt(scenario, scenario.actuals) } : {}),
  }, quiet);
  // A removed town (淘汰) is out of the programme: its later years are not checked for §7 compliance.
  // Limits stay in evaluation order: sorting ~450,000 rows of a large run costs more than it helps.
  const checks = collector(quiet);
  for (const x of [ppp, funds, debt]) {
    appendRows(checks.limits, x.limits, quiet);
    for (const f of x.findings) checks.findings.push(f);
  }
  // KPI actuals for §7: reported (actual years), else a Monte Carlo path's (target × the path's achievement), else the expectation
  const kpiActuals = act ? act.kpiActuals : achievements ? pathKpiActuals(scenario, achievements) : undefined;
  checkCompliance(scenario, { townStatus: new Map(rewards.towns.map((t) => [t.id, t.status] as const)), ...(kpiActuals ? { kpiActuals } : {}) }, checks);
  rewardRules(scenario.rewards.programs, rewards.towns, scenarioYears(scenario), scenario.rules, checks);
  const budgetExpenditure = cityBudgetExpenditure(scenario.city, scenario.startYear, n);
  const investment = townsInvestmentCompleted(scenario, achievements);
  const city = cityResult(scenario, { budgetExpenditure, rewards, ppp, funds, investment, bondSupport: debt.bondSupportTotal });
  return { debt, checks, city, investment };
}

/** Runs the whole model once and shapes the SPEC §10 result. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): RunResult {
  const years = scenarioYears(scenario);
  // Actual years (SPEC §12): achievements from actuals, the commission's decisions, recorded payments.
  const { act, inputs } = runInputs(scenario, options);
  const prep = prepareRewards(scenario);
  const rewards = rewardsResult(prep, runRewards(prep, inputs), inputs);
  const ppp = simulatePpp(scenario);
  const funds = simulateFunds(scenario);
  const { debt: totals, checks, city, investment } = checkedRun(scenario, act, inputs.achievements, { rewards, ppp, funds }, false);
  const debt = debtResult(totals);
  const { limits } = checks;
  const findings = sortFindings(checks.findings);
  const districts = debt.districts;

  const towns = rewards.towns.map((t) => {
    const exposure = debt.towns.get(t.id);
    if (!exposure) throw new Error(`simulate: no exposure for town ${t.id}`);
    return { id: t.id, status: t.status, achievement: t.achievement, rewards: t.rewards, exposure, bondSupport: debt.bondSupport.get(t.id) ?? [] };
  });

  return {
    engineVersion: ENGINE_VERSION,
    scenario: { id: scenario.id, name: scenario.name, hash: options.hash ?? '' },
    years,
    city,
    districts,
    towns,
    ppp: ppp.projects,
    funds: funds.funds.map(fundOutput),
    limits,
    findings,
    thresholds: thresholdsInForce(scenario.rules),
    summary: summarise(scenario, { city, rewards, ppp, districts, findings, investment }),
    ...(scenario.actuals ? { actuals: actualsResult(scenario, scenario.actuals, rewards.towns, rewards.computedTowns ?? rewards.towns) } : {}),
  };
}

/** The figures of one Monte Carlo path (SPEC §8): what the stress reduction reads of a run. */
export interface PathRun {
  readonly city: CityResult;
  readonly districts: readonly DistrictResult[];
  /** Every limit row not at ok (what a path can cross), in `simulate`'s order; no findings. */
  readonly limits: readonly LimitRow[];
}

/**
 * One Monte Carlo path (SPEC §1 "One engine", §8): the same modules and checks as `simulate`,
 * without what only the result document needs — findings and their messages, per-project,
 * per-fund, per-bond and per-town shapes, the summary, the thresholds in force, actuals
 * reconciliation, and its limit rows at ok. `city` and `districts` equal `simulate`'s for
 * the same input, and `limits` its rows whose level is not ok.
 */
export function simulatePath(scenario: Scenario, options: SimulateOptions = {}): PathRun {
  const { act, inputs } = runInputs(scenario, options);
  const prep = prepareRewards(scenario);
  const rewards = rewardsTotals(prep, runRewards(prep, inputs), inputs);
  const ppp = pppTotals(scenario, true);
  const funds = fundsTotals(scenario);
  const { debt, checks, city } = checkedRun(scenario, act, inputs.achievements, { rewards, ppp, funds }, true);
  return { city, districts: debt.districts, limits: checks.limits };
}
