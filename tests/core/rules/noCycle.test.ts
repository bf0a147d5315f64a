/**
 * One home for rules (issue #11): debt and compliance both record through `core/rules`, so
 * neither module reaches the other. Walks every static import and re-export (type imports
 * too) from each module's files, transitively, and checks the other module is never reached.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../../src/core');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]/g;

/** The relative imports of one file, as absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => resolve(dirname(file), m[1]!));
}

/** Every file reachable from `roots` by static imports. */
function closure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    stack.push(...importsOf(f));
  }
  return seen;
}

const filesOf = (dir: string): string[] => readdirSync(join(CORE, dir)).filter((f) => f.endsWith('.ts')).map((f) => join(CORE, dir, f));
const inside = (dir: string) => (f: string): boolean => relative(join(CORE, dir), f).split(/[\\/]/)[0] !== '..';

describe('no import cycle between core/debt and core/compliance', () => {
  it('the walk sees the recorder: debt and compliance both reach core/rules/recorder.ts', () => {
    expect(closure(filesOf('debt')).has(join(CORE, 'rules/recorder.ts'))).toBe(true);
    expect(closure(filesOf('compliance')).has(join(CORE, 'rules/recorder.ts'))).toBe(true);
  });
  it('nothing core/debt imports, directly or not, is in core/compliance', () => {
    expect([...closure(filesOf('debt'))].filter(inside('compliance')).map((f) => relative(CORE, f))).toEqual([]);
  });
  it('nothing core/compliance imports, directly or not, is in core/debt', () => {
    expect([...closure(filesOf('compliance'))].filter(inside('debt')).map((f) => relative(CORE, f))).toEqual([]);
  });
});
