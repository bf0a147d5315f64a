import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/core/simulate.ts';
import { loadScenarioFile } from '../../src/scenario/loadFile.ts';
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

  it('--json streams exactly JSON.stringify(result, null, 2) of the in-process run, to stdout and to --out', async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-baseline.yaml');
    if (!loaded.ok) throw new Error('baseline invalid');
    const expected = `${JSON.stringify(simulate(loaded.scenario, { hash: loaded.hash }), null, 2)}\n`;
    expect(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json']).stdout).toBe(expected);
    const out = join(mkdtempSync(join(tmpdir(), 'townfisc-')), 'r.json');
    expect(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('--limits findings keeps only warning and breach rows and says so; none leaves them out; all is the default', () => {
    const all = JSON.parse(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--limits', 'all']).stdout) as { limits: Array<{ level: string }>; limitsIncluded?: string };
    const findings = JSON.parse(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--limits', 'findings']).stdout) as typeof all;
    const none = JSON.parse(townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--limits', 'none']).stdout) as Partial<typeof all>;
    expect(all.limitsIncluded).toBeUndefined();
    expect(findings.limitsIncluded).toBe('findings');
    expect(findings.limits).toEqual(all.limits.filter((l) => l.level !== 'ok'));
    expect(findings.limits.length).toBeGreaterThan(0); // the baseline has documented warnings
    expect(none).not.toHaveProperty('limits');
    expect(none.limitsIncluded).toBe('none');
  });

  it('an unknown --limits value is a bilingual usage error (exit 2), before any work', () => {
    const r = townfisc(['run', 'scenarios/guangzhou-baseline.yaml', '--json', '--limits', 'some']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--limits 应为 all\|findings\|none/);
    expect(r.stderr).toMatch(/must be one of all, findings, none/);
    expect(r.stdout).toBe('');
  });
});
