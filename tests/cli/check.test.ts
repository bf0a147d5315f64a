import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

describe('townfisc check (SPEC §10)', () => {
  it('exits 0 on the baseline, whose findings are documented warnings, and 1 with --strict', () => {
    const r = townfisc(['check', 'scenarios/guangzhou-baseline.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/违规 0 条/);
    expect(townfisc(['check', 'scenarios/guangzhou-baseline.yaml', '--strict']).code).toBe(1);
  });

  it('exits 1 on the PPP-overload variant and names the 10% breach with its source and headroom', () => {
    const r = townfisc(['check', 'scenarios/guangzhou-ppp-overload.yaml', '--json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { rule: string; level: string; source: string; headroom: number | null }[]; limits: unknown[] };
    const breach = out.findings.find((f) => f.rule === 'ppp.share.10' && f.level === 'breach');
    expect(breach?.source).toMatch(/财金〔2015〕21号/);
    expect(breach?.headroom).toBeLessThan(0);
    expect(out.limits.length).toBeGreaterThan(out.findings.length);
  });

  it('exits 1 on the fund-guarantee variant (明股实债 is a breach)', () => {
    const r = townfisc(['check', 'scenarios/guangzhou-fund-guarantee.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/fund\.guarantee/);
  });

  it('exits 2 on an invalid file with path-precise errors and no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'townfisc-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, readFileSync('scenarios/guangzhou-baseline.yaml', 'utf8').replace(/plannedAreaKm2: *[\d.]+/, 'plannedAreaKm2: -2'));
    const r = townfisc(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/towns\[\d+\]\.land\.plannedAreaKm2/);
    expect(r.stdout).toBe('');
  });

  it('--json for several files prints the array JSON.stringify would, one object per file; --limits applies to each', () => {
    const files = ['scenarios/guangzhou-baseline.yaml', 'scenarios/guangzhou-ppp-overload.yaml'];
    const one = files.map((f) => townfisc(['check', f, '--json']).stdout);
    const both = townfisc(['check', ...files, '--json']);
    expect(both.code).toBe(1);
    expect(both.stdout).toBe(`${JSON.stringify(one.map((t) => JSON.parse(t) as unknown), null, 2)}\n`);
    const slim = JSON.parse(townfisc(['check', ...files, '--json', '--limits', 'findings']).stdout) as Array<{ limits: Array<{ level: string }>; limitsIncluded: string }>;
    expect(slim.map((s) => s.limitsIncluded)).toEqual(['findings', 'findings']);
    expect(slim.every((s) => s.limits.every((l) => l.level !== 'ok'))).toBe(true);
  });
});
