/**
 * A stress worker (worker_threads): runs the block of paths `[from, to)` it is given and
 * posts progress and then the block (typed arrays transferred). Started by `stressPool.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBlock } from '../core/stress/paths.ts';
import type { Scenario } from '../core/model/scenario.ts';
import type { StochasticSpec } from '../core/stress/spec.ts';

interface Job {
  readonly scenario: Scenario;
  readonly spec: StochasticSpec;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

const job = workerData as Job;
let reported = 0;
const block = runBlock(job.scenario, job.spec, {
  seed: job.seed, from: job.from, to: job.to,
  onPath: (done) => {
    if (done - reported >= 8 || done === job.to - job.from) {
      parentPort?.postMessage({ kind: 'progress', done: done - reported });
      reported = done;
    }
  },
});
parentPort?.postMessage({ kind: 'block', block }, [block.series.buffer as ArrayBuffer, block.contingent.buffer as ArrayBuffer]);
