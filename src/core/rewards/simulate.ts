/**
 * The one entry of the reward engine (SPEC §3): prepare the policy, run it once, shape
 * the outputs. Monte Carlo callers prepare once and call `runRewards` per path with
 * sampled achievements, shaping (and rounding) only what they report.
 */
import type { Scenario } from '../model/scenario.ts';
import { runRewards } from './engine.ts';
import type { RewardsRun, RunInputs } from './engine.ts';
import { roundedPayments, townResults } from './output.ts';
import type { TownRewardsResult } from './output.ts';
import { prepareRewards } from './prepare.ts';
import type { PreparedRewards } from './prepare.ts';
import { cityRewards, rewardsSummary } from './summary.ts';
import type { RewardsCityResult, RewardsSummary } from './summary.ts';
import { withRecordedPayments } from '../actuals/recordedPayments.ts';

/** What the rewards contribute to a run's result (SPEC §10): per town, city and summary. */
export interface RewardsResult {
  /** Aligned with `scenario.towns`. */
  readonly towns: readonly TownRewardsResult[];
  readonly city: RewardsCityResult;
  readonly summary: RewardsSummary;
  /** With recorded payments (SPEC §12): the towns as the engine computed them, before the recorded amounts replaced its own. */
  readonly computedTowns?: readonly TownRewardsResult[];
}

/** Options of `simulateRewards`: sampled achievements (Monte Carlo), else the expected ones. */
export type RewardsOptions = RunInputs;

/** Shapes one run into results, rounding payments to the fen. */
export function rewardsResult(prep: PreparedRewards, run: RewardsRun, inputs: RunInputs = {}): RewardsResult {
  const t = rewardsTotals(prep, run, inputs);
  const result = { towns: t.towns, city: t.city, summary: rewardsSummary(prep, t.towns, t.city, inputs) };
  return t.computedTowns === undefined ? result : { ...result, computedTowns: t.computedTowns };
}

/** The rewards' result without the summary: what a Monte Carlo path reads (SPEC §1 "One engine"). */
export type RewardsTotals = Omit<RewardsResult, 'summary'>;

/** `rewardsResult` less the summary: the towns' and the city's rewards, payments rounded to the fen. */
export function rewardsTotals(prep: PreparedRewards, run: RewardsRun, inputs: RunInputs = {}): RewardsTotals {
  const computed = townResults(prep, run, roundedPayments(prep, run));
  const recorded = inputs.recordedPayments ?? [];
  const towns = recorded.length === 0 ? computed : withRecordedPayments(prep.scenario, computed, recorded);
  const city = cityRewards(prep, towns);
  return recorded.length === 0 ? { towns, city } : { towns, city, computedTowns: computed };
}

/**
 * Simulates the scenario's reward policy: `options.achievements` (per town, per KPI id,
 * actual/target per year) replaces the expected achievement, e.g. for a Monte Carlo path.
 */
export function simulateRewards(scenario: Scenario, options: RewardsOptions = {}): RewardsResult {
  const prep = prepareRewards(scenario);
  return rewardsResult(prep, runRewards(prep, options), options);
}
