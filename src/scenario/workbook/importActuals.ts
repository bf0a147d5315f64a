/**
 * `townfisc import` of actuals workbooks (SPEC §12): several districts' filled templates →
 * one scenario file that `extends` the base and adds its `actuals`. The result is
 * validated as that very file (so towns, KPIs, districts and years are checked against the
 * base), and every problem names its workbook, sheet and cell (`conghua!E7`) with the
 * bilingual message; on any problem nothing is returned to write. Browser-safe: files
 * are read through the caller's `readText`.
 */
import { stringify } from 'yaml';
import type { ScenarioIssue } from '../issues.ts';
import { resolveScenario, type ReadText } from '../resolve.ts';
import { readActualsWorkbook } from './readActualsWorkbook.ts';
import type { EntryDraft } from './readActualsWorkbook.ts';

export interface ActualsWorkbook {
  /** File name shown in messages. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ImportActualsOptions {
  /** Absolute path the scenario will be written to (it is validated as that file). */
  readonly outPath: string;
  /** The base scenario: its absolute path, and the reference written after `extends:`. */
  readonly base: { readonly path: string; readonly ref: string };
  readonly id: string;
  readonly name: string;
  readonly readText: ReadText;
}

export type ImportedActuals =
  | { readonly ok: true; readonly yaml: string; readonly year: number; readonly towns: number; readonly districts: number }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** The cell of `rest` (a field path inside an entry): the longest recorded field path it starts with. */
function cellFor(d: EntryDraft, rest: string): string {
  let best = d.cells.get('') ?? '';
  let len = -1;
  for (const [field, address] of d.cells) {
    if (field !== '' && (rest === field || rest.startsWith(`${field}.`)) && field.length > len) { best = address; len = field.length; }
  }
  return best;
}

interface Located { readonly file: string; readonly draft: EntryDraft }

/** Re-addresses a problem of `actuals.towns[k]…` / `actuals.districts[k]…` to its workbook cell. */
function locate(i: ScenarioIssue, towns: readonly Located[], districts: readonly Located[]): ScenarioIssue {
  const m = /^actuals\.(towns|districts)\[(\d+)\](?:\.(.*))?$/.exec(i.path);
  const entry = m ? (m[1] === 'towns' ? towns : districts)[Number(m[2])] : undefined;
  if (!m || !entry) return i;
  const rest = m[3] ?? '';
  return { ...i, file: entry.file, path: `${cellFor(entry.draft, rest)}${rest === '' ? '' : ` (${rest})`}` };
}

/** Reads, merges and validates the workbooks into scenario YAML, or every problem found. */
export async function importActuals(books: readonly ActualsWorkbook[], opts: ImportActualsOptions): Promise<ImportedActuals> {
  const towns: Located[] = [];
  const districts: Located[] = [];
  const issues: ScenarioIssue[] = [];
  const years = new Set<number>();
  for (const b of books) {
    const r = await readActualsWorkbook(b.bytes);
    issues.push(...r.issues.map((i) => ({ ...i, file: b.name })));
    if (r.year !== null) years.add(r.year);
    towns.push(...r.towns.map((draft) => ({ file: b.name, draft })));
    districts.push(...r.districts.map((draft) => ({ file: b.name, draft })));
  }
  if (years.size > 1) issues.push({ path: 'townfisc!B1', value: [...years].join(', '), zh: `各工作簿的年度不一致（${[...years].join('、')}）：一次只导入一个年度`, en: `the workbooks are for different years (${[...years].join(', ')}); import one year at a time` });
  if (issues.length > 0) return { ok: false, issues };
  if (towns.length === 0 && districts.length === 0) {
    return { ok: false, issues: [{ path: '', value: undefined, zh: '工作簿中没有填写任何实际数（黄色单元格均为空）', en: 'no actuals filled in (every yellow cell is blank)' }] };
  }
  const base = await resolveScenario(opts.base.path, opts.readText);
  if (!base.ok) return { ok: false, issues: base.issues };
  const year = [...years][0] ?? 0;
  const doc = {
    extends: opts.base.ref, id: opts.id, name: opts.name,
    actuals: { towns: towns.map((t) => t.draft.doc), districts: districts.map((d) => d.draft.doc) },
  };
  const names = books.map((b) => b.name).join(', ');
  const text = `# Actuals for ${year} imported from ${names} by townfisc import.\n${stringify(doc, { lineWidth: 0 })}`;
  const merged = await resolveScenario(opts.outPath, (p) => (p === opts.outPath ? Promise.resolve(text) : opts.readText(p)));
  if (!merged.ok) return { ok: false, issues: merged.issues.map((i) => locate(i, towns, districts)) };
  return { ok: true, yaml: text, year, towns: towns.length, districts: districts.length };
}
