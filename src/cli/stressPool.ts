/**
 * Runs a stress run's paths in K worker threads (SPEC §8: identical output whatever the
 * worker count): each worker takes one contiguous range of `blockRanges`, and the blocks are
 * reduced in path order. Even K = 1 runs in a worker, so this thread stays free to draw the
 * progress bar and to hear Ctrl-C: `stop()` terminates the workers, and the promise then
 * rejects with `StressStopped`.
 */
import { Worker } from 'node:worker_threads';
import type { Scenario } from '../core/model/scenario.ts';
import { blockRanges } from '../core/stress/index.ts';
import type { PathBlock, StochasticSpec } from '../core/stress/index.ts';

export class StressStopped extends Error {}

export interface PoolRun {
  readonly blocks: Promise<PathBlock[]>;
  readonly stop: () => void;
}

/**
 * The worker's code. Bundled (dist/cli/, `build-cli.mjs`), this module is a `.js` chunk
 * beside the bundled `stressWorker.js` entry, which a worker loads directly, fast. From the
 * TypeScript sources (src/cli/), the worker boots tsx's loader first and imports
 * `stressWorker.ts`.
 */
const BUNDLED = import.meta.url.endsWith('.js');
const WORKER = new URL(BUNDLED ? './stressWorker.js' : './stressWorker.ts', import.meta.url);
const BOOT = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER.href)}); });`;

function startWorker(workerData: unknown): Worker {
  return BUNDLED ? new Worker(WORKER, { workerData }) : new Worker(BOOT, { eval: true, workerData });
}

export function runPool(scenario: Scenario, spec: StochasticSpec, seed: number, paths: number, workers: number, onProgress: (done: number) => void): PoolRun {
  let stopped = false;
  const pool: Worker[] = [];
  const blocks = Promise.all(blockRanges(paths, workers).map(([from, to]) => new Promise<PathBlock>((resolve, reject) => {
    const w = startWorker({ scenario, spec, seed, from, to });
    pool.push(w);
    w.on('message', (m: { kind: 'progress'; done: number } | { kind: 'block'; block: PathBlock }) => {
      if (m.kind === 'progress') onProgress(m.done);
      else resolve(m.block);
    });
    w.on('error', reject);
    w.on('exit', (code) => { if (stopped || code !== 0) reject(stopped ? new StressStopped() : new Error(`stress worker exited with ${code}`)); });
  })));
  return { blocks, stop: () => { stopped = true; for (const w of pool) void w.terminate(); } };
}
