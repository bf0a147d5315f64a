/**
 * Monte Carlo stress of the bundled baseline (issue #14 "Speed"): one deterministic run, a
 * block of paths in this thread (ms per path and its ratio to the deterministic run), and
 * `STRESS_BENCH_PATHS` paths (default 2,000; the target is 10,000) on 2 worker
 * threads through the CLI's pool: wall time, extrapolation to 10,000 paths, peak RSS; and
 * a few paths of the 2,000-town × 30-year synthetic scenario (target: 1,000 paths ≤ 60 s on 2 cores).
 */
import { resourceUsage } from 'node:process';
import { simulate } from '../../src/core/simulate.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
import { reduceStress, resolveStochastic, runBlock } from '../../src/core/stress/index.ts';
import { runPool } from '../../src/cli/stressPool.ts';
import { medianMs, syntheticScenario } from './synthetic.ts';

export default async function bench(): Promise<void> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  const s = r.scenario;
  const spec = resolveStochastic(s.stochastic);
  const det = medianMs(() => simulate(s), 15, 5);
  const block = 100;
  const perPath = medianMs(() => runBlock(s, spec, { seed: 1, from: 0, to: block }), 3, 1) / block;
  console.log(`deterministic run: ${det.toFixed(2)} ms; one path in this thread: ${perPath.toFixed(2)} ms (ratio ${(perPath / det).toFixed(2)}× the deterministic run)`);
  const paths = Number(process.env.STRESS_BENCH_PATHS ?? 2000);
  const t0 = performance.now();
  const blocks = await runPool(s, spec, 1, paths, 2, () => {}).blocks;
  const result = reduceStress({ scenario: s, spec, seed: 1, hash: '', preset: null, baseLimits: simulate(s).limits }, blocks);
  const wall = performance.now() - t0;
  const rssMb = resourceUsage().maxRSS / 1024; // maxRSS is in KiB, this process only (workers are threads: included)
  console.log(`${result.paths} paths on 2 workers: ${(wall / 1000).toFixed(1)} s wall (${(wall / paths).toFixed(2)} ms/path; 10,000 paths ≈ ${((wall / paths) * 10).toFixed(0)} s; ` +
    `target ≤ 2 s, ratio ${(((wall / paths) * 10_000) / 2000).toFixed(0)}× over); peak RSS ${rssMb.toFixed(0)} MB (target ≤ 1024 MB)`);
  const big = syntheticScenario({ towns: 2000, years: 30, pppProjects: 200, funds: 20 });
  const bigSpec = resolveStochastic(undefined);
  const bigDet = medianMs(() => simulate(big), 3, 1);
  const bigPath = medianMs(() => runBlock(big, bigSpec, { seed: 1, from: 0, to: 2 }), 3, 1) / 2;
  console.log(`2,000 towns × 30 years: deterministic ${bigDet.toFixed(0)} ms, one path ${bigPath.toFixed(0)} ms (ratio ${(bigPath / bigDet).toFixed(2)}×); ` +
    `1,000 paths on 2 cores ≈ ${((bigPath * 1000) / 2 / 1000).toFixed(0)} s (target ≤ 60 s)`);
}
