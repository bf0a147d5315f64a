/**
 * Scenario text → document (SPEC §2 "one file, YAML or JSON, same schema"). JSON files
 * are read as JSON; anything else as YAML (a superset of JSON, so JSON text in a `.yaml`
 * file loads too). Syntax errors become issues with line and column; the top level must
 * be a mapping. Browser-safe.
 *
 * YAML is read by js-yaml where it reads exactly as the `yaml` library would (fastYaml.ts,
 * about ten times faster on a large file); every other file, and every file with an error,
 * an anchor or a directive, is read by `yaml`, whose messages carry line and column and
 * whose `maxAliasCount` refuses alias bombs.
 */
import { parseDocument } from 'yaml';
import { readYamlFast } from './fastYaml.ts';
import { clip } from './clip.ts';
import { depthMessage, isStackOverflow, tooDeep } from './depth.ts';
import type { ScenarioIssue } from './issues.ts';
import { jsonDuplicateKeys } from './jsonDuplicates.ts';
import type { Loose } from './schema/loose.ts';
import { isRecord } from './schema/loose.ts';

/** A parsed top-level mapping, or the file's problems. */
export type Parsed = { readonly ok: true; readonly doc: Loose } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** Aliases a YAML file may expand (guards against "billion laughs" files, SPEC §9). */
const MAX_ALIASES = 1000;

function fileIssue(file: string, zh: string, en: string, value?: unknown): ScenarioIssue {
  return { path: '', value, zh, en, file };
}

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** The document a syntax reads, or its syntax errors. */
type Read = { readonly value: unknown } | { readonly issues: readonly ScenarioIssue[] };

function parseJson(text: string, file: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    const msg = clip(e instanceof Error ? e.message : String(e));
    const m = /position (\d+)/.exec(msg);
    const where = m ? lineColumn(text, Number(m[1])) : null;
    const at = where ? `第 ${where.line} 行第 ${where.col} 列` : '';
    const atEn = where ? ` at line ${where.line}, column ${where.col}` : '';
    return { issues: [fileIssue(file, `JSON 语法错误${at}：${msg}`, `JSON syntax error${atEn}: ${msg}`)] };
  }
  const dups = jsonDuplicateKeys(text);
  if (dups.length === 0) return { value };
  return {
    issues: dups.map((d) => {
      const { line, col } = lineColumn(text, d.offset);
      return { ...fileIssue(file, `重复的键（第 ${line} 行第 ${col} 列）：同一映射中每个键只能出现一次，请删除或合并其中一个`,
        `duplicate key at line ${line}, column ${col}: each key appears once in a mapping; remove or merge one`), path: d.path };
    }),
  };
}

function deepIssue(file: string, at: string | null): ScenarioIssue {
  const { zh, en } = depthMessage(at);
  return fileIssue(file, zh, en);
}

function parseYaml(text: string, file: string): Read {
  const fast = readYamlFast(text);
  if (fast) return fast;
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    if (isStackOverflow(e)) return { issues: [deepIssue(file, null)] };
    throw e;
  }
  if (doc.errors.some((err) => /call stack/i.test(err.message))) return { issues: [deepIssue(file, null)] };
  if (doc.errors.length > 0) {
    return {
      issues: doc.errors.map((err) => {
        const pos = err.linePos?.[0] ?? lineColumn(text, err.pos[0]);
        const msg = clip(err.message.split('\n')[0] ?? err.message);
        return fileIssue(file, `YAML 语法错误（第 ${pos.line} 行第 ${pos.col} 列）：${msg}`,
          `YAML syntax error at line ${pos.line}, column ${pos.col}: ${msg}`);
      }),
    };
  }
  try {
    return { value: doc.toJS({ maxAliasCount: MAX_ALIASES }) as unknown };
  } catch (e) {
    if (isStackOverflow(e)) return { issues: [deepIssue(file, null)] };
    const msg = clip(e instanceof Error ? e.message : String(e));
    return { issues: [fileIssue(file, `YAML 无法读取：${msg}`, `YAML could not be read: ${msg}`)] };
  }
}

/** Parses one scenario file's text; `file` names it in issues and picks the syntax (`.json` → JSON). */
export function parseScenarioText(raw: string, file: string): Parsed {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw; // a byte-order mark, as editors on Windows write
  const read = /\.json$/i.test(file) ? parseJson(text, file) : parseYaml(text, file);
  if ('issues' in read) return { ok: false, issues: read.issues };
  const value = read.value;
  const deep = tooDeep(value);
  if (deep !== null) return { ok: false, issues: [deepIssue(file, deep)] };
  if (!isRecord(value)) {
    const shown = clip(JSON.stringify(value) ?? String(value), 60);
    const [zh, en] = value === null || value === undefined ? ['空文件', 'an empty file'] : Array.isArray(value) ? ['列表', 'a list'] : [shown, shown];
    return { ok: false, issues: [fileIssue(file, `文件顶层应为映射（键: 值），实际为${zh}`, `the file must contain a mapping (key: value) at the top level, got ${en}`, value)] };
  }
  return { ok: true, doc: value };
}
