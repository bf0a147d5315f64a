/**
 * The hostile-input corpus (issue #12) through the CLI, in-process (`runCli`, many cases in
 * one process) and a spawned subset (the real `townfisc` binary): every hostile case ends
 * in exit 2 with its path, a bounded message, no stack trace and nothing written; the odd
 * but legal ones run. No case ends in exit 3.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';
import { townfiscInProcess } from '../support/cliInProcess.ts';
import { hostileCorpus, type HostileCase } from '../support/hostileCorpus.ts';

const STACK = /\n\s+at .+:\d+/;
const MAX_LINE = 1500;
const MAX_STDERR = 150 * 1024;

const root = mkdtempSync(join(tmpdir(), 'townfisc-hostile-'));
const corpus = hostileCorpus();

/** The file a case is read from (written into its own folder), and an empty output folder. */
function prepare(c: HostileCase, i: number): { file: string; outDir: string } {
  const dir = join(root, `case-${i}`);
  const outDir = join(dir, 'out');
  mkdirSync(outDir, { recursive: true });
  if (c.path !== undefined) return { file: c.path, outDir };
  const file = join(dir, `c${i}.${c.ext ?? 'yaml'}`);
  writeFileSync(file, c.text ?? '');
  return { file, outDir };
}

function judge(c: HostileCase, r: { code: number | null; stdout: string; stderr: string }, outDir: string): void {
  const label = `${c.name}: ${r.stderr.slice(0, 300)}`;
  expect(r.code, label).not.toBe(3);
  expect(r.stderr, label).not.toMatch(STACK);
  expect(r.stderr.length, c.name).toBeLessThan(MAX_STDERR);
  for (const line of r.stderr.split('\n')) expect(line.length, `${c.name}: ${line.slice(0, 200)}`).toBeLessThan(MAX_LINE);
  expect(r.stdout, c.name).not.toMatch(/NaN|Infinity/);
  const written = readdirSync(outDir);
  if (c.expect === 'refused') {
    expect(r.code, label).toBe(2);
    expect(written, c.name).toEqual([]);
  } else {
    expect(r.code, label).toBe(0);
    expect(written, c.name).toEqual(['result.json']);
    expect(readFileSync(join(outDir, 'result.json'), 'utf8'), c.name).not.toMatch(/NaN|Infinity/);
  }
}

describe('hostile corpus through the CLI (in-process)', () => {
  it(`has at least 60 cases (${corpus.length})`, () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
  });

  it('every case: exit 2 with a bounded message and nothing written, or a finite run; never exit 3', async () => {
    for (const [i, c] of corpus.entries()) {
      const { file, outDir } = prepare(c, i);
      const r = await townfiscInProcess(['run', file, '--json', '--out', join(outDir, 'result.json')]);
      judge(c, r, outDir);
    }
  }, 300_000);

  it('refused cases name their path or file in the message', async () => {
    const named = [['legal debt 1e308', 'districts[0].legalDebt'], ['negative reward pool', 'rewards.pool'], ['JSON nested 10,000 deep', 'nested too deeply'], ['__proto__ as a KPI id', 'towns[0].kpis.__proto__'], ['/dev/zero', 'not a regular file'], ['extends /proc/self/environ', 'pseudo-file']] as const;
    for (const [name, text] of named) {
      const i = corpus.findIndex((c) => c.name === name);
      const { file } = prepare(corpus[i]!, i);
      const r = await townfiscInProcess(['validate', file]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(text);
      expect(r.stderr, name).not.toMatch(/GRPC_|PATH=|HOME=/); // never the environment
    }
  });

  it('a file over the 256 MiB cap is refused at once without being read, and a FIFO without blocking', async () => {
    const dir = mkdtempSync(join(root, 'big-'));
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 300 * 1024 * 1024); // sparse: nothing to read, only the size says no
    const r = await townfiscInProcess(['validate', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/file too large \(300 MB\); the limit is 256 MB/);
    const fifo = join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const f = await townfiscInProcess(['validate', fifo]);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/not a regular file/);
  });
});

describe('hostile corpus through the spawned binary (a subset)', () => {
  it('deep nesting, 1e308, /dev/zero, the environment and a 3 MB scalar: exit 2, short stderr, no stack', () => {
    for (const name of ['JSON nested 10,000 deep', 'legal debt 1e308', '/dev/zero', 'extends /proc/self/environ', 'a 3 MB scalar file']) {
      const i = corpus.findIndex((c) => c.name === name);
      const c = corpus[i]!;
      const { file, outDir } = prepare(c, i);
      judge(c, townfisc(['run', file, '--json', '--out', join(outDir, 'result.json')]), outDir);
    }
  }, 120_000);
});
