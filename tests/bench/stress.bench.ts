/**
 * Monte Carlo stress (issue #14 "Speed"), the three figures and what they rest on:
 *
 * 1. The bundled baseline in this thread: the deterministic run and one path (median of a
 *    few blocks), in wall and CPU time, and the path's ratio to the deterministic run. This
 *    thread runs the TypeScript sources through tsx (which wraps every function with a name
 *    helper), so the bundle's paths are a little faster than these.
 * 2. `STRESS_BENCH_PATHS` paths (default 2,000; the figure is 10,000: target ≤ 2 s
 *    wall on 2 cores, goal 1 s) on 2 workers through the bundled CLI (`dist/cli`, built
 *    first), as a user runs it: wall, CPU (all threads) and peak RSS (target ≤ 1 GB).
 * 3. The 2,000-town × 30-year synthetic scenario: deterministic run and one path in this
 *    thread, extrapolated to 1,000 paths on 2 cores (target ≤ 60 s); peak RSS of this process.
 *
 * The machine may be shared: CPU time is the steadier figure, wall time the one the issue names.
 */
import { spawnSync } from 'node:child_process';
import { resourceUsage } from 'node:process';
import { simulate } from '../../src/core/simulate.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { resolveStochastic, runBlock } from '../../src/core/stress/index.ts';
import type { Scenario } from '../../src/core/model/scenario.ts';
import type { StochasticSpec } from '../../src/core/stress/index.ts';
import { syntheticScenario } from './synthetic.ts';

/** Wall and CPU (user + system, this thread's process) ms of `fn`, per `per` units. */
function timed(fn: () => unknown, per: number): { wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall: wall / per, cpu: (c.user + c.system) / 1000 / per };
}

/** The timing of median CPU. */
function mid(xs: readonly { wall: number; cpu: number }[]): { wall: number; cpu: number } {
  return [...xs].sort((a, b) => a.cpu - b.cpu)[Math.floor(xs.length / 2)]!;
}

/** Median by CPU of `runs` timings. */
function median(runs: number, fn: () => { wall: number; cpu: number }): { wall: number; cpu: number } {
  return mid(Array.from({ length: runs }, fn));
}

function perPath(s: Scenario, spec: StochasticSpec, block: number, runs: number): { wall: number; cpu: number } {
  return median(runs, () => timed(() => runBlock(s, spec, { seed: 1, from: 0, to: block }), block));
}

const f2 = (x: number): string => x.toFixed(2);

/** Runs the bundled CLI's stress command; its wall time, CPU and peak RSS (from `rusageHook.mjs`). */
function cliStress(file: string, paths: number, workers: number): { wall: number; cpu: number; rssMb: number; ok: boolean } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', './tests/bench/rusageHook.mjs', 'dist/cli/main.js', 'stress', file,
    '--paths', String(paths), '--seed', '1', '--workers', String(workers), '--json'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const wall = performance.now() - t0;
  const line = /RUSAGE (\{.*\})/.exec(r.stderr)?.[1];
  const u = line ? (JSON.parse(line) as { user: number; system: number; maxRSS: number }) : { user: 0, system: 0, maxRSS: 0 };
  return { wall, cpu: (u.user + u.system) / 1000, rssMb: u.maxRSS / 1024, ok: r.status === 0 && line !== undefined };
}

export default async function bench(): Promise<void> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  const s = r.scenario;
  const spec = resolveStochastic(s.stochastic);

  // 1. in this thread
  // both warmed up, then measured in alternating rounds so that a busy spell of a shared
  // machine weighs on both alike
  runBlock(s, spec, { seed: 1, from: 0, to: 50 });
  for (let i = 0; i < 30; i++) simulate(s);
  const dets: { wall: number; cpu: number }[] = [];
  const paths1: { wall: number; cpu: number }[] = [];
  for (let round = 0; round < 7; round++) {
    dets.push(timed(() => { for (let i = 0; i < 30; i++) simulate(s); }, 30));
    paths1.push(timed(() => runBlock(s, spec, { seed: 1, from: 0, to: 30 }), 30));
  }
  const det = mid(dets);
  const path = mid(paths1);
  console.log(`baseline, this thread: deterministic run ${f2(det.wall)} ms wall / ${f2(det.cpu)} ms CPU; one path ${f2(path.wall)} ms wall / ${f2(path.cpu)} ms CPU ` +
    `(ratio ${f2(path.cpu / det.cpu)}× the deterministic run by CPU, ${f2(path.wall / det.wall)}× by wall)`);

  // 2. the bundled CLI on 2 workers
  const paths = Number(process.env.STRESS_BENCH_PATHS ?? 2000);
  const build = spawnSync(process.execPath, ['src/tools/build-cli.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
  const cli = cliStress('scenarios/guangzhou-baseline.yaml', paths, 2);
  if (!cli.ok) throw new Error('the bundled stress run failed');
  const startup = cliStress('scenarios/guangzhou-baseline.yaml', 0, 2);
  console.log(`${paths} baseline paths, bundled CLI, 2 workers: ${f2(cli.wall / 1000)} s wall (target ≤ 2 s for 10,000; goal 1 s), ` +
    `${f2(cli.cpu / 1000)} s CPU (${f2((cli.cpu - startup.cpu) / paths)} ms CPU per path beyond a 0-path run's ${f2(startup.cpu / 1000)} s), ` +
    `peak RSS ${cli.rssMb.toFixed(0)} MB (target ≤ 1024 MB)`);
  console.log(`  10,000 paths on 2 idle cores ≈ ${f2((startup.cpu + ((cli.cpu - startup.cpu) / paths) * 10_000) / 2 / 1000)} s wall (CPU / 2)`);

  // 3. 2,000 towns × 30 years
  const big = syntheticScenario({ towns: 2000, years: 30, pppProjects: 200, funds: 20 });
  const bigSpec = resolveStochastic(undefined);
  const bigDet = median(3, () => timed(() => simulate(big), 1));
  runBlock(big, bigSpec, { seed: 1, from: 0, to: 1 });
  const bigPath = perPath(big, bigSpec, 2, 3);
  const rssMb = resourceUsage().maxRSS / 1024; // KiB → MB, this process
  console.log(`2,000 towns × 30 years, this thread: deterministic ${bigDet.wall.toFixed(0)} ms wall / ${bigDet.cpu.toFixed(0)} ms CPU; ` +
    `one path ${bigPath.wall.toFixed(0)} ms wall / ${bigPath.cpu.toFixed(0)} ms CPU (ratio ${f2(bigPath.cpu / bigDet.cpu)}×); ` +
    `1,000 paths on 2 cores ≈ ${((bigPath.cpu * 1000) / 2 / 1000).toFixed(0)} s (target ≤ 60 s); peak RSS of this process ${rssMb.toFixed(0)} MB`);
}
