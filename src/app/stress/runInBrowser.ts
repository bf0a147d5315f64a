/**
 * A Monte Carlo run in the dashboard (SPEC §8, issue #14), loaded on first use: the
 * computation worker prepares the inputs (scenario under the preset, distributions, the
 * deterministic run's limit rows and thresholds), the block workers run the paths, and the
 * page reduces the blocks with `reduceStress` — the CLI's reduction, so the result equals
 * `townfisc stress --json` for the same scenario, seed and path count, whatever the worker count.
 */
import { reduceStress } from '../../core/stress/index.ts';
import type { StochasticInput, StressResult } from '../../core/stress/index.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import type { UserEntry } from '../state/library.ts';
import type { WorkerClient } from '../worker/client.ts';
import type { StressInputsReply } from '../worker/stressProtocol.ts';
import { runPool, StressCancelled, type BlockWorker } from './pool.ts';

export interface StressRunRequest {
  readonly path: string;
  readonly user: readonly UserEntry[];
  readonly preset: string | null;
  readonly stochastic: StochasticInput | null;
  readonly paths: number;
  readonly seed: number;
  readonly workers: number;
}

export type StressOutcome =
  | { readonly kind: 'done'; readonly result: StressResult; readonly inputs: Extract<StressInputsReply, { ok: true }>; readonly workers: number }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'invalid'; readonly issues: readonly ScenarioIssue[] };

export interface StressRunHandle {
  readonly done: Promise<StressOutcome>;
  readonly cancel: () => void;
  /** Block workers alive now. */
  readonly live: () => number;
}

/** The browser's block worker (a module worker, bundled by Vite). */
export function spawnBlockWorker(): BlockWorker {
  return new Worker(new URL('./blockWorker.ts', import.meta.url), { type: 'module' }) as unknown as BlockWorker;
}

/** Starts a run; `onProgress(done, total)` as paths complete. */
export function startStressRun(client: WorkerClient, req: StressRunRequest, onProgress: (done: number, total: number) => void, spawn: () => BlockWorker = spawnBlockWorker): StressRunHandle {
  let cancelled = false;
  let pool: ReturnType<typeof runPool> | null = null;
  const done = (async (): Promise<StressOutcome> => {
    const inputs = await client.call({ type: 'stressInputs', path: req.path, user: req.user, preset: req.preset, stochastic: req.stochastic });
    if (!inputs.ok) return { kind: 'invalid', issues: inputs.issues };
    if (cancelled) return { kind: 'cancelled' };
    let n = 0;
    pool = runPool({ scenario: inputs.scenario, spec: inputs.spec, seed: req.seed, paths: req.paths }, req.workers, (k) => {
      n += k;
      onProgress(n, req.paths);
    }, spawn);
    try {
      const blocks = await pool.blocks;
      const result = reduceStress({ scenario: inputs.scenario, spec: inputs.spec, seed: req.seed, hash: inputs.hash, preset: req.preset, baseLimits: inputs.baseLimits }, blocks);
      return { kind: 'done', result, inputs, workers: blocks.length };
    } catch (e) {
      if (e instanceof StressCancelled) return { kind: 'cancelled' };
      throw e;
    }
  })();
  return {
    done,
    cancel: () => {
      cancelled = true;
      pool?.cancel();
    },
    live: () => pool?.live() ?? 0,
  };
}
