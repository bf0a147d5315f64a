/**
 * `townfisc report` end to end (issue #7, SPEC §9–§10): every format written, the date
 * fixed by --date or SOURCE_DATE_EPOCH reproduces bytes, bad options and bad files exit 2
 * with nothing written, an existing file is kept without --force, and a failing or
 * interrupted export leaves no partial file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';
import { skipBrowserTests } from '../support/chromium.ts';

const BASE = 'scenarios/guangzhou-baseline.yaml';
const NORTH = 'scenarios/guangzhou-north-growth.yaml';
const dir = () => mkdtempSync(join(tmpdir(), 'townfisc-report-'));

function townfiscEnv(args: readonly string[], env: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return townfisc(args);
  } finally {
    for (const k of Object.keys(env)) if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
  }
}

describe('townfisc report', () => {
  it('writes csv, md, xlsx and html, the format taken from --format or the extension', () => {
    const d = dir();
    for (const [fmt, file] of [['csv', 'r.csv'], ['md', 'r.md'], ['xlsx', 'r.xlsx'], [undefined, 'r.html']] as const) {
      const r = townfisc(['report', BASE, NORTH, ...(fmt ? ['--format', fmt] : []), '--out', join(d, file), '--date', '2026-11-26']);
      expect(r.code, r.stderr).toBe(0);
    }
    expect(readFileSync(join(d, 'r.md'), 'utf8')).toContain('生成日期：2026-11-26');
    expect([...readFileSync(join(d, 'r.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(d, 'r.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(join(d, 'r.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(readdirSync(d).sort()).toEqual(['r.csv', 'r.html', 'r.md', 'r.xlsx']);
  }, 120_000);

  it('SOURCE_DATE_EPOCH fixes the date, so two exports are byte-identical', () => {
    const d = dir();
    const env = { SOURCE_DATE_EPOCH: '1790000000' }; // 2026-09-21
    expect(townfiscEnv(['report', BASE, '--out', join(d, 'a.html')], env).code).toBe(0);
    expect(townfiscEnv(['report', BASE, '--out', join(d, 'b.html')], env).code).toBe(0);
    const a = readFileSync(join(d, 'a.html'));
    expect(a.equals(readFileSync(join(d, 'b.html')))).toBe(true);
    expect(a.toString()).toContain('2026-09-21');
  }, 120_000);

  it('keeps an existing file unless --force', () => {
    const d = dir();
    const out = join(d, 'r.md');
    writeFileSync(out, 'keep me');
    const r = townfisc(['report', BASE, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/文件已存在.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(townfisc(['report', BASE, '--out', out, '--force', '--decimals', '0']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/\| 2026 \| 30,000,000 \|/);
  }, 120_000);

  it.each([
    [['--format', 'docx'], /--format/],
    [['--decimals', '9'], /--decimals 应为 0–6/],
    [['--lang', 'fr'], /--lang 应为 zh 或 en/],
    [['--date', '26/11/2026'], /--date 应为 YYYY-MM-DD/],
  ])('rejects %j with exit 2 and writes nothing', (extra, message) => {
    const d = dir();
    const r = townfisc(['report', BASE, '--out', join(d, 'r.csv'), ...extra]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(d)).toEqual([]);
  }, 60_000);

  it('--limits: findings by default, all on request (every limit row in the CSV); another value is exit 2, nothing written', () => {
    const d = dir();
    const rows = (f: string) => readFileSync(f, 'utf8').split('\n').filter((l) => l.split(',')[3]?.startsWith('limits.')).length;
    expect(townfisc(['report', BASE, '--out', join(d, 'f.csv')]).code).toBe(0);
    expect(townfisc(['report', BASE, '--out', join(d, 'a.csv'), '--limits', 'all']).code).toBe(0);
    expect(rows(join(d, 'a.csv'))).toBeGreaterThan(rows(join(d, 'f.csv')));
    const bad = townfisc(['report', BASE, '--out', join(d, 'x.csv'), '--limits', 'every']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--limits 应为 all 或 findings.*--limits must be all or findings/);
    expect(existsSync(join(d, 'x.csv'))).toBe(false);
  });

  it('an invalid scenario exits 2 with its problems, nothing written', () => {
    const d = dir();
    const bad = join(d, 'bad.yaml');
    writeFileSync(bad, 'id: x\nname: y\nstartYear: 2026\n');
    const r = townfisc(['report', bad, '--out', join(d, 'r.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/problem/);
    expect(readdirSync(d)).toEqual(['bad.yaml']);
  }, 60_000);

  it('a PDF export that fails (no Chromium) exits 2 bilingually and leaves no file, not even a temporary one', () => {
    const d = dir();
    const out = join(d, 'r.pdf');
    const r = townfiscEnv(['report', BASE, '--out', out], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/未找到 Chromium.*Chromium not found/);
    expect(readdirSync(d)).toEqual([]);
    // over an existing report with --force, the old file survives the failure intact
    writeFileSync(out, '%PDF-old');
    expect(townfiscEnv(['report', BASE, '--out', out, '--force'], { CHROMIUM_PATH: '/nonexistent/chromium' }).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('%PDF-old');
    expect(readdirSync(d)).toEqual(['r.pdf']);
  }, 60_000);

  it.skipIf(skipBrowserTests())('an export killed midway leaves either no file or the complete one', async () => {
    const d = dir();
    const out = join(d, 'r.pdf');
    const child = spawn(process.execPath, ['src/cli/bin.js', 'report', BASE, '--out', out], { stdio: 'ignore' });
    const exited = new Promise((r) => child.on('exit', r)); // listen now: on a fast machine it may finish before the kill
    await new Promise((r) => setTimeout(r, 8000)); // past start-up and the run, typically while Chromium prints
    child.kill('SIGKILL');
    await exited;
    if (existsSync(out)) expect(readFileSync(out).subarray(-6).toString('latin1')).toMatch(/%%EOF/);
    expect(readdirSync(d).filter((f) => f !== 'r.pdf' && !f.endsWith('.tmp'))).toEqual([]);
    // A kill between publishing and removing the temporary file may leave a stale `.tmp`
    // (SIGKILL cannot be caught); the next write to r.pdf removes it. Never a second report.
    expect(readdirSync(d).filter((f) => f === 'r.pdf' || (f.startsWith('.r.pdf') && !f.endsWith('.tmp'))).length).toBeLessThanOrEqual(1);
  }, 60_000);

  it.skipIf(skipBrowserTests())('writes a PDF with headless Chromium', () => {
    const d = dir();
    const r = townfisc(['report', BASE, '--format', 'pdf', '--out', join(d, 'r.pdf'), '--date', '2026-11-26']);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(d, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);
});
