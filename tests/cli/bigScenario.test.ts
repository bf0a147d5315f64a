/**
 * A national-scale scenario (issue #12 acceptance): 10,000 generated towns run with
 * `run --json` and `check --json`, streamed, within 2 GB. Slow (about a minute of engine
 * time each on a quiet machine), so it runs only with TOWNFISC_BIG=1 (`TOWNFISC_BIG=1 npx
 * vitest run tests/cli/bigScenario.test.ts`). Peak memory is read with GNU time where it
 * is installed; the heap is capped below 2 GB in any case, so an overrun fails the run.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticDoc } from '../bench/synthetic.ts';

const BIG = process.env.TOWNFISC_BIG === '1';
const TOWNS = 10_000;
const MAX_KB = 2 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'townfisc-big-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI with the heap capped; returns exit code, stderr and peak RSS in KB (null without GNU time). */
function runBig(args: readonly string[], stdoutFile: string): { code: number | null; stderr: string; peakKb: number | null } {
  const node = [process.execPath, '--max-old-space-size=1800', 'src/cli/bin.js', ...args];
  const gnuTime = existsSync('/usr/bin/time');
  const fd = openSync(stdoutFile, 'w');
  try {
    const r = gnuTime
      ? spawnSync('/usr/bin/time', ['-f', 'peak-kb %M', ...node], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' })
      : spawnSync(node[0] as string, node.slice(1), { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    const m = /peak-kb (\d+)\s*$/.exec(r.stderr);
    return { code: r.status, stderr: r.stderr, peakKb: m ? Number(m[1]) : null };
  } finally {
    closeSync(fd);
  }
}

/** The last `n` bytes of a file, as text. */
function tail(file: string, n: number): string {
  const size = statSync(file).size;
  const buf = Buffer.alloc(Math.min(n, size));
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, buf.length, size - buf.length);
  } finally {
    closeSync(fd);
  }
  return buf.toString('utf8');
}

describe.skipIf(!BIG)(`a generated ${TOWNS}-town scenario (TOWNFISC_BIG=1)`, () => {
  const scenario = join(dir, `towns-${TOWNS}.json`);
  beforeAll(() => writeFileSync(scenario, JSON.stringify(syntheticDoc({ towns: TOWNS, years: 15 }))));

  it('run --json streams the whole result within 2 GB', () => {
    const out = join(dir, 'run.json');
    const r = runBig(['run', scenario, '--json'], out);
    expect(r.stderr.replace(/peak-kb \d+\s*$/, '')).toBe('');
    expect(r.code).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(100_000_000);
    expect(tail(out, 4096)).toMatch(/"summary": \{[\s\S]*"warnings": \d+\n {2}\}\n\}\n$/);
    if (r.peakKb !== null) expect(r.peakKb).toBeLessThan(MAX_KB);
  });

  it('check --json streams every limit within 2 GB', () => {
    const out = join(dir, 'check.json');
    const r = runBig(['check', scenario, '--json'], out);
    expect(r.code === 0 || r.code === 1).toBe(true);
    expect(tail(out, 4096)).toMatch(/"level": "(ok|warning|breach)"\n {4}\}\n {2}\]\n\}\n$/);
    if (r.peakKb !== null) expect(r.peakKb).toBeLessThan(MAX_KB);
  });
});
