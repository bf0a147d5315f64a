import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { DRIVERS, readMetric, resolveStochastic, sensitivity, shockDriver } from '../../../src/core/stress/index.ts';
import { expandSeries } from '../../../src/core/model/expand.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

describe('sensitivity (SPEC §8): one-at-a-time ± shocks, tornado sorted by swing', () => {
  it('every driver once, sorted by swing, base = the deterministic value', async () => {
    const s = await baseline();
    const spec = resolveStochastic(undefined);
    const metric = 'district.conghua.broadRatio';
    const r = sensitivity(s, spec, metric, (sc, achievements) => simulate(sc, achievements ? { achievements } : {}), (run) => readMetric(s, run, metric, 2026));
    expect(r.base).toBe(simulate(s).districts.find((d) => d.id === 'conghua')!.broadRatio[0]);
    expect(r.drivers.map((d) => d.driver).sort()).toEqual([...DRIVERS].sort());
    for (let i = 1; i < r.drivers.length; i++) expect(r.drivers[i - 1]!.swing).toBeGreaterThanOrEqual(r.drivers[i]!.swing);
    // land revenue ±1 s.d. (0.2 in logs): 2026 capacity C + land·(e^∓0.2 − 1), the broad debt unchanged
    const land = r.drivers.find((d) => d.driver === 'land-revenue')!;
    const d = simulate(s).districts.find((x) => x.id === 'conghua')!;
    const debt = d.broadRatio[0]! * d.capacity[0]!;
    expect(land.low).toBeCloseTo(debt / (1_600_000 + 450_000 * (Math.exp(-0.2) - 1)), 12);
    expect(land.high).toBeCloseTo(debt / (1_600_000 + 450_000 * (Math.exp(0.2) - 1)), 12);
  });

  it('the PPP demand driver moves every project\'s demand by e^±σ, and capex by ±15%', async () => {
    const s = await baseline();
    const spec = resolveStochastic(undefined);
    const hi = shockDriver(s, spec, 'ppp-demand', 1).scenario;
    s.ppp.forEach((p, i) => expect(hi.ppp[i]!.demandFactor).toBeCloseTo(p.demandFactor * Math.exp(0.35), 12));
    const capex = shockDriver(s, spec, 'capex-overrun', -1).scenario;
    s.ppp.forEach((p, i) => expect(capex.ppp[i]!.constructionCost).toBeCloseTo(p.constructionCost * 0.85, 9));
    // revenue growth −1 s.d.: city revenue year 2 = 19,570,000 × 0.95² = 17,661,925
    const rev = shockDriver(s, spec, 'revenue-growth', -1).scenario;
    expect(expandSeries(rev.city.budgetRevenue, 2026, 15)[1]).toBeCloseTo(17_661_925, 5);
  });
});
