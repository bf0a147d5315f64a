/**
 * Reads a filled actuals workbook (layout: `actualsLayout.ts`) with exceljs into the
 * documents of `actuals.towns` and `actuals.districts` (input of the schema), keeping where
 * each value came from (`conghua!E7`), so validation problems name the cell. Only the
 * workbook's own structure (its marker, blocks and keys) is checked here; the values are
 * the schema's to judge. A workbook that cannot be read gives one problem and no data.
 * Browser-safe.
 */
import ExcelJS from 'exceljs';
import type { ScenarioIssue } from '../issues.ts';
import { BLOCKS, META_MARKER, META_SHEET, blockMarker } from './actualsLayout.ts';
import type { Block } from './actualsLayout.ts';
import { flagCell, plainCell } from './cells.ts';
import type { CellValue } from './cells.ts';

type Doc = Record<string, unknown>;

/** One entry of `actuals.towns` or `actuals.districts`, with the cell of each field path (relative to the entry). */
export interface EntryDraft {
  readonly doc: Doc;
  readonly cells: Map<string, string>;
}

export interface ReadActuals {
  readonly year: number | null;
  readonly scenarioId: string | null;
  readonly towns: readonly EntryDraft[];
  readonly districts: readonly EntryDraft[];
  readonly issues: readonly ScenarioIssue[];
}

const issue = (path: string, value: unknown, zh: string, en: string): ScenarioIssue => ({ path, value, zh, en });

/** Rows of each block of a sheet: keys by column and the data row numbers. */
function blocks(ws: ExcelJS.Worksheet): Map<Block, { keys: Map<string, number>; rows: number[] }> {
  const out = new Map<Block, { keys: Map<string, number>; rows: number[] }>();
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const a = plainCell(ws.getCell(r, 1).value);
    const b = typeof a === 'string' ? BLOCKS.find((x) => a === blockMarker(x) || a.startsWith(`${blockMarker(x)} `)) : undefined;
    if (!b) continue;
    const keys = new Map<string, number>();
    ws.getRow(r + 2).eachCell((cell, col) => { const v = plainCell(cell.value); if (typeof v === 'string') keys.set(v, col); });
    const rows: number[] = [];
    for (let k = r + 3; k <= last; k++) {
      const first = plainCell(ws.getCell(k, 1).value);
      if (first === undefined || (typeof first === 'string' && first.startsWith('#'))) break;
      rows.push(k);
    }
    out.set(b, { keys, rows });
    r += 2 + rows.length;
  }
  return out;
}

