import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate, simulatePath } from '../../../src/core/simulate.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { expandSeries, seriesValues } from '../../../src/core/model/expand.ts';
import { applyPreset, drawShocks, mapSeries, pathRng, resolveStochastic, shockedScenario } from '../../../src/core/stress/index.ts';

async function load(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}

/** The parts of a run a path reports, as `simulate` gives them: city, districts, and the limit rows not at ok. */
function reported(s: Scenario, achievements?: Parameters<typeof simulate>[1]): { city: unknown; districts: unknown; limits: unknown } {
  const r = simulate(s, achievements);
  return { city: r.city, districts: r.districts, limits: r.limits.filter((row) => row.level !== 'ok') };
}

describe('simulatePath: one Monte Carlo path through the deterministic run\'s code (SPEC §1 "One engine", §8)', () => {
  it('gives simulate\'s city, districts and every limit row not at ok, on the baseline and on shocked paths', async () => {
    const s = await load('scenarios/guangzhou-baseline.yaml');
    expect(simulatePath(s)).toEqual(reported(s));
    const spec = resolveStochastic(s.stochastic);
    for (const i of [0, 3]) {
      const k = drawShocks(s, spec, pathRng(77, i));
      const shocked = shockedScenario(s, k);
      const path = simulatePath(shocked, { achievements: k.achievements });
      expect(path).toEqual(reported(shocked, { achievements: k.achievements }));
      // a real shock: the path differs from the planned run
      expect(path.city.fiscalCost).not.toEqual(simulate(s).city.fiscalCost);
    }
  });

  it('also with actual years (SPEC §12) and on every other bundled scenario', async () => {
    const withActuals = await load('scenarios/guangzhou-actuals-2026.yaml');
    expect(withActuals.actuals).toBeDefined();
    for (const file of ['guangzhou-actuals-2026', 'guangzhou-land-bust', 'guangzhou-ppp-overload', 'guangzhou-fund-guarantee']) {
      const s = await load(`scenarios/${file}.yaml`);
      expect(simulatePath(s)).toEqual(reported(s));
    }
  });

  it('on shocked paths of every bundled scenario, interleaved, plain and under presets: the modules\' memos never mix paths or scenarios', async () => {
    // The path-speed memos (PPP project bases, fund bases, debt bond and rule memos, reward
    // frames, static compliance rows) are keyed on unshocked objects: paths of different
    // scenarios and presets, run in turn, must each still equal simulate on the same input.
    const files = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).sort();
    const scenarios = await Promise.all(files.map((f) => load(`scenarios/${f}`)));
    const variants = scenarios.flatMap((s) => [s, applyPreset(s, 'rates+200bp', { spec: resolveStochastic(s.stochastic) }), applyPreset(s, 'combined', { spec: resolveStochastic(s.stochastic) })]);
    for (const i of [0, 1, 2]) {
      for (const s of variants) {
        const k = drawShocks(s, resolveStochastic(s.stochastic), pathRng(11, i));
        const shocked = shockedScenario(s, k);
        expect(simulatePath(shocked, { achievements: k.achievements })).toEqual(reported(shocked, { achievements: k.achievements }));
      }
    }
  }, 120_000);

  it('a shocked series keeps its values in hand: expanding it gives the mapped values, from its first year or the horizon', () => {
    // base 100 growing 10% from 2025; from 2024 (one year before the horizon) y0 2025 gives
    // 2024: 100/1.1 (kept), 2025: 100·2 = 200, 2026: 110·2 = 220 (mapped ×2 in horizon years)
    const spec = { kind: 'growth', base: 100, growth: 0.1 } as const;
    const table = mapSeries(spec, 2025, 2, (v) => v * 2, 2024);
    const direct = expandSeries(spec, 2024, 3, 2025);
    expect(Array.from(expandSeries(table, 2024, 3))).toEqual([direct[0], direct[1]! * 2, direct[2]! * 2]);
    expect(Array.from(expandSeries(table, 2025, 2))).toEqual([direct[1]! * 2, direct[2]! * 2]);
    expect(Array.from(seriesValues(table, 2025, 2, 1999))).toEqual([direct[1]! * 2, direct[2]! * 2]);
    // the table itself states the same values (what goal seek, presets and reports read)
    expect(table).toEqual({ kind: 'table', fill: 'zero', byYear: { '2024': direct[0], '2025': direct[1]! * 2, '2026': direct[2]! * 2 } });
    // expandSeries hands out copies: changing one does not change the kept values
    const copy = expandSeries(table, 2025, 2);
    copy[0] = -1;
    expect(expandSeries(table, 2025, 2)[0]).toBe(direct[1]! * 2);
  });
});
