/**
 * Full deterministic run with every module and all checks (issue #6 target: 2,000 synthetic
 * towns × 30 years under 1 s), and the bundled baseline for scale.
 */
import { simulate } from '../../src/core/simulate.ts';
import { medianMs, syntheticScenario } from './synthetic.ts';

export default async function bench(): Promise<void> {
  const baseline = syntheticScenario({ towns: 12, years: 15 });
  console.log(`baseline-sized run: ${medianMs(() => simulate(baseline)).toFixed(1)} ms`);
  const big = syntheticScenario({ towns: 2000, years: 30, pppProjects: 200, funds: 20 });
  const ms = medianMs(() => simulate(big), 5, 3); // steady state: median of 5 after 3 warm-up runs
  const r = simulate(big);
  console.log(
    `full run + checks, ${big.towns.length} towns × ${big.horizonYears} years, ${big.ppp.length} PPP projects, ${big.funds.length} funds: ` +
      `${ms.toFixed(0)} ms (target < 1000 ms, ratio ${(1000 / ms).toFixed(2)}×); ${r.limits.length} limits evaluated, ${r.findings.length} findings`,
  );
}
