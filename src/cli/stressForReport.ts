/**
 * The stress run behind a report's uncertainty section (`report --stress-paths N --seed S`,
 * SPEC §8): the scenario's distributions, paths in this thread, the same reduction as
 * `townfisc stress`, so the tables equal that command's JSON for the same seed.
 */
import type { Scenario } from '../core/model/scenario.ts';
import { resolveStochastic, runStress } from '../core/stress/index.ts';
import type { StressResult } from '../core/stress/index.ts';
import { UserError } from './userError.ts';

export function stressOf(scenario: Scenario, hash: string, pathsText: string, seedText: string): StressResult {
  const paths = Number(pathsText), seed = Number(seedText);
  if (!Number.isInteger(paths) || paths < 1 || paths > 10_000_000) throw new UserError(`--stress-paths ${JSON.stringify(pathsText.slice(0, 40))}：须为正整数 / must be a positive integer`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new UserError(`--seed ${JSON.stringify(seedText.slice(0, 40))}：须为非负整数 / must be a non-negative integer`);
  return runStress(scenario, resolveStochastic(scenario.stochastic), { paths, seed, hash });
}
