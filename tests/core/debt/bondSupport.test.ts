/** A special bond's cash gap paid from the budget is fiscal cost (SPEC §1 "Fiscal cost", §6 "Special bonds"). */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { simulate } from '../../../src/core/simulate.ts';
import { sumFen } from '../../../src/core/ledger/index.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import type { RunResult } from '../../../src/core/result.ts';

describe('budget support of a special-bond cash gap', () => {
  let base: RunResult;
  let gap: RunResult;
  beforeAll(async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!loaded.ok) throw new Error('baseline invalid');
    const s = loaded.scenario;
    // conghua-hot-spring's bond (50,000 万元, 10 years, annuity ≈ 5,6xx a year): project revenue of 70,000 in 2031 only (life-time coverage ≈ 1.24 ≥ 1.2)
    const towns = s.towns.map((t) => (t.id !== 'conghua-hot-spring' ? t : {
      ...t, bonds: t.bonds.map((b) => ({ ...b, projectRevenue: { kind: 'table', byYear: { 2031: 70000 }, fill: 'zero' } as const })),
    }));
    const withGap: Scenario = { ...s, towns };
    base = simulate(s);
    gap = simulate(withGap);
  });

  it('is paid in the gap years 2027–2030 (the annuity each year), then revenue covers the rest', () => {
    const support = gap.towns.find((t) => t.id === 'conghua-hot-spring')?.bondSupport ?? [];
    expect(support.slice(1, 5).every((x) => x > 5000)).toBe(true);
    expect(support[0]).toBe(0);
    expect(support.slice(5).every((x) => x === 0)).toBe(true);
    expect(gap.districts.find((d) => d.id === 'conghua')?.bondSupport).toEqual(support);
  });
  it('adds exactly that support to the city fiscal cost, year by year', () => {
    const support = gap.towns.find((t) => t.id === 'conghua-hot-spring')?.bondSupport ?? [];
    gap.years.forEach((_, t) => expect(gap.city.fiscalCost[t]).toBe(sumFen([base.city.fiscalCost[t] ?? 0, support[t] ?? 0])));
  });
  it('warns under bond.self-balance in the gap years, saying the budget pays', () => {
    const f = gap.findings.filter((x) => x.rule === 'bond.self-balance');
    expect(f.map((x) => x.year)).toEqual([2027, 2028, 2029, 2030]);
    expect(f[0]?.message).toMatch(/当年由预算补足 .* 万元（计入财政成本）/);
  });
});
