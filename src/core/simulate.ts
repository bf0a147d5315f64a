/**
 * `simulate(scenario)`: one deterministic run of every module (SPEC §3–§7) assembled into
 * the result JSON of SPEC §10. Pure: the same scenario gives the same result, byte for byte
 * once serialised. The modules keep their own unrounded kernels for Monte Carlo; this
 * function is the output boundary where money is rounded to the fen (SPEC §1).
 */
import { cityBudgetExpenditure } from './model/cityBudget.ts';
import { scenarioYears } from './model/timeline.ts';
import type { Scenario } from './model/scenario.ts';
import type { RunResult } from './result.ts';
import { simulateRewards } from './rewards/index.ts';
import type { RunInputs } from './rewards/engine.ts';
import { rewardRules } from './rewards/rules.ts';
import { simulatePpp } from './ppp/index.ts';
import { simulateFunds } from './funds/index.ts';
import { simulateDebt } from './debt/index.ts';
import { checkCompliance, pathKpiActuals } from './compliance/index.ts';
import { collector } from './rules/recorder.ts';
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

/** Appends `from` to `into` in place (no spread of a 400,000-row array) and returns `into`. */
function appendAll<T>(into: T[], from: readonly T[]): T[] {
  for (let i = 0; i < from.length; i++) into.push(from[i] as T);
  return into;
}

/** Runs the whole model once and shapes the SPEC §10 result. */
export function simulate(scenario: Scenario, options: SimulateOptions = {}): RunResult {
  const years = scenarioYears(scenario);
  const n = years.length;
  // Actual years (SPEC §12): achievements from actuals, the commission's decisions, recorded payments.
  const act = scenario.actuals ? actualsInputs(scenario, scenario.actuals, options.achievements) : null;
  const achievements = act ? act.achievements : options.achievements;
  const rewards = simulateRewards(scenario, act ?? { achievements });
  const ppp = simulatePpp(scenario);
  const funds = simulateFunds(scenario);

  const byTown = <T>(rows: readonly T[], id: (r: T) => string, series: (r: T) => ArrayLike<number>) =>
    new Map(rows.map((r) => [id(r), series(r)] as const));
  const debt = simulateDebt(scenario, {
    accruedRewards: byTown(rewards.towns, (t) => t.id, (t) => t.accruedRewards),
    pppCommitments: byTown(ppp.byTown, (t) => t.town, (t) => t.pppCommitments),
    pppHidden: byTown(ppp.byTown, (t) => t.town, (t) => t.hiddenDebt),
    fundHidden: new Map(Object.entries(funds.hiddenDebtByTown)),
    districtPppShare: new Map(ppp.districts.map((d) => [d.level, d.pppShare] as const)),
    ...(act ? { districtCapacity: act.districtCapacity } : {}),
    ...(scenario.actuals ? { districtReported: reportedDebt(scenario, scenario.actuals) } : {}),
  });
  // A removed town (淘汰) is out of the programme: its later years are not checked for §7 compliance.
  // Limits stay in evaluation order (module by module, each by subject and year): sorting
  // ~450,000 rows of a large run costs more than it helps; findings are sorted for readers.
  // Compliance, the bulk of them, records straight into the run's collector (no copy).
  const checks = collector();
  for (const m of [ppp, funds, debt]) {
    appendAll(checks.limits, m.limits);
    appendAll(checks.findings, m.findings);
  }
  // KPI actuals for §7: reported (actual years), else a Monte Carlo path's (target × the path's achievement), else the expectation
  const kpiActuals = act ? act.kpiActuals : achievements ? pathKpiActuals(scenario, achievements) : undefined;
  const compliance = checkCompliance(scenario, { townStatus: new Map(rewards.towns.map((t) => [t.id, t.status] as const)), ...(kpiActuals ? { kpiActuals } : {}) }, checks);

  const budgetExpenditure = cityBudgetExpenditure(scenario.city, scenario.startYear, n);
  const investment = townsInvestmentCompleted(scenario, achievements);
  const city = cityResult(scenario, { budgetExpenditure, rewards, ppp, funds, investment, bondSupport: debt.bondSupportTotal });
  const rewardChecks = rewardRules(scenario.rewards.programs, rewards.towns, years, scenario.rules);
  const limits = appendAll(compliance.limits, rewardChecks.limits);
  const findings = sortFindings(appendAll(compliance.findings, rewardChecks.findings));
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
