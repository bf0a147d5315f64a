/**
 * No NaN or Infinity from tiny denominators (SPEC §1; issue #12 "isFinite guard on ratios"):
 * a town whose construction land is the smallest double gives ratios of 1 / 5e−324 = ∞;
 * every limit row and finding must carry null there, never a non-finite number.
 */
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { simulate } from '../../../src/core/simulate.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';

function nonFinitePaths(x: unknown, path = '$', out: string[] = []): string[] {
  if (typeof x === 'number' && !Number.isFinite(x)) out.push(path);
  else if (Array.isArray(x)) x.forEach((v, i) => nonFinitePaths(v, `${path}[${i}]`, out));
  else if (x !== null && typeof x === 'object') for (const [k, v] of Object.entries(x)) nonFinitePaths(v, `${path}.${k}`, out);
  return out;
}

describe('compliance with a 5e-324 km² construction land', () => {
  it('records the town\'s per-mu and residential rows with null ratios and no non-finite number anywhere', async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!loaded.ok) throw new Error('baseline invalid');
    const s = structuredClone(loaded.scenario) as { -readonly [K in keyof Scenario]: Scenario[K] };
    const town = s.towns[0];
    if (!town) throw new Error('baseline has no towns');
    s.towns = [{ ...town, land: { ...town.land, constructionLandKm2: 5e-324, residentialLandKm2: 1 } }, ...s.towns.slice(1)];
    const r = simulate(s);
    expect(nonFinitePaths({ limits: r.limits, findings: r.findings })).toEqual([]);
    const rows = r.limits.filter((l) => l.subject.id === town.id && l.rule === 'town.residential-share');
    expect(rows.length).toBeGreaterThan(0);
    // share = 1 / 5e-324 = Infinity → null; the headroom (0.3·5e-324 − 1)/(1 − 0.3) = −1/0.7 km² stays finite
    for (const row of rows) {
      expect(row.value).toBeNull();
      expect(row.headroom).toBeCloseTo(-1 / 0.7, 12);
    }
  });
});