function readSheet(ws: ExcelJS.Worksheet, year: number | null, towns: Map<string, EntryDraft>, districts: EntryDraft[], issues: ScenarioIssue[]): void {
  const sheet = ws.name;
  const bs = blocks(ws);
  const at = (col: number, row: number) => `${sheet}!${String.fromCharCode(64 + col)}${row}`;
  const get = (b: Block, key: string, row: number): [CellValue | undefined, string] => {
    const col = bs.get(b)?.keys.get(key);
    return col === undefined ? [undefined, at(1, row)] : [plainCell(ws.getCell(row, col).value), at(col, row)];
  };
  const townEntry = (id: string, row: number): EntryDraft => {
    let e = towns.get(id);
    if (!e) {
      e = { doc: { town: id, year, kpis: {} }, cells: new Map([['', at(1, row)], ['town', at(1, row)], ['year', `${META_SHEET}!B1`]]) };
      towns.set(id, e);
    }
    return e;
  };
  for (const b of BLOCKS) if (!bs.has(b)) issues.push(issue(`${sheet}!A1`, undefined, `工作表 ${sheet} 缺少 ${blockMarker(b)} 区块（请用 townfisc template --actuals 重新生成）`, `sheet ${sheet} lacks the ${blockMarker(b)} block (make the template again with townfisc template --actuals)`));
  for (const row of bs.get('kpis')?.rows ?? []) {
    const [town, townAt] = get('kpis', 'town', row);
    const [kpi, kpiAt] = get('kpis', 'kpi', row);
    const [value, valueAt] = get('kpis', 'value', row);
    if (value === undefined) continue;
    if (typeof town !== 'string' || typeof kpi !== 'string') {
      issues.push(issue(typeof town !== 'string' ? townAt : kpiAt, town ?? kpi, '该行缺少小镇编号或指标，请勿删改模板的 A、C 列', 'the row lacks its town id or KPI; keep columns A and C of the template as they are'));
      continue;
    }
    const [source, sourceAt] = get('kpis', 'source', row);
    const [verified, verifiedAt] = get('kpis', 'verified', row);
    const e = townEntry(town, row);
    const entry: Doc = { value };
    if (source !== undefined) entry.source = source;
    if (verified !== undefined) entry.verified = flagCell(verified);
    (e.doc.kpis as Doc)[kpi] = entry;
    e.cells.set(`kpis.${kpi}`, valueAt);
    e.cells.set(`kpis.${kpi}.value`, valueAt);
    e.cells.set(`kpis.${kpi}.source`, sourceAt);
    e.cells.set(`kpis.${kpi}.verified`, verifiedAt);
  }
  for (const row of bs.get('land')?.rows ?? []) {
    const [town] = get('land', 'town', row);
    if (typeof town !== 'string') continue;
    for (const key of ['constructionLandKm2', 'residentialLandKm2', 'cumulativeInvestment']) {
      const [v, where] = get('land', key, row);
      if (v === undefined) continue;
      const e = townEntry(town, row);
      e.doc[key] = v;
      e.cells.set(key, where);
    }
  }
  const d: EntryDraft = { doc: { district: sheet, year }, cells: new Map([['', `${sheet}!A1`], ['district', `${sheet}!A1`], ['year', `${META_SHEET}!B1`]]) };
  for (const row of bs.get('district')?.rows ?? []) {
    const [item] = get('district', 'item', row);
    const [v, where] = get('district', 'value', row);
    if (typeof item !== 'string' || v === undefined) continue;
    d.doc[item] = v;
    d.cells.set(item, where);
  }
  if (Object.keys(d.doc).length > 2) districts.push(d);
}

/** Reads one workbook's bytes. */
export async function readActualsWorkbook(bytes: Uint8Array): Promise<ReadActuals> {
  const wb = new ExcelJS.Workbook();
  const none = (i: ScenarioIssue): ReadActuals => ({ year: null, scenarioId: null, towns: [], districts: [], issues: [i] });
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return none(issue('', undefined, `无法读取 Excel 文件：${msg}`, `cannot read the Excel file: ${msg}`));
  }
  const meta = wb.getWorksheet(META_SHEET);
  if (!meta || plainCell(meta.getCell('A1').value) !== META_MARKER) {
    return none(issue('', undefined, '不是实际数填报模板（请用 townfisc template --actuals --year Y --scenario F 生成）', 'not an actuals template (make one with townfisc template --actuals --year Y --scenario F)'));
  }
  const y = plainCell(meta.getCell('B1').value);
  const sid = plainCell(meta.getCell('B2').value);
  const year = typeof y === 'number' ? y : null;
  const towns = new Map<string, EntryDraft>();
  const districts: EntryDraft[] = [];
  const issues: ScenarioIssue[] = [];
  for (const ws of wb.worksheets) {
    if (ws.state !== 'visible' || ws.name === META_SHEET || !/^[a-z0-9][a-z0-9-]*$/.test(ws.name)) continue;
    readSheet(ws, year, towns, districts, issues);
  }
  return { year, scenarioId: typeof sid === 'string' ? sid : null, towns: [...towns.values()], districts, issues };
}

/** Whether the bytes are an actuals template (its hidden marker sheet is there); false for anything unreadable. */
export async function isActualsWorkbook(bytes: Uint8Array): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return false;
  }
  const meta = wb.getWorksheet(META_SHEET);
  return meta !== undefined && plainCell(meta.getCell('A1').value) === META_MARKER;
}
