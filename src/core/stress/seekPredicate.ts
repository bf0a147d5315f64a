/**
 * What goal seek tests at each value (SPEC §8 "Goal seek"): the scenario with the parameter
 * set to v, and then either the deterministic form — the rule holds in every year of one run —
 * or the probabilistic form — the share of Monte Carlo paths in which it fails at least once
 * is at most `probability`. The CLI's `goal-seek` and the dashboard's form both ask this, so
 * they give the same answer for the same scenario, calibrations, paths and seed.
 */
import { simulate } from '../simulate.ts';
import type { Scenario } from '../model/scenario.ts';
import { setParam } from './paramPath.ts';
import { runBlock } from './paths.ts';
import { failureProbability, ruleHolds } from './ruleHolds.ts';
import type { RuleFilter } from './ruleHolds.ts';
import type { StochasticSpec } from './spec.ts';

/** The probabilistic form: P(crossing at least once) ≤ `probability` over `paths` paths from `seed`. */
export interface ProbabilisticForm {
  readonly probability: number;
  readonly paths: number;
  readonly seed: number;
  readonly spec: StochasticSpec;
}

/** The predicate bisected by `goalSeek`: true when `param = v` keeps the filter's rule(s). */
export function seekPredicate(scenario: Scenario, param: string, filter: RuleFilter, form: ProbabilisticForm | null): (v: number) => boolean {
  return (v) => {
    const s = setParam(scenario, param, v);
    if (form === null) return ruleHolds(simulate(s).limits, filter);
    // the same seed at every value: common random numbers keep the bisection's verdicts consistent
    return failureProbability([runBlock(s, form.spec, { seed: form.seed, from: 0, to: form.paths })], filter) <= form.probability;
  };
}
