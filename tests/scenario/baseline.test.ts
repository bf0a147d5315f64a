import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/core/model/scenario.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';

describe('scenarios/guangzhou-baseline.yaml', () => {
  it('validates, with every theme, both regions and at least 6 districts and 12 towns', async () => {
    const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    const s = r.scenario;
    expect(s.startYear).toBe(2026);
    expect(s.districts.length).toBeGreaterThanOrEqual(6);
    expect(s.towns.length).toBeGreaterThanOrEqual(12);
    expect(new Set(s.towns.map((t) => t.theme))).toEqual(new Set(THEMES));
    expect(new Set(s.towns.map((t) => t.region))).toEqual(new Set(['north-eco', 'central-south']));
    expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('scenarios/guangzhou-north-growth.yaml', () => {
  it('extends the baseline: faster northern revenue growth, nansha-shipping removed', async () => {
    const base = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    const variant = await loadScenarioFile('scenarios/guangzhou-north-growth.yaml');
    if (!base.ok || !variant.ok) throw new Error('both scenarios must load');
    expect(variant.files).toHaveLength(2);
    expect(variant.scenario.towns.map((t) => t.id)).toEqual(base.scenario.towns.map((t) => t.id).filter((id) => id !== 'nansha-shipping'));
    const growth = (s: typeof base.scenario, id: string): number => {
      const rev = s.towns.find((t) => t.id === id)?.revenue;
      return rev?.kind === 'growth' ? rev.growth : NaN;
    };
    expect(growth(variant.scenario, 'conghua-hot-spring')).toBeGreaterThan(growth(base.scenario, 'conghua-hot-spring'));
    expect(variant.scenario.districts).toEqual(base.scenario.districts);
  });
});
