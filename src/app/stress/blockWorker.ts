/// <reference lib="webworker" />
/**
 * A stress block worker (SPEC §8, issue #14 "run stress in Web Workers, one per core"): runs
 * `runBlock` on the range of paths it is given, posts progress at most every 100 ms and then the
 * block, its typed arrays transferred. The page terminates it to cancel.
 */
import { runBlock } from '../../core/stress/index.ts';
import type { BlockJob, BlockMessage } from './blockProtocol.ts';

/** Least time between two progress messages: the bar moves smoothly and the page is not woken per path. */
const EVERY_MS = 100;

const post = (m: BlockMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (ev: MessageEvent<BlockJob>) => {
  const job = ev.data;
  let reported = 0;
  let last = performance.now();
  try {
    const block = runBlock(job.scenario, job.spec, {
      seed: job.seed, from: job.from, to: job.to,
      onPath: (done) => {
        const now = performance.now();
        if (now - last >= EVERY_MS || done === job.to - job.from) {
          post({ kind: 'progress', done: done - reported });
          reported = done;
          last = now;
        }
      },
    });
    post({ kind: 'block', block }, [block.series.buffer as ArrayBuffer, block.contingent.buffer as ArrayBuffer]);
  } catch (e) {
    post({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
