/**
 * Loading a scenario with its `extends` chain (SPEC §2), browser-safe: the caller supplies
 * `readText` (fs in Node, fetch or an upload in the dashboard). Each file is parsed, the
 * chain is followed (relative to each file, cycles reported with the chain), files merge
 * parent-first (`merge.ts`), and the result is validated and hashed. Nothing is returned
 * half-valid: either a scenario, or every problem found.
 */
import type { Scenario } from '../core/model/scenario.ts';
import { resolveFrom } from './filePath.ts';
import { scenarioHash } from './hash.ts';
import type { ScenarioIssue } from './issues.ts';
import { mergeScenario, originOf } from './merge.ts';
import type { Origins } from './merge.ts';
import { parseScenarioText } from './parseText.ts';
import type { Loose } from './schema/loose.ts';
import { validateScenario } from './validate.ts';

/** The key naming the parent file: `extends: ./guangzhou-baseline.yaml`. */
export const EXTENDS_KEY = 'extends';

/** Longest `extends` chain followed (a guard; real variants are one or two deep). */
export const MAX_EXTENDS_DEPTH = 16;

/** Reads a scenario file's text by path (fs in Node, fetch or an upload in the browser); rejects when missing. */
export type ReadText = (path: string) => Promise<string>;

/** A resolved, validated and hashed scenario, or every problem found (SPEC §2). */
export type Resolved =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** SPEC §2 content hash of the validated scenario. */
      readonly hash: string;
      /** Warnings (allowed, probably not meant), each naming the file that set the value. */
      readonly warnings: readonly ScenarioIssue[];
      /** The merged document before validation (what `extends` produced). */
      readonly resolvedRaw: Loose;
      /** Files read, the entry first, then its parent, grandparent… */
      readonly files: readonly string[];
    }
  | {
      readonly ok: false;
      readonly issues: readonly ScenarioIssue[];
      readonly files: readonly string[];
      /** The merged document when the whole chain was read (so an editor can show and fix it). */
      readonly resolvedRaw?: Loose;
    };

type Chain =
  | { readonly docs: ReadonlyArray<{ readonly file: string; readonly doc: Loose }> }
  | { readonly issues: readonly ScenarioIssue[]; readonly files: readonly string[] };

function fileIssue(file: string, zh: string, en: string, value?: unknown): ScenarioIssue {
  return { path: '', value, zh, en, file };
}

/** Reads the entry file and its ancestors, entry first. */
async function readChain(entry: string, readText: ReadText): Promise<Chain> {
  const docs: Array<{ file: string; doc: Loose }> = [];
  let file = entry;
  for (;;) {
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      // A reader may give the reason in both languages (src/scenario/fileGuard.ts).
      const { zh = msg, en = msg } = e as { zh?: string; en?: string };
      const by = docs.at(-1)?.file;
      const issue = fileIssue(by ?? file, `无法读取文件 ${file}：${zh}`, `cannot read file ${file}: ${en}`, file);
      return { issues: [{ ...issue, path: by ? EXTENDS_KEY : '' }], files: docs.map((d) => d.file) };
    }
    const parsed = parseScenarioText(text, file);
    if (!parsed.ok) return { issues: parsed.issues, files: [...docs.map((d) => d.file), file] };
    const { [EXTENDS_KEY]: parent, ...doc } = parsed.doc;
    docs.push({ file, doc });
    if (parent === undefined) return { docs };
    const read = docs.map((d) => d.file);
    const fail = (zh: string, en: string): Chain => ({ issues: [{ ...fileIssue(file, zh, en, parent), path: EXTENDS_KEY }], files: read });
    if (typeof parent !== 'string' || parent.trim() === '') {
      return fail('extends 应为文件路径，如 ./guangzhou-baseline.yaml', 'extends must be a file path such as ./guangzhou-baseline.yaml');
    }
    const next = resolveFrom(file, parent.trim());
    const shown = [...read, next].join(' → ');
    if (read.includes(next)) return fail(`extends 形成循环：${shown}`, `extends forms a cycle: ${shown}`);
    if (docs.length >= MAX_EXTENDS_DEPTH) return fail(`extends 链超过 ${MAX_EXTENDS_DEPTH} 层：${shown}`, `extends chain deeper than ${MAX_EXTENDS_DEPTH}: ${shown}`);
    file = next;
  }
}

/**
 * Resolves, validates and hashes the scenario at `entry` (SPEC §2). File-level problems
 * (unreadable, not YAML/JSON, not a mapping, a cycle, a bad removal) name their file;
 * validation problems name the file that set the offending value.
 */
export async function resolveScenario(entry: string, readText: ReadText): Promise<Resolved> {
  const chain = await readChain(entry, readText);
  if ('issues' in chain) return { ok: false, issues: chain.issues, files: chain.files };
  const files = chain.docs.map((d) => d.file);
  const origins: Origins = new WeakMap();
  const issues: ScenarioIssue[] = [];
  let merged: Loose = {};
  for (const { file, doc } of [...chain.docs].reverse()) {
    const m = mergeScenario(merged, doc, file, origins);
    for (const i of m.issues) issues.push(i); // not push(...): half a million issues would overflow the stack
    merged = m.value;
  }
  const root = files.at(-1) ?? entry;
  const v = validateScenario(merged);
  if (!v.ok) for (const i of v.issues) issues.push({ ...i, file: originOf(merged, pathSegments(i.path), origins, root) });
  if (!v.ok || issues.length > 0) return { ok: false, issues, files, resolvedRaw: merged };
  const warnings = v.warnings.map((i) => ({ ...i, file: originOf(merged, pathSegments(i.path), origins, root) }));
  return { ok: true, scenario: v.scenario, hash: scenarioHash(v.scenario), warnings, resolvedRaw: merged, files };
}

/** `towns[3].land.x` → `['towns', 3, 'land', 'x']` (the inverse of `formatPath` for plain keys). */
export function pathSegments(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

/**
 * A `ReadText` over files held in memory (the dashboard's uploads or editor buffers),
 * keyed by the same normalised paths `extends` resolves to (`/s/base.yaml`).
 */
export function readTextFrom(files: Readonly<Record<string, string>>): ReadText {
  return async (path) => {
    const text = Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
    if (text === undefined) throw new Error(`no such file: ${path}`);
    return text;
  };
}
