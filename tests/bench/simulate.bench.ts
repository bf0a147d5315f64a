/**
 * Full deterministic run with every module and all checks, and the bundled baseline for
 * scale (issue #6: 2,000 synthetic towns × 30 years under 1 s; issue #12 "Engine": ≤ 8× the
 * lean yardstick of `yardstick.ts`, timed in the same process, rounds interleaved).
 */
import { simulate } from '../../src/core/simulate.ts';
import { medianMs, syntheticScenario } from './synthetic.ts';
import { yardstick } from './yardstick.ts';

/** Wall and CPU (user + system, all threads: GC helpers included) ms of one call. */
function timed(f: () => unknown): readonly [number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return [wall, (c.user + c.system) / 1000];
}

const median = (xs: number[]): number => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Medians of `a` and `b` over `rounds` interleaved rounds after `warmup` rounds: wall ms and
 * CPU ms of each. On a shared machine CPU time is the steadier figure of the two.
 */
function race(a: () => unknown, b: () => unknown, rounds: number, warmup: number): { wall: readonly [number, number]; cpu: readonly [number, number] } {
  const t: number[][] = [[], [], [], []];
  for (let i = 0; i < warmup + rounds; i++) {
    const [wa, ca] = timed(a);
    const [wb, cb] = timed(b);
    if (i < warmup) continue;
    t[0]?.push(wa);
    t[1]?.push(wb);
    t[2]?.push(ca);
    t[3]?.push(cb);
  }
  const [wa = [], wb = [], ca = [], cb = []] = t;
  return { wall: [median(wa), median(wb)], cpu: [median(ca), median(cb)] };
}

export default async function bench(): Promise<void> {
  const baseline = syntheticScenario({ towns: 12, years: 15 });
  console.log(`baseline-sized run: ${medianMs(() => simulate(baseline)).toFixed(1)} ms`);
  const big = syntheticScenario({ towns: 2000, years: 30, pppProjects: 200, funds: 20 });
  const r = simulate(big);
  const { wall, cpu } = race(() => simulate(big), () => yardstick(big, r.limits.length, r.findings.length), 7, 3);
  const [ms, yard] = wall;
  console.log(
    `full run + checks, ${big.towns.length} towns × ${big.horizonYears} years, ${big.ppp.length} PPP projects, ${big.funds.length} funds: ` +
      `${ms.toFixed(0)} ms (target < 1000 ms, ratio ${(1000 / ms).toFixed(2)}×); ${r.limits.length} limits evaluated, ${r.findings.length} findings`,
  );
  console.log(`engine: ${ms.toFixed(0)} ms, yardstick ${yard.toFixed(0)} ms, ratio ${(ms / yard).toFixed(1)}× (target ≤ 8×)`);
  console.log(`engine CPU: ${cpu[0].toFixed(0)} ms, yardstick CPU ${cpu[1].toFixed(0)} ms, ratio ${(cpu[0] / cpu[1]).toFixed(1)}× (target ≤ 8×; steadier on a shared machine)`);
  console.log('note: before the issue #12 engine work (main fc54916) the same bench gave engine CPU 1.47–1.61 s, 6.1–6.9× the yardstick by CPU; see docs/decisions.md "Engine speed"');
}
