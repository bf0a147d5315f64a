/// <reference lib="webworker" />
/**
 * A stress block worker (SPEC §8, issue #14 "run stress in Web Workers, one per core"): runs
 * `runBlock` on the range of paths it is given, posts progress every few paths and then the
 * block, its typed arrays transferred. The page terminates it to cancel.
 */
import { runBlock } from '../../core/stress/index.ts';
import type { BlockJob, BlockMessage } from './blockProtocol.ts';

/** Paths between progress messages (a path takes milliseconds: the bar moves smoothly without flooding the page). */
const EVERY = 4;

const post = (m: BlockMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (ev: MessageEvent<BlockJob>) => {
  const job = ev.data;
  let reported = 0;
  try {
    const block = runBlock(job.scenario, job.spec, {
      seed: job.seed, from: job.from, to: job.to,
      onPath: (done) => {
        if (done - reported >= EVERY || done === job.to - job.from) {
          post({ kind: 'progress', done: done - reported });
          reported = done;
        }
      },
    });
    post({ kind: 'block', block }, [block.series.buffer as ArrayBuffer, block.contingent.buffer as ArrayBuffer]);
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
