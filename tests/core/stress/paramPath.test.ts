import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { explainParam } from '../../../src/core/stress/index.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';

async function baseline(): Promise<Scenario> {
  const r = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
  if (!r.ok) throw new Error('baseline does not load');
  return r.scenario;
}

describe('explainParam: why a goal-seek path names no number (SPEC §8, §10 "a fix")', () => {
  it('null for a number; the failing step and what that level holds otherwise', async () => {
    const s = await baseline();
    expect(explainParam(s, 'rewards.pool')).toBeNull();
    expect(explainParam(s, 'towns[conghua-hot-spring].bonds[0].amount')).toBeNull();
    const typo = explainParam(s, 'towns[conghua-hot-spring].bonds[0].amout')!;
    expect(typo).toMatchObject({ kind: 'missing', step: 'towns[conghua-hot-spring].bonds[0].amout' });
    expect(typo.known[0]).toBe('towns[conghua-hot-spring].bonds[0].amount'); // numeric leaves first, alphabetical
    const town = explainParam(s, 'towns[nowhere].revenue')!;
    expect(town.kind).toBe('missing');
    expect(town.step).toBe('towns[nowhere]');
    expect(town.known).toEqual(s.towns.map((t) => `towns[${t.id}]`));
    const obj = explainParam(s, 'rewards')!;
    expect(obj.kind).toBe('not-a-number');
    expect(obj.known).toContain('rewards.pool');
    expect(explainParam(s, 'a..b')!.kind).toBe('syntax');
  });
});
