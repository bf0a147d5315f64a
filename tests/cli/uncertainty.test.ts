import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

const FILE = 'scenarios/guangzhou-baseline.yaml';

describe('townfisc sensitivity and goal-seek (SPEC §8, §10)', () => {
  it('sensitivity --json: tornado data sorted by swing; an unknown metric is exit 2 with the list', () => {
    const r = townfisc(['sensitivity', FILE, '--output', 'summary.fiscalCostTotal', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { output: string; base: number; drivers: { driver: string; swing: number }[] };
    expect(j.output).toBe('summary.fiscalCostTotal');
    expect(j.drivers).toHaveLength(7);
    for (let i = 1; i < j.drivers.length; i++) expect(j.drivers[i - 1]!.swing).toBeGreaterThanOrEqual(j.drivers[i]!.swing);
    const bad = townfisc(['sensitivity', FILE, '--output', 'city.nothing']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/未知指标 \/ unknown metric/);
    expect(bad.stderr).toMatch(/district\.conghua\.broadRatio/);
  }, 60_000);

  it('goal-seek --json reports value, bracket, tolerance and iterations; bad input is exit 2', () => {
    const r = townfisc(['goal-seek', FILE, '--param', 'towns[conghua-hot-spring].bonds[0].amount', '--rule', 'district.tier',
      '--subject', 'district:conghua', '--lo', '0', '--hi', '500000', '--tol', '1', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(j).toMatchObject({ param: 'towns[conghua-hot-spring].bonds[0].amount', rule: 'district.tier', direction: 'max', holds: true, bracket: [0, 500000], tolerance: 1 });
    expect(154_750 - (j.value as number)).toBeLessThanOrEqual(1.01);
    expect(townfisc(['goal-seek', FILE, '--param', 'towns[x].nothing', '--rule', 'district.tier']).code).toBe(2);
    const rule = townfisc(['goal-seek', FILE, '--param', 'rewards.pool', '--rule', 'no.such-rule']);
    expect(rule.code).toBe(2);
    expect(rule.stderr).toMatch(/not a rule evaluated/);
    // a misspelt parameter and a misspelt rule: both at once, each with the fix, exit 2, no stack
    const both = townfisc(['goal-seek', FILE, '--param', 'towns[conghua-hot-spring].bonds[0].amout', '--rule', 'district.tierr']);
    expect(both.code).toBe(2);
    const lines = both.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^--param "towns\[conghua-hot-spring\]\.bonds\[0\]\.amout"：.*不存在 \/ .*names nothing; 是否指 \/ did you mean "towns\[conghua-hot-spring\]\.bonds\[0\]\.amount"\?/);
    expect(lines[1]).toMatch(/^--rule "district\.tierr"：.*did you mean district\.tier\? 可选 \/ one of: /);
    expect(both.stderr).not.toMatch(/\n\s+at /);
    // an object, not a number: the numbers below it are offered
    const obj = townfisc(['goal-seek', FILE, '--param', 'rewards', '--rule', 'district.tier']);
    expect(obj.code).toBe(2);
    expect(obj.stderr).toMatch(/"rewards" 是对象或列表，不是数值 \/ "rewards" is an object or a list, not a number; 可选 \/ one of: .*rewards\.pool/);
  }, 60_000);
});
