/** Editor levers: read from the parent scenario, written as `extends`-style overrides computed from it. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/core/model/scenario.ts';
import { resolveScenario } from '../../src/scenario/index.ts';
import { leverById, leverPatch, LEVERS, leverStates } from '../../src/app/state/levers.ts';

let base: Scenario;
beforeAll(async () => {
  const r = await resolveScenario('/scenarios/guangzhou-baseline.yaml', async (p) => readFileSync(new URL(`../..${p}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error('baseline invalid');
  base = r.scenario;
});

describe('levers', () => {
  it('every lever has an id, both labels and a range that contains its step', () => {
    for (const l of LEVERS) {
      expect(l.zh && l.en).toBeTruthy();
      expect(l.max - l.min).toBeGreaterThanOrEqual(l.step);
    }
    expect(new Set(LEVERS.map((l) => l.id)).size).toBe(LEVERS.length);
  });

  it('an empty set of lever values is an empty override (the variant equals its parent)', () => {
    expect(leverPatch(base, {})).toEqual({});
  });

  it('the reward pool lever writes rewards.pool; unknown ids and non-finite values are ignored', () => {
    expect(leverPatch(base, { rewardPool: 150_000, nope: 1, discountRate: Number.NaN })).toEqual({ rewards: { pool: 150_000 } });
  });

  it('profit rate and fund share apply to every PPP project and fund, by id', () => {
    const p = leverPatch(base, { pppProfitRate: 0.05, fundGovernmentShare: 0.25 });
    expect(p.ppp).toEqual(base.ppp.map((x) => ({ id: x.id, profitRate: 0.05 })));
    expect(p.funds).toEqual(base.funds.map((x) => ({ id: x.id, governmentShare: 0.25 })));
  });

  it('two levers on the city merge: a flat discount rate and a revenue growth', () => {
    const p = leverPatch(base, { discountRate: 0.03, cityRevenueGrowth: 0.05 }) as { city: Record<string, unknown> };
    expect(p.city.discountRate).toBe(0.03);
    expect(p.city.budgetRevenue).toMatchObject({ growth: 0.05 });
  });

  it('the town growth shift adds to each growth-series town’s own growth and skips year tables', () => {
    const p = leverPatch(base, { townRevenueGrowthShift: -0.01 }) as { towns: { id: string; revenue: { growth: number } }[] };
    const growthTowns = base.towns.filter((t) => t.revenue.kind === 'growth');
    expect(p.towns.map((t) => t.id)).toEqual(growthTowns.map((t) => t.id));
    p.towns.forEach((t, i) => {
      const own = growthTowns[i]?.revenue;
      expect(t.revenue.growth).toBeCloseTo((own?.kind === 'growth' ? own.growth : Number.NaN) - 0.01, 12);
    });
  });

  it('leverStates shows the parent’s value, and the variant’s own where set', () => {
    const states = leverStates(base, { pppProfitRate: 0.05 });
    const ppp = states.find((s) => s.id === 'pppProfitRate');
    const mean = base.ppp.reduce((a, p) => a + p.profitRate, 0) / base.ppp.length;
    expect(ppp).toEqual({ id: 'pppProfitRate', parentValue: mean, value: 0.05, set: true });
    expect(states.find((s) => s.id === 'rewardPool')?.parentValue).toBe(100_000);
    expect(leverById('discountRate')?.read(base)).toBe(0.02);
  });
});

describe('levers show the value in effect (issue #15: sliders and forms reflect each other)', () => {
  it('reads an absolute lever from the variant as resolved, and a relative shift from its own value', async () => {
    const { leverStates: states } = await import('../../src/app/state/levers.ts');
    const { loadScenarioFile } = await import('../../src/scenario/loadFile.ts');
    const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!loaded.ok) throw new Error('baseline does not load');
    const parent = loaded.scenario;
    // the form set the discount rate to 3% in the override: the slider shows 3%, not the parent's value
    const effective = { ...parent, city: { ...parent.city, discountRate: { kind: 'flat' as const, rate: 0.03 } } };
    const s = states(parent, { townRevenueGrowthShift: 0.01 }, effective);
    expect(s.find((x) => x.id === 'discountRate')?.value).toBe(0.03);
    expect(s.find((x) => x.id === 'townRevenueGrowthShift')?.value).toBe(0.01);
  });
});
