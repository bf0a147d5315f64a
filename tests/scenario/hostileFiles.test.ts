import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clip, MAX_QUOTE } from '../../src/scenario/clip.ts';
import { MAX_DEPTH, tooDeep } from '../../src/scenario/depth.ts';
import { FileGuardError, readRegularFile } from '../../src/scenario/fileGuard.ts';
import { formatIssue } from '../../src/scenario/issues.ts';
import { jsonDuplicateKeys } from '../../src/scenario/jsonDuplicates.ts';
import { parseScenarioText } from '../../src/scenario/parseText.ts';

const deepJson = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

describe('hostile scenario text (issue #12)', () => {
  it('tooDeep(value) finds a value nested deeper than the cap without recursing', () => {
    expect(tooDeep({ a: [{ b: 1 }] })).toBeNull();
    expect(tooDeep(JSON.parse(deepJson(MAX_DEPTH)))).toBeNull(); // MAX_DEPTH objects: the deepest sits at depth MAX_DEPTH − 1
    expect(tooDeep(JSON.parse(deepJson(MAX_DEPTH + 1)))).toBe('a.a.a.a.a.a.a.a…');
    expect(tooDeep(JSON.parse(deepJson(100_000)))).not.toBeNull();
  });

  it('a JSON or YAML file nested 10,000 deep is refused with the depth message, not a stack overflow', () => {
    for (const [text, file] of [[deepJson(10_000), 'deep.json'], ['['.repeat(10_000) + ']'.repeat(10_000), 'deep.yaml'], ['a:\n' + Array.from({ length: 200 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n'), 'deep2.yaml']] as const) {
      const r = parseScenarioText(text, file);
      expect(r.ok, file).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.en).join()).toMatch(/nested too deeply.*at most 64 levels/);
    }
  });

  it('JSON with a byte-order mark loads like YAML does', () => {
    const r = parseScenarioText('\uFEFF{"id": "x"}', 's.json');
    expect(r.ok && r.doc).toEqual({ id: 'x' });
    expect(parseScenarioText('\uFEFFid: x\n', 's.yaml').ok).toBe(true);
  });

  it('duplicate keys in JSON are refused at their path and line, like YAML', () => {
    // second "x" starts at column 41 (after `{"a": {"b": 1, "c": [{"x": 1}, {"x": 1, `), second "b" at 51
    const text = '{"a": {"b": 1, "c": [{"x": 1}, {"x": 1, "x": 2}], "b": 2}, "s": "{\\"b\\": 1, \\"b\\": 2}"}';
    expect(jsonDuplicateKeys(text).map((d) => d.path)).toEqual(['a.c[1].x', 'a.b']);
    const r = parseScenarioText(text, 's.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => `${i.path} ${i.en.slice(0, 34)}`)).toEqual(['a.c[1].x duplicate key at line 1, column 41', 'a.b duplicate key at line 1, column 51']);
    expect(parseScenarioText('{"a": 1, "b": {"a": 2}}', 's.json').ok).toBe(true); // the same key in two mappings is fine
  });

  it('messages quote at most ~200 characters of a value: a 3 MB scalar file gives a short line', () => {
    const r = parseScenarioText('x'.repeat(3_000_000), 'big.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatIssue(r.issues[0]!).length).toBeLessThan(1200);
    expect(clip('y'.repeat(1000))).toHaveLength(MAX_QUOTE + ' (+801 chars)'.length);
    expect(formatIssue({ path: 'k'.repeat(10_000), value: 'v'.repeat(10_000), zh: '中'.repeat(10_000), en: 'e'.repeat(10_000) }).length).toBeLessThan(1500);
  });
});

describe('readRegularFile (issue #12: regular files only, size-capped)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'townfisc-guard-'));
  const reason = (path: string, max = 1024): string => {
    try {
      readRegularFile(path, max);
      return 'read';
    } catch (e) {
      expect(e).toBeInstanceOf(FileGuardError);
      return (e as FileGuardError).en;
    }
  };

  it('reads a regular file within the cap', () => {
    writeFileSync(join(dir, 'ok.yaml'), 'id: x\n');
    expect(readRegularFile(join(dir, 'ok.yaml'), 1024).toString()).toBe('id: x\n');
  });

  it('refuses /dev/zero at once, a directory, a missing file, /proc/self/environ and a file over the cap', () => {
    expect(reason('/dev/zero')).toMatch(/not a regular file/);
    expect(reason(dir)).toMatch(/directory/);
    expect(reason(join(dir, 'missing.yaml'))).toMatch(/no such file/);
    expect(reason('/proc/self/environ')).toMatch(/pseudo-file/);
    writeFileSync(join(dir, 'big.yaml'), 'x'.repeat(2048));
    expect(reason(join(dir, 'big.yaml'))).toMatch(/file too large \(0\.00 MB\); the limit is 0\.00 MB/);
  });
});
