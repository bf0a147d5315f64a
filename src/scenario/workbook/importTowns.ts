/**
 * `townfisc import`: a filled town register workbook → a scenario file (issue #7). The
 * towns are validated with the scenario schema itself: with a base scenario, as the whole
 * scenario that `extends` it (so a district must exist there, ids stay unique, …); without
 * one, town by town. Every problem names its sheet and cell (`towns!D5`) with the bilingual
 * message; on any problem nothing is returned to write. Browser-safe: files are read
 * through the caller's `readText`.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import type { ScenarioIssue } from '../issues.ts';
import { resolveScenario, type ReadText } from '../resolve.ts';
import { townSchema } from '../schema/town.ts';
import { translateIssues } from '../translateIssues.ts';
import { locateIssue } from './locateIssue.ts';
import { readTownWorkbook, type TownDraft } from './readTownWorkbook.ts';

/** What `importTowns` needs besides the workbook. */
export interface ImportOptions {
  /** Absolute path the scenario will be written to (it is validated as that file). */
  readonly outPath: string;
  /** The base scenario: its absolute path, and the reference written after `extends:`. */
  readonly base?: { readonly path: string; readonly ref: string };
  /** Id and name of the new scenario (with a base). */
  readonly id: string;
  readonly name: string;
  /** First line of the file's comment (provenance). */
  readonly comment: string;
  readonly readText: ReadText;
}

/** The scenario YAML and its town count, or every problem found. */
export type Imported = { readonly ok: true; readonly yaml: string; readonly towns: number } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

const townsOnly = z.strictObject({ towns: z.array(townSchema) });

function duplicateIds(drafts: readonly TownDraft[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return drafts.flatMap((d) => {
    const id = d.doc.id;
    if (typeof id !== 'string') return [];
    if (!seen.has(id)) { seen.add(id); return []; }
    return [{ path: d.cells.get('id') ?? '', value: id, zh: `小镇编号 "${id}" 重复`, en: `town id "${id}" appears twice` }];
  });
}

function yamlText(doc: Record<string, unknown>, comment: string): string {
  const header = comment.split('\n').map((l) => `# ${l}`).join('\n');
  return `${header}\n${stringify(doc, { lineWidth: 0 })}`;
}

/** Reads, validates and turns the workbook into scenario YAML, or every problem found. */
/**
 * A town row whose id is not text (a number typed into the id cell, or no id) is reported at
 * its id cell and left out of the merge (issue #12): one such row would otherwise turn the
 * towns list from entities merged by id into a list replacing the base's towns, and every
 * base town's problems would be reported at the wrong cells.
 */
function idProblems(drafts: readonly TownDraft[]): ScenarioIssue[] {
  return drafts.flatMap((d): ScenarioIssue[] => {
    const id = d.doc.id;
    if (typeof id === 'string') return [];
    const at = d.cells.get('id') ?? `towns!A${d.row}`;
    return id === undefined
      ? [{ path: at, value: undefined, zh: '缺少小镇编号（id）', en: 'the town id is missing' }]
      : [{ path: at, value: id, zh: `小镇编号应为文本（小写 ASCII 标识），实际为数字 ${String(id)}：请把单元格设为文本格式`, en: `the town id must be text (a lowercase ASCII slug), got the number ${String(id)}: format the cell as text` }];
  });
}

export async function importTowns(bytes: Uint8Array, opts: ImportOptions): Promise<Imported> {
  const all = await readTownWorkbook(bytes);
  const read = { ...all, towns: all.towns.filter((d) => typeof d.doc.id === 'string') };
  const structural = [...all.issues, ...idProblems(all.towns), ...duplicateIds(read.towns)];
  const towns = read.towns.map((d) => d.doc);
  if (towns.length === 0) return { ok: false, issues: structural.length > 0 ? structural : [noTowns()] }; // an empty list would replace the base's towns
  if (!opts.base) {
    const r = townsOnly.safeParse({ towns }, { reportInput: true });
    const issues = [...structural, ...(r.success ? [] : translateIssues(r.error.issues, { towns }).map((i) => locateIssue(i, (k) => read.towns[k] ?? null)))];
    if (issues.length > 0 || read.towns.length === 0) return { ok: false, issues: issues.length > 0 ? issues : [noTowns()] };
    return { ok: true, yaml: yamlText({ towns }, `${opts.comment}\nA list of towns to merge into a scenario (add extends: and the rest, or import with --extends).`), towns: towns.length };
  }
  const base = await resolveScenario(opts.base.path, opts.readText);
  if (!base.ok) return { ok: false, issues: base.issues };
  const doc = { extends: opts.base.ref, id: opts.id, name: opts.name, towns };
  const text = yamlText(doc, opts.comment);
  const merged = await resolveScenario(opts.outPath, (p) => (p === opts.outPath ? Promise.resolve(text) : opts.readText(p)));
  const baseIds = base.scenario.towns.map((t) => t.id);
  const sheetIds = read.towns.map((d) => String(d.doc.id ?? ''));
  const mergedIds = [...baseIds, ...sheetIds.filter((id) => !baseIds.includes(id))];
  const byId = new Map(read.towns.map((d) => [String(d.doc.id ?? ''), d] as const));
  const townAt = (k: number) => byId.get(mergedIds[k] ?? '') ?? null;
  const issues = [...structural, ...(merged.ok ? [] : merged.issues.map((i) => locateIssue(i, townAt)))];
  if (issues.length > 0 || read.towns.length === 0) return { ok: false, issues: issues.length > 0 ? issues : [noTowns()] };
  return { ok: true, yaml: text, towns: towns.length };
}

function noTowns(): ScenarioIssue {
  return { path: 'towns!A3', value: undefined, zh: '工作表 towns 中没有小镇（数据从第 3 行开始）', en: 'no towns on sheet towns (data starts on row 3)' };
}
