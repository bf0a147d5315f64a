import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { drawShocks, pathRng, resolveStochastic, zeroVariance } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function load(file: string): Promise<Scenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.scenario;
}
const TOWN = 'conghua-xihe-flowers';
const row = (r: ReturnType<typeof simulate>, year: number) => r.limits.find((l) => l.rule === 'town.jobs' && l.subject.id === TOWN && l.year === year)!;

/** The expected achievements of every town (a zero-variance path) with the town's jobs ratio in 2026 set to `ratio`. */
function lowJobs(s: Scenario, ratio: number) {
  const k = drawShocks(s, zeroVariance(resolveStochastic(undefined)), pathRng(1, 0));
  const i = s.towns.findIndex((t) => t.id === TOWN);
  return k.achievements.map((a, j) => (j === i ? { ...a, jobs: Float64Array.from(a.jobs!, (x, t) => (t === 0 ? ratio : x)) } : a));
}

describe('§7 output floors read a Monte Carlo path\'s achievement (SPEC §8 "one engine")', () => {
  it('a path with low jobs achievement trips town.jobs; the expected path is the deterministic run', async () => {
    const s = await load('scenarios/guangzhou-baseline.yaml');
    const det = simulate(s);
    // deterministic: target 2,200 × expected 0.95 = 2,090 ≥ 2,000 → ok, headroom 90
    expect(row(det, 2026)).toMatchObject({ value: 2090, level: 'ok', headroom: 90 });
    // the path: 2,200 × 0.85 = 1,870 < 2,000 → warning, headroom 1,870 − 2,000 = −130; 2027 keeps 0.95 → ok
    const path = simulate(s, { achievements: lowJobs(s, 0.85) });
    expect(row(path, 2026).value).toBeCloseTo(1870, 9);
    expect(row(path, 2026).level).toBe('warning');
    expect(row(path, 2026).headroom).toBeCloseTo(-130, 9);
    expect(row(path, 2027).level).toBe('ok');
    expect(path.findings.some((f) => f.rule === 'town.jobs' && f.subject.id === TOWN && f.year === 2026)).toBe(true);
    expect(det.findings.some((f) => f.rule === 'town.jobs' && f.subject.id === TOWN)).toBe(false);
    // the expected achievements as a path reproduce the deterministic run
    expect(simulate(s, { achievements: lowJobs(s, 0.95) })).toEqual(det);
  });

  it('with actuals, the path fills the years nothing was reported', async () => {
    const s = await load('scenarios/guangzhou-actuals-2026.yaml');
    const det = simulate(s);
    expect(simulate(s, { achievements: lowJobs(s, 0.95) })).toEqual(det);
    const i = s.towns.findIndex((t) => t.id === TOWN);
    // 2027 is a forecast year: 2,200 × 0.85 = 1,870 → warning; 2026 keeps the reported 2,080 (社保) whatever the path draws
    const k = drawShocks(s, zeroVariance(resolveStochastic(undefined)), pathRng(1, 0)).achievements
      .map((a, j) => (j === i ? { ...a, jobs: Float64Array.from(a.jobs!, (x, t) => (t === 1 ? 0.85 : t === 0 ? 0.5 : x)) } : a));
    const path = simulate(s, { achievements: k });
    expect(row(path, 2027).value).toBeCloseTo(1870, 9);
    expect(row(path, 2027).level).toBe('warning');
    expect(row(path, 2026)).toEqual(row(det, 2026));
    expect(row(path, 2026).value).toBe(2080);
  });
});
