import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

describe('townfisc compare (SPEC §10)', () => {
  it('puts key metrics side by side with deltas against the first scenario', () => {
    const r = townfisc(['compare', 'scenarios/guangzhou-exante.yaml', 'scenarios/guangzhou-elastic.yaml', '--json']);
    expect(r.code).toBe(0);
    const c = JSON.parse(r.stdout) as { scenarios: { id: string }[]; metrics: { key: string; values: (number | null)[]; delta: (number | null)[] }[] };
    expect(c.scenarios.map((s) => s.id)).toEqual(['guangzhou-exante', 'guangzhou-elastic']);
    const waste = c.metrics.find((m) => m.key === 'wastedOnRemoved');
    const a = waste?.values[0] ?? 0;
    const b = waste?.values[1] ?? 0;
    expect(waste?.delta).toEqual([0, b - a]);
    expect(b).toBeLessThan(a); // elastic rewards pay less to towns later removed
  });

  it('prints a readable table by default', () => {
    const r = townfisc(['compare', 'scenarios/guangzhou-baseline.yaml', 'scenarios/guangzhou-north-growth.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/财政成本合计 Fiscal cost, total/);
    expect(r.stdout).toMatch(/Δ vs guangzhou-baseline/);
    // reward cost per job is 万元 per job (SPEC §3 "Outputs"), not a multiple
    expect(r.stdout).toMatch(/每个就业岗位的奖补成本（万元\/人） Reward cost per job \(万元 per job\)/);
  });

  it('needs at least two scenarios (exit 2)', () => {
    const r = townfisc(['compare', 'scenarios/guangzhou-baseline.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/至少两个|at least two/);
  });
});
