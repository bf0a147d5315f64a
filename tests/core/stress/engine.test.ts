import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import {
  contingentPayout, drawShocks, pathRng, percentiles, reduceStress, resolveStochastic, runBlock, runStress, shockedScenario, zeroVariance,
} from '../../../src/core/stress/index.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

/** Standard normal cdf (Abramowitz–Stegun 7.1.26 on erf, |error| < 1.5e−7). */
function Phi(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const erf = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-z * z);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

describe('stress engine (SPEC §8)', () => {
  it('a zero-variance path is the deterministic run: every series and every limit row', async () => {
    const s = await baseline();
    const spec = zeroVariance(resolveStochastic(undefined));
    const det = simulate(s);
    for (const i of [0, 7]) {
      const k = drawShocks(s, spec, pathRng(123, i));
      expect(simulate(shockedScenario(s, k), { achievements: k.achievements })).toEqual(det);
    }
  });

  it('a zero-variance stress run has P5 = P95 = the deterministic value and probabilities 0 or 1', async () => {
    const s = await baseline();
    const det = simulate(s);
    const r = runStress(s, zeroVariance(resolveStochastic(undefined)), { paths: 3, seed: 5 });
    det.city.fiscalCost.forEach((v, t) => expect(r.series['city.fiscalCost']![t]).toEqual([v, v, v, v, v]));
    const d0 = det.districts[0]!;
    d0.broadRatio.forEach((v, t) => expect(r.series[`district.${d0.id}.broadRatio`]![t]).toEqual([v, v, v, v, v]));
    expect(r.breaches).toHaveLength(new Set(det.limits.map((l) => `${l.rule}|${l.subject.kind}|${l.subject.id}|${l.year}`)).size);
    for (const b of r.breaches) {
      const row = det.limits.find((l) => l.rule === b.rule && l.subject.id === b.subject.id && l.year === b.year)!;
      const crossed = row.rule === 'district.tier' ? row.level !== 'ok' : row.level === 'breach';
      expect(b.probability).toBe(crossed ? 1 : 0);
    }
  });

  it('the same seed gives byte-identical JSON however the paths are split into blocks', async () => {
    const s = await baseline();
    const spec = resolveStochastic(undefined);
    const ctx = { scenario: s, spec, seed: 42, hash: 'h', preset: null, baseLimits: simulate(s).limits };
    const whole = reduceStress(ctx, [runBlock(s, spec, { seed: 42, from: 0, to: 6, chunk: 3 })]);
    const split = reduceStress(ctx, [runBlock(s, spec, { seed: 42, from: 3, to: 6, chunk: 3 }), runBlock(s, spec, { seed: 42, from: 0, to: 3, chunk: 3 })]);
    expect(JSON.stringify(split)).toBe(JSON.stringify(whole));
    expect(whole.paths).toBe(6);
    expect(JSON.stringify(whole)).not.toMatch(/NaN|Infinity/);
  });

  it('a single normal driver on a linear output: percentiles within sampling error', async () => {
    // Only the city revenue shock, no persistence: the first year's factor is 1 + σZ, linear in Z.
    const s = await baseline();
    const base = zeroVariance(resolveStochastic(undefined));
    const sigma = 0.05;
    const spec = { ...base, revenue: { ...base.revenue, citySd: sigma, persistence: 0 } };
    const N = 4000;
    const xs = Float64Array.from({ length: N }, (_, i) => drawShocks(s, spec, pathRng(9, i)).cityRevenue[0]!);
    // P_p of N(1, σ²) is 1 + σ·z_p; the sample quantile's sd is σ·√(p(1−p)/N)/φ(z_p).
    const z = [-1.6448536, -0.6744898, 0, 0.6744898, 1.6448536];
    const got = percentiles(xs);
    z.forEach((zp, q) => {
      const p = [0.05, 0.25, 0.5, 0.75, 0.95][q]!;
      const se = (sigma * Math.sqrt((p * (1 - p)) / N)) / (Math.exp((-zp * zp) / 2) / Math.sqrt(2 * Math.PI));
      expect(Math.abs(got[q]! - (1 + sigma * zp))).toBeLessThan(3 * se);
    });
  });

  it('a minimum-revenue guarantee: breach probability and expected payout of lognormal demand against the floor, within 3 standard errors', async () => {
    const s0 = await baseline();
    const p0 = s0.ppp[0]!;
    const s: Scenario = { ...s0, ppp: [{ ...p0, guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 0 }] }, ...s0.ppp.slice(1)] };
    const base = zeroVariance(resolveStochastic(undefined));
    const sigma = 0.35, floor = 0.8;
    const spec = { ...base, ppp: { sd: sigma, mean: 1, guaranteeFloor: floor } };
    const N = 4000;
    const pay = new Float64Array(s.horizonYears);
    let hits = 0, sum = 0, sum2 = 0;
    // the operation year 2026 of conghua-spa-road (operation from 2020): forecast revenue R = 1800·1.03^6
    const t = 2026 - s.startYear;
    const R = 1800 * Math.pow(1.03, 2026 - 2020);
    for (let i = 0; i < N; i++) {
      const d = drawShocks(s, spec, pathRng(77, i)).demand[0]!;
      contingentPayout(s, s.ppp[0]!, d, floor, pay);
      if (pay[t]! > 0) hits++;
      sum += pay[t]!;
      sum2 += pay[t]! * pay[t]!;
    }
    // ln d ~ N(−σ²/2, σ²): P(d < 0.8) = Φ((ln 0.8 + σ²/2)/σ) = Φ((−0.22314 + 0.06125)/0.35) = Φ(−0.46255) ≈ 0.3218
    const p = Phi((Math.log(floor) + (sigma * sigma) / 2) / sigma);
    expect(Math.abs(hits / N - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / N));
    // E[R·max(0, K − d)] = R·(K·Φ(−d2) − Φ(−d1)), d1 = (ln(1/K) + σ²/2)/σ, d2 = d1 − σ (a put on a mean-1 lognormal)
    const d1 = (Math.log(1 / floor) + (sigma * sigma) / 2) / sigma;
    const expected = R * (floor * Phi(-(d1 - sigma)) - Phi(-d1));
    const mean = sum / N;
    const se = Math.sqrt((sum2 / N - mean * mean) / N);
    expect(Math.abs(mean - expected)).toBeLessThan(3 * se);
  });
});
