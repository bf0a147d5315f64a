/** Helpers for scenario tests: the baseline as a plain document, edits by path, an in-memory file system. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { ScenarioIssue } from '../../src/scenario/issues.ts';
import { pathSegments } from '../../src/scenario/resolve.ts';
import type { ReadText } from '../../src/scenario/resolve.ts';

export const BASELINE_FILE = 'scenarios/guangzhou-baseline.yaml';

export type Doc = Record<string, unknown>;

/** A fresh copy of the baseline scenario as parsed from YAML (before validation). */
export function baselineDoc(): Doc {
  return parse(readFileSync(BASELINE_FILE, 'utf8')) as Doc;
}

/**
 * A copy of `doc` with values set by path (`'towns[3].land.residentialLandKm2': 5`);
 * `undefined` deletes the key. Intermediate objects must exist.
 */
export function edit(doc: Doc, changes: Readonly<Record<string, unknown>>): Doc {
  const out = structuredClone(doc);
  for (const [path, value] of Object.entries(changes)) {
    const segs = pathSegments(path);
    const last = segs.pop();
    let cur: unknown = out;
    for (const s of segs) cur = (cur as Record<string | number, unknown>)[s];
    if (typeof cur !== 'object' || cur === null || last === undefined) throw new Error(`no such path: ${path}`);
    if (value === undefined) delete (cur as Record<string | number, unknown>)[last];
    else (cur as Record<string | number, unknown>)[last] = value;
  }
  return out;
}

/** The one issue at `path` (fails the test if there is none or several). */
export function issueAt(issues: readonly ScenarioIssue[], path: string): ScenarioIssue {
  const found = issues.filter((i) => i.path === path);
  expect(found.map((i) => i.path), `issues: ${JSON.stringify(issues, null, 1)}`).toEqual([path]);
  return found[0] as ScenarioIssue;
}

/** An in-memory file system for `resolveScenario`; a missing file rejects like fs does. */
export function memoryFiles(files: Readonly<Record<string, string>>): ReadText {
  return async (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
    return text;
  };
}
