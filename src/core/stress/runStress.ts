/**
 * A whole stress run in one thread (SPEC §8): the deterministic run for the reported limit
 * rows, the paths in blocks, the reduction. The CLI's workers run `runBlock` on the ranges
 * of `blockRanges` and reduce the same way, so the JSON is identical for any worker count.
 */
import { simulate } from '../simulate.ts';
import type { Scenario } from '../model/scenario.ts';
import { CHUNK, runBlock } from './paths.ts';
import type { PathBlock } from './paths.ts';
import { reduceStress } from './reduce.ts';
import type { StressResult } from './reduce.ts';
import type { StochasticSpec } from './spec.ts';

export interface StressOptions {
  readonly paths: number;
  readonly seed: number;
  readonly hash?: string;
  readonly preset?: string | null;
  readonly onPath?: (done: number) => void;
  readonly stop?: () => boolean;
}

/** Contiguous ranges of paths for `workers` workers, each starting on a chunk boundary. */
export function blockRanges(paths: number, workers: number): [number, number][] {
  const chunks = Math.ceil(paths / CHUNK);
  const per = Math.ceil(chunks / Math.max(1, workers));
  const out: [number, number][] = [];
  for (let c = 0; c < chunks; c += per) out.push([c * CHUNK, Math.min(paths, (c + per) * CHUNK)]);
  return out;
}

/** Runs `paths` paths of `scenario` under `spec` and reduces them. */
export function runStress(scenario: Scenario, spec: StochasticSpec, o: StressOptions): StressResult {
  const block: PathBlock = runBlock(scenario, spec, { seed: o.seed, from: 0, to: o.paths, ...(o.onPath ? { onPath: o.onPath } : {}), ...(o.stop ? { stop: o.stop } : {}) });
  return reduceStress({ scenario, spec, seed: o.seed, hash: o.hash ?? '', preset: o.preset ?? null, baseLimits: simulate(scenario).limits }, [block]);
}
