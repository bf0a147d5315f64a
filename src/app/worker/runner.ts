/**
 * What the worker computes, as plain async functions (testable in Node): resolve a scenario
 * of the library (bundled file, imported file, or variant = an `extends` document over its
 * lever layer over its parent, SPEC §2) with `src/scenario`'s resolver — the CLI's merge,
 * validator, messages and hash — and run `simulate`. Resolved scenarios and results are cached (by content and by hash), so a
 * comparison that shows the baseline again does not run it again.
 */
import { simulate } from '../../core/simulate.ts';
import type { RunResult } from '../../core/result.ts';
import type { Scenario } from '../../core/model/scenario.ts';
import { resolveScenario } from '../../scenario/index.ts';
import { MAX_EXTENDS_DEPTH } from '../../scenario/resolve.ts';
import { capIssues } from '../../scenario/issues.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import type { Loose } from '../../scenario/schema/loose.ts';
import { scenarioMeta } from '../meta.ts';
import { BUNDLED_DIR, contentKey, isUserPath, type UserEntry } from '../state/library.ts';
import { leverPatch, leverStates, type LeverState } from '../state/levers.ts';
import type { CheckReply, FileReply, ReportReply, ResolvedReply, RunReply, SettleReply } from './protocol.ts';
import { buildSettlement } from '../../core/actuals/settlement/build.ts';
import { actualsHash } from '../../scenario/actualsHash.ts';

import { sizeIssue } from './sizeLimit.ts';
import { foldLayers, leverDocument, variantDocument, variantOfLayer } from './variantDoc.ts';
import { depthMessage, tooDeep } from '../../scenario/depth.ts';

/** A failed variant still carries its merged document (`doc`), so the editor's forms can show and fix it. */
type Resolution = { ok: true; scenario: Scenario; hash: string; doc: Loose } | { ok: false; issues: readonly ScenarioIssue[]; doc?: Loose };

const CACHE_LIMIT = 24;

function remember<K, V>(m: Map<K, V>, k: K, v: V): V {
  m.set(k, v);
  if (m.size > CACHE_LIMIT) m.delete(m.keys().next().value as K);
  return v;
}

const issue = (zh: string, en: string, file?: string): ScenarioIssue => ({ path: '', value: undefined, zh, en, ...(file ? { file } : {}) });

export interface Runner {
  run(path: string, user: readonly UserEntry[]): Promise<RunReply>;
  check(fileName: string, text: string, user: readonly UserEntry[]): Promise<CheckReply>;
  resolved(path: string, user: readonly UserEntry[]): Promise<ResolvedReply>;
  file(path: string, user: readonly UserEntry[]): Promise<FileReply>;
  reportInputs(paths: readonly string[], user: readonly UserEntry[]): Promise<ReportReply>;
  /** The settlement of `year` (default: the last year with town actuals) and the plan without actuals (SPEC §12). */
  settle(path: string, user: readonly UserEntry[], year: number | null): Promise<SettleReply>;
}

