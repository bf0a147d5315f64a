import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateScenario } from '../../src/scenario/validate.ts';

type Loose = Record<string, unknown>;
const baseline = (): Loose => parse(readFileSync('scenarios/guangzhou-baseline.yaml', 'utf8')) as Loose;
const paths = (doc: unknown): string[] => {
  const v = validateScenario(doc);
  return v.ok ? [] : v.issues.map((i) => i.path);
};

describe('references between entities (SPEC §4.1, §5)', () => {
  it('the baseline references only defined towns and districts', () => {
    expect(paths(baseline())).toEqual([]);
  });

  it('a PPP project naming an unknown town or paying level is an error at its path, with a suggestion', () => {
    const doc = baseline();
    const ppp = doc.ppp as Loose[];
    const p0 = ppp[0] as Loose;
    p0.town = `${String(p0.town)}x`;
    (p0.payer as Loose).level = 'conghuaa';
    const v = validateScenario(doc);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    const town = v.issues.find((i) => i.path === 'ppp[0].town');
    expect(town?.en).toMatch(/did you mean/);
    expect(town?.zh).toMatch(/不存在/);
    expect(v.issues.some((i) => i.path === 'ppp[0].payer.level')).toBe(true);
  });

  it('a fund allocating to an unknown town is an error naming the key', () => {
    const doc = baseline();
    const f0 = (doc.funds as Loose[])[0] as Loose;
    f0.allocationByTown = { ...(f0.allocationByTown as Loose), 'no-such-town': 1000 };
    expect(paths(doc)).toContain('funds[0].allocationByTown.no-such-town');
  });
});

describe('references from the reward policy (SPEC §3)', () => {
  it('weights naming a KPI no town has are an error under rewards.weights', () => {
    const doc = baseline();
    const rewards = doc.rewards as Loose;
    rewards.weights = { ...(rewards.weights as Loose | undefined), 'no-such-kpi': 1 };
    expect(paths(doc)).toContain('rewards.weights.no-such-kpi');
  });
});
