/**
 * Full deterministic run with every module and all checks, and the bundled baseline for
 * scale (issue #6: 2,000 synthetic towns × 30 years under 1 s; issue #12 "Engine": ≤ 8× the
 * lean yardstick of `yardstick.ts`, timed in the same process, rounds interleaved).
 */
import { simulate } from '../../src/core/simulate.ts';
import { medianMs, syntheticScenario } from './synthetic.ts';
import { yardstick } from './yardstick.ts';

/** Median ms of `a` and of `b` over `rounds` interleaved rounds after `warmup` rounds of each. */
function raceMs(a: () => unknown, b: () => unknown, rounds: number, warmup: number): readonly [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const t0 = performance.now();
    a();
    const t1 = performance.now();
    b();
    const t2 = performance.now();
    if (i >= warmup) {
      ta.push(t1 - t0);
      tb.push(t2 - t1);
    }
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  return [median(ta), median(tb)];
}

export default async function bench(): Promise<void> {
  const baseline = syntheticScenario({ towns: 12, years: 15 });
  console.log(`baseline-sized run: ${medianMs(() => simulate(baseline)).toFixed(1)} ms`);
  const big = syntheticScenario({ towns: 2000, years: 30, pppProjects: 200, funds: 20 });
  const r = simulate(big);
  const [ms, yard] = raceMs(() => simulate(big), () => yardstick(big, r.limits.length, r.findings.length), 7, 3);
  console.log(
    `full run + checks, ${big.towns.length} towns × ${big.horizonYears} years, ${big.ppp.length} PPP projects, ${big.funds.length} funds: ` +
      `${ms.toFixed(0)} ms (target < 1000 ms, ratio ${(1000 / ms).toFixed(2)}×); ${r.limits.length} limits evaluated, ${r.findings.length} findings`,
  );
  console.log(`engine: ${ms.toFixed(0)} ms, yardstick ${yard.toFixed(0)} ms, ratio ${(ms / yard).toFixed(1)}× (target ≤ 8×)`);
}
