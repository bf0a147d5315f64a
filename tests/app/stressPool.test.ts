/**
 * The dashboard's stress run off the page (issue #14): one block worker per range of
 * `blockRanges`, progress summed, Cancel terminating every worker, and the page's reduction
 * equal to the CLI's single-thread `runStress` — run in Node with in-process workers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blockRanges, CHUNK, resolveStochastic, runBlock, runStress } from '../../src/core/stress/index.ts';
import type { PathBlock } from '../../src/core/stress/index.ts';
import type { BlockJob, BlockMessage } from '../../src/app/stress/blockProtocol.ts';
import { MAX_STRESS_WORKERS, runPool, StressCancelled, stressWorkerCount, type BlockWorker } from '../../src/app/stress/pool.ts';
import { startStressRun } from '../../src/app/stress/runInBrowser.ts';
import { handleRequest } from '../../src/app/worker/handle.ts';
import type { Request } from '../../src/app/worker/protocol.ts';
import { createRunner } from '../../src/app/worker/runner.ts';
import { handleStress } from '../../src/app/worker/stressRequests.ts';
import type { WorkerClient } from '../../src/app/worker/client.ts';

const dir = new URL('../../scenarios/', import.meta.url);
const bundled = new Map(readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => [`/scenarios/${f}`, readFileSync(new URL(f, dir), 'utf8')] as const));
const BASE = '/scenarios/guangzhou-baseline.yaml';
const runner = createRunner(bundled);
/** The page's client over the worker's request handler, in process. */
const client: WorkerClient = {
  async call<R extends Request>(request: R) {
    const out = await handleRequest(runner, { id: 1, request }, undefined, (r) => handleStress(runner, r));
    if (out.error !== undefined) throw new Error(out.error);
    return out.reply as never;
  },
};