/** A runner over the bundled scenario texts (virtual path → text). */
export function createRunner(bundled: ReadonlyMap<string, string>, clock: () => number = () => performance.now()): Runner {
  const resolutions = new Map<string, Resolution>();
  const results = new Map<string, RunResult>();

  /**
   * Text of a virtual file: an imported user file, a variant's `extends` document, a
   * variant's lever layer (computed over its resolved parent), or a bundled file;
   * `/user/x.yaml` extending `./baseline.yaml` finds the bundled baseline.
   */
  const readText = (user: readonly UserEntry[], depth: number, extra?: { path: string; text: string }) => async (p: string): Promise<string> => {
    if (extra && p === extra.path) return extra.text;
    const own = user.find((e) => e.path === p);
    if (own?.kind === 'imported') return own.text;
    if (own?.kind === 'variant') return JSON.stringify(variantDocument(own));
    const layered = variantOfLayer(p, user);
    if (layered) {
      const parent = await resolve(layered.parent, user, depth + 1);
      if (!parent.ok) throw new Error(`the parent ${layered.parent} does not resolve`);
      return JSON.stringify(leverDocument(layered, parent.scenario));
    }
    const t = bundled.get(p) ?? (isUserPath(p) ? bundled.get(`${BUNDLED_DIR}${p.slice(p.lastIndexOf('/') + 1)}`) : undefined);
    if (t === undefined) throw new Error('no such scenario file');
    return t;
  };

  /**
   * Resolves a library path with `src/scenario`'s `resolveScenario` (SPEC §2): a variant is
   * an `extends` document (see `variantDoc.ts`), so it merges, validates and hashes exactly
   * as a file would in the CLI. A variant whose parent fails reports the parent's problems.
   */
  async function resolve(path: string, user: readonly UserEntry[], depth = 0): Promise<Resolution> {
    const key = contentKey(path, user);
    const hit = resolutions.get(key);
    if (hit) return hit;
    const entry = user.find((e) => e.path === path);
    if (entry?.kind === 'variant') {
      if (depth > MAX_EXTENDS_DEPTH) return { ok: false, issues: [issue('变体层级过深或形成循环', 'variants nested too deep, or in a cycle', path)] };
      const deep = tooDeep(entry.override);
      if (deep !== null) {
        const m = depthMessage(deep);
        return { ok: false, issues: [issue(m.zh, m.en, path)] };
      }
      const parent = await resolve(entry.parent, user, depth + 1);
      if (!parent.ok) return { ok: false, issues: parent.issues };
    }
    const r = await resolveScenario(path, readText(user, depth));
    // Problems set by a variant's lever layer are the variant's own (the layer is not a file the user sees).
    const named = (i: ScenarioIssue): ScenarioIssue => (i.file !== undefined && variantOfLayer(i.file, user) ? { ...i, file: path } : i);
    const res: Resolution = r.ok
      ? { ok: true, scenario: r.scenario, hash: r.hash, doc: r.resolvedRaw }
      : { ok: false, issues: r.issues.map(named), ...(r.resolvedRaw ? { doc: r.resolvedRaw } : {}) };
    return remember(resolutions, key, res);
  }

  return {
    async run(path, user) {
      const t0 = clock();
      const entry = user.find((e) => e.path === path);
      let levers: LeverState[] = [];
      const r = await resolve(path, user);
      if (entry?.kind === 'variant') {
        const parent = await resolve(entry.parent, user);
        if (parent.ok) levers = leverStates(parent.scenario, entry.levers, r.ok ? r.scenario : undefined);
      }
      // A variant's merged document goes to the editor's entity forms (prefilled from it).
      const doc = entry?.kind === 'variant' ? r.doc : undefined;
      if (!r.ok) return { ok: false, issues: capIssues(r.issues), levers, ...(doc ? { doc } : {}) };
      const t1 = clock();
      const result = results.get(r.hash) ?? remember(results, r.hash, simulate(r.scenario, { hash: r.hash }));
      const t2 = clock();
      return { ok: true, result, meta: scenarioMeta(r.scenario), levers, timing: { resolveMs: t1 - t0, simulateMs: t2 - t1 }, ...(doc ? { doc } : {}) };
    },
    async check(fileName, text, user) {
      const size = sizeIssue(fileName, new TextEncoder().encode(text).length);
      if (size) return { ok: false, issues: [size] };
      const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, '-');
      const path = `/user/${/\.(json|ya?ml)$/i.test(safe) ? safe : `${safe}.yaml`}`;
      const r = await resolveScenario(path, readText(user, 0, { path, text }));
      if (!r.ok) return { ok: false, issues: capIssues(r.issues).map((i) => (i.file === path ? { ...i, file: fileName } : i)) };
      return { ok: true, id: r.scenario.id, name: r.scenario.name };
    },
    async resolved(path, user) {
      const r = await resolve(path, user);
      return r.ok ? { ok: true, doc: r.doc, hash: r.hash } : { ok: false, issues: r.issues };
    },
    async reportInputs(paths, user) {
      const runs: { result: RunResult; scenario: Scenario }[] = [];
      for (const p of paths) {
        const r = await resolve(p, user);
        if (!r.ok) return { ok: false, issues: r.issues };
        const result = results.get(r.hash) ?? remember(results, r.hash, simulate(r.scenario, { hash: r.hash }));
        runs.push({ result, scenario: r.scenario });
      }
      return { ok: true, runs };
    },
    async settle(path, user, year) {
      const r = await resolve(path, user);
      if (!r.ok) return { ok: false, issues: r.issues };
      const s = r.scenario;
      const actualYears = [...new Set(s.actuals?.towns.map((x) => x.year) ?? [])].sort((a, b) => a - b);
      const y = year ?? actualYears.at(-1) ?? s.startYear;
      if (y < s.startYear || y >= s.startYear + s.horizonYears) return { ok: false, issues: [issue(`年份 ${y} 不在情景期间内`, `year ${y} is outside the horizon`, path)] };
      const result = results.get(r.hash) ?? remember(results, r.hash, simulate(s, { hash: r.hash }));
      const settlement = buildSettlement(s, result, { year: y, hash: r.hash, actualsHash: actualsHash(s.actuals) });
      const planned = simulate({ ...s, actuals: undefined });
      return { ok: true, settlement, actualYears, plan: planned.towns.map((t) => ({ id: t.id, achievement: t.achievement, paid: t.rewards.total })) };
    },
    async file(path, user) {
      const entry = user.find((e) => e.path === path);
      if (entry?.kind === 'imported') return { ok: true, kind: 'text', text: entry.text };
      if (entry?.kind !== 'variant') {
        const text = bundled.get(path);
        return text === undefined ? { ok: false, issues: [issue('没有这个情景文件', 'no such scenario file', path)] } : { ok: true, kind: 'text', text };
      }
      const parent = await resolve(entry.parent, user);
      if (!parent.ok) return { ok: false, issues: parent.issues };
      const folded = foldLayers(leverPatch(parent.scenario, entry.levers), entry.override) as Loose;
      const parentFile = entry.parent.slice(entry.parent.lastIndexOf('/') + 1);
      return { ok: true, kind: 'doc', doc: { extends: `./${parentFile}`, ...folded } };
    },
  };
}
