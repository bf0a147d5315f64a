import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { townfisc } from '../support/cli.ts';

describe('townfisc validate', () => {
  it('exits 0 on the bundled baseline and names it', () => {
    const r = townfisc(['validate', 'scenarios/guangzhou-baseline.yaml']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/guangzhou-baseline\.yaml/);
  });

  it('lists every problem of a broken copy with its path, exits 2, and prints no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'townfisc-'));
    const text = readFileSync('scenarios/guangzhou-baseline.yaml', 'utf8')
      .replace(/horizonYears: *\d+/, 'horizonYears: 61')
      .replace(/residentialLandKm2: *[\d.]+/, 'residentialLandKm2: -1')
      .replace(/retainedShare: *[\d.]+/, 'retainedShare: abc');
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, text);
    const r = townfisc(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/horizonYears/);
    expect(r.stderr).toMatch(/towns\[\d+\]\.land\.residentialLandKm2/);
    expect(r.stderr).toMatch(/city\.retainedShare/);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/); // Chinese message present
    expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/); // no stack trace
  });

  it('reports a file that is not YAML as a problem, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'townfisc-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'city: [unclosed\n  towns: {');
    const r = townfisc(['validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('exits 2 with a readable line on a missing file', () => {
    const r = townfisc(['validate', 'scenarios/does-not-exist.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does-not-exist\.yaml/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('exits 2 on a usage error', () => {
    expect(townfisc(['validate']).code).toBe(2);
    expect(townfisc(['no-such-command']).code).toBe(2);
  });
});

describe('townfisc schema', () => {
  it('prints the JSON Schema that is committed as scenarios/schema.json', () => {
    const r = townfisc(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync('scenarios/schema.json', 'utf8')));
  });
});