/** A worker that answers its job with `answer(job)` on the next turn (or never, when `hold`). */
class FakeWorker implements BlockWorker {
  onmessage: ((ev: MessageEvent<BlockMessage>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  job: BlockJob | null = null;
  constructor(private readonly answer: (job: BlockJob) => BlockMessage[], private readonly hold = false) {}
  postMessage(job: BlockJob): void {
    this.job = job;
    if (!this.hold) setTimeout(() => this.emit(...this.answer(job)), 0);
  }
  emit(...ms: BlockMessage[]): void {
    for (const m of ms) this.onmessage?.({ data: m } as MessageEvent<BlockMessage>);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** A block of paths `[from, to)` whose only key-series value is the path number (enough to check order). */
const synthetic = (job: BlockJob): PathBlock => {
  const m = job.to - job.from;
  return { from: job.from, to: job.to, stride: m, series: Float64Array.from({ length: m }, (_, j) => job.from + j), contingent: new Float64Array(0), chunks: [] };
};

describe('stressWorkerCount', () => {
  it('one worker per logical core, 1 to MAX_STRESS_WORKERS, 2 when the browser does not say', () => {
    expect(stressWorkerCount(undefined)).toBe(2);
    expect(stressWorkerCount(Number.NaN)).toBe(2);
    expect(stressWorkerCount(0)).toBe(1);
    expect(stressWorkerCount(1)).toBe(1);
    expect(stressWorkerCount(4)).toBe(4);
    expect(stressWorkerCount(64)).toBe(MAX_STRESS_WORKERS);
  });
});

describe('runPool', () => {
  it('gives each worker one range of blockRanges, sums progress and returns every block', async () => {
    const workers: FakeWorker[] = [];
    const progress: number[] = [];
    const paths = 3 * CHUNK + 10;
    const run = runPool({ scenario: {} as never, spec: resolveStochastic(undefined), seed: 9, paths }, 4, (n) => progress.push(n), () => {
      const w = new FakeWorker((job) => [{ kind: 'progress', done: job.to - job.from }, { kind: 'block', block: synthetic(job) }]);
      workers.push(w);
      return w;
    });
    expect(run.live()).toBe(4);
    const blocks = await run.blocks;
    // 4 chunks of 256 for 4 workers: [0,256) [256,512) [512,768) [768,778)
    expect(workers.map((w) => [w.job?.from, w.job?.to])).toEqual(blockRanges(paths, 4));
    expect(workers.every((w) => w.job?.seed === 9)).toBe(true);
    expect(progress.reduce((a, b) => a + b, 0)).toBe(paths);
    expect(blocks.map((b) => b.from)).toEqual([0, 256, 512, 768]);
    expect(run.live()).toBe(0);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('Cancel terminates every worker at once, rejects with StressCancelled and hears no later message', async () => {
    const workers: FakeWorker[] = [];
    const progress: number[] = [];
    const run = runPool({ scenario: {} as never, spec: resolveStochastic(undefined), seed: 1, paths: 2 * CHUNK }, 2, (n) => progress.push(n), () => {
      const w = new FakeWorker(() => [], true);
      workers.push(w);
      return w;
    });
    workers[0]!.emit({ kind: 'progress', done: 4 });
    run.cancel();
    await expect(run.blocks).rejects.toBeInstanceOf(StressCancelled);
    expect(workers.map((w) => w.terminated)).toEqual([true, true]);
    expect(run.live()).toBe(0);
    // a message already in flight when the worker was terminated changes nothing
    workers[1]!.emit({ kind: 'progress', done: 4 }, { kind: 'block', block: synthetic(workers[1]!.job!) });
    expect(progress).toEqual([4]);
    run.cancel(); // idempotent
  });

  it('a worker error rejects the run with its message', async () => {
    const run = runPool({ scenario: {} as never, spec: resolveStochastic(undefined), seed: 1, paths: 5 }, 2, () => undefined,
      () => new FakeWorker(() => [{ kind: 'error', message: 'boom' }]));
    await expect(run.blocks).rejects.toThrow('boom');
  });
});

describe('a stress run in the dashboard', () => {
  it('equals the CLI’s single-thread runStress for the same scenario, seed and paths (JSON byte for byte)', async () => {
    const spawn = () => new FakeWorker((job) => [{ kind: 'block', block: runBlock(job.scenario, job.spec, { seed: job.seed, from: job.from, to: job.to }) }]);
    const seen: number[] = [];
    const h = startStressRun(client, { path: BASE, user: [], preset: null, stochastic: null, paths: 4, seed: 11, workers: 2 }, (done) => seen.push(done), spawn);
    const out = await h.done;
    if (out.kind !== 'done') throw new Error(out.kind);
    const inputs = await runner.reportInputs([BASE], []);
    if (!inputs.ok) throw new Error('baseline');
    const { scenario, result } = inputs.runs[0]!;
    const cli = runStress(scenario, resolveStochastic(scenario.stochastic), { paths: 4, seed: 11, hash: result.scenario.hash });
    expect(JSON.stringify(out.result)).toBe(JSON.stringify(cli));
    expect(out.inputs.thresholds).toEqual(result.thresholds);
  });

  it('a preset is applied before sampling and named in the result; an unknown one is refused in both languages', async () => {
    const ok = await client.call({ type: 'stressInputs', path: BASE, user: [], preset: 'rates+200bp', stochastic: null });
    expect(ok.ok).toBe(true);
    const bad = await client.call({ type: 'stressInputs', path: BASE, user: [], preset: 'moon-landing', stochastic: null });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(`${bad.issues[0]?.zh} / ${bad.issues[0]?.en}`).toMatch(/未知预设 moon-landing \/ unknown preset moon-landing/);
  });

  it('edited calibrations replace the scenario’s, field by field', async () => {
    const r = await client.call({ type: 'stressInputs', path: BASE, user: [], preset: null, stochastic: { revenue: { landSd: 0.3 } } });
    if (!r.ok) throw new Error('inputs');
    const plain = resolveStochastic(undefined);
    expect(r.spec.revenue).toEqual({ ...plain.revenue, landSd: 0.3 });
    expect(r.spec.ppp).toEqual(plain.ppp);
  });
});
