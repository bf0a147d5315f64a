import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

describe('townfisc run', () => {
  it('--json prints the SPEC §10 result, and two runs are byte-identical', () => {
    const a = townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json']);
    const b = townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const r = JSON.parse(a.stdout) as Record<string, unknown>;
    for (const k of ['engineVersion', 'scenario', 'years', 'city', 'districts', 'towns', 'ppp', 'funds', 'limits', 'findings', 'summary']) {
      expect(r).toHaveProperty(k);
    }
    expect((r.scenario as { hash: string }).hash).toMatch(/^[0-9a-f]{64}$/);
    // SPEC §10: the pool's execution and the clawbacks not recovered by the end
    expect(Object.keys((r.city as { rewardPool: object }).rewardPool)).toEqual(
      ['pool', 'claims', 'paid', 'lapsed', 'queued', 'dueAfterHorizon', 'clawbackDue', 'clawbackRecovered', 'receivable']);
    expect(r.summary).toHaveProperty('receivableAtEnd');
    expect(a.stdout).not.toMatch(/NaN|Infinity/);
  });

  it('prints a readable bilingual summary by default', () => {
    const r = townfisc(['run', 'scenarios/guangzhou-baseline.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/市级逐年 City by year/);
    expect(r.stdout).toMatch(/财政成本合计 fiscal cost total/);
    expect(r.stdout).toMatch(/奖补资金池执行情况 Reward pool execution/);
  });

  it('--out writes atomically and refuses to overwrite without --force', () => {
    const dir = mkdtempSync(join(tmpdir(), 'townfisc-'));
    const out = join(dir, 'result.json');
    expect(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--out', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('summary');
    const again = townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--force/);
    expect(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--out', out, '--force']).code).toBe(0);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});
