/** Helpers for scenario tests: the baseline as a plain document, edits by path, an in-memory file system. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import type { ScenarioIssue } from '../../src/scenario/issues.ts';
import { pathSegments } from '../../src/scenario/resolve.ts';
import { validateScenario } from '../../src/scenario/validate.ts';

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

/** The issues of a document expected to be invalid. */
export function issuesOf(doc: Doc): readonly ScenarioIssue[] {
  const r = validateScenario(doc);
  if (r.ok) throw new Error('expected the scenario to be invalid');
  return r.issues;
}

/** The one issue at `path` (fails the test if there is none or several). */
export function issueAt(issues: readonly ScenarioIssue[], path: string): ScenarioIssue {
  const found = issues.filter((i) => i.path === path);
  expect(found.map((i) => i.path), `issues: ${JSON.stringify(issues, null, 1)}`).toEqual([path]);
  return found[0] as ScenarioIssue;
}
