/**
 * The page's pool of stress block workers (SPEC §8: identical output whatever the worker
 * count): one worker per range of `blockRanges`, progress summed over them, the blocks
 * gathered for `reduceStress`. `cancel()` terminates every worker at once; the promise then
 * rejects with `StressCancelled` and no later message is heard. The worker is made by
 * `spawn`, so the pool runs in Node tests with in-process workers.
 */
import { blockRanges } from '../../core/stress/index.ts';
import type { PathBlock } from '../../core/stress/index.ts';
import type { BlockJob, BlockMessage } from './blockProtocol.ts';

/** At most this many block workers, whatever the machine reports (memory per worker, diminishing returns). */
export const MAX_STRESS_WORKERS = 8;

/** Workers for a run: one per logical core the browser reports (`navigator.hardwareConcurrency`), 1 to `MAX_STRESS_WORKERS`; 2 when unknown. */
export function stressWorkerCount(hardwareConcurrency: number | undefined): number {
  const n = hardwareConcurrency !== undefined && Number.isFinite(hardwareConcurrency) ? Math.floor(hardwareConcurrency) : 2;
  return Math.min(MAX_STRESS_WORKERS, Math.max(1, n));
}

/** The part of a Web Worker the pool uses. */
export interface BlockWorker {
  postMessage(job: BlockJob): void;
  terminate(): void;
  onmessage: ((ev: MessageEvent<BlockMessage>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
}

export class StressCancelled extends Error {
  constructor() {
    super('已取消 / cancelled');
  }
}

export interface PoolRun {
  readonly blocks: Promise<PathBlock[]>;
  /** Terminates every worker; idempotent. */
  readonly cancel: () => void;
  /** Workers started and not yet finished or terminated. */
  readonly live: () => number;
}

/** Runs `paths` paths in up to `workers` workers; `onProgress(n)` as each worker reports n more paths done. */
export function runPool(job: Omit<BlockJob, 'from' | 'to'> & { readonly paths: number }, workers: number, onProgress: (n: number) => void, spawn: () => BlockWorker): PoolRun {
  const pool = new Set<BlockWorker>();
  let cancelled = false;
  let rejectAll: (e: Error) => void = () => undefined;
  const cancelledP = new Promise<never>((_, reject) => { rejectAll = reject; });
  cancelledP.catch(() => undefined);
  const each = blockRanges(job.paths, workers).map(([from, to]) => new Promise<PathBlock>((resolve, reject) => {
    const w = spawn();
    pool.add(w);
    const finish = () => { pool.delete(w); w.terminate(); };
    w.onmessage = (ev) => {
      if (cancelled) return;
      const m = ev.data;
      if (m.kind === 'progress') onProgress(m.done);
      else if (m.kind === 'block') { finish(); resolve(m.block); }
      else { finish(); reject(new Error(m.message)); }
    };
    w.onerror = (ev) => { finish(); reject(new Error(ev.message || 'stress worker failed')); };
    w.postMessage({ scenario: job.scenario, spec: job.spec, seed: job.seed, from, to });
  }));
  const blocks = Promise.race([Promise.all(each), cancelledP]);
  return {
    blocks,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      for (const w of pool) w.terminate();
      pool.clear();
      rejectAll(new StressCancelled());
    },
    live: () => pool.size,
  };
}
