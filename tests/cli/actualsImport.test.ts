import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

describe('townfisc template --actuals / import (SPEC §12)', () => {
  it('writes the actuals template of a year from a scenario', () => {
    const d = mkdtempSync(join(tmpdir(), 'townfisc-act-'));
    const r = townfisc(['template', '--actuals', '--year', '2026', '--scenario', 'scenarios/guangzhou-baseline.yaml', '--out', join(d, 'a.xlsx')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('2026 年实际数 actuals, 7 个区 districts');
  }, 60_000);

  it('a damaged workbook never overwrites an existing output, even with --force', () => {
    const d = mkdtempSync(join(tmpdir(), 'townfisc-act-'));
    const good = join(d, 'good.xlsx');
    expect(townfisc(['template', '--actuals', '--year', '2026', '--scenario', 'scenarios/guangzhou-baseline.yaml', '--out', good]).code).toBe(0);
    const damaged = join(d, 'damaged.xlsx');
    writeFileSync(damaged, readFileSync(good).subarray(0, 2000));
    const out = join(d, 'actuals.yaml');
    writeFileSync(out, 'previous: content\n');
    const r = townfisc(['import', good, damaged, '--extends', resolve('scenarios/guangzhou-baseline.yaml'), '--out', out, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('damaged.xlsx');
    expect(r.stderr).toContain('nothing written');
    expect(readFileSync(out, 'utf8')).toBe('previous: content\n');
  }, 60_000);
});
