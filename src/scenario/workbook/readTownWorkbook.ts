/**
 * Reads a filled town register workbook (issue #7) with exceljs into scenario town
 * documents, keeping where each value came from (`towns!D5`), so validation problems can
 * name the cell. Values are passed through as written (numbers as numbers, text trimmed,
 * blanks left out) for the scenario schema to judge; only the workbook's own structure
 * (sheets, header keys, stage rows) is checked here. Browser-safe.
 */
import ExcelJS from 'exceljs';
import type { ScenarioIssue } from '../issues.ts';
import { columnLetter, flagCell, plainCell } from './cells.ts';
import type { CellValue } from './cells.ts';
import { FIRST_DATA_ROW, LIST_VALUES, LISTS_SHEET, STAGES_SHEET, TOWN_COLUMNS, TOWNS_SHEET } from './townColumns.ts';
import { readTownExtras } from './townExtras.ts';
import { codeOf, idFromName, percentCell, REGION_ZH, STAGE_LABEL_ZH, THEME_ZH } from './labels.ts';

export type { CellValue } from './cells.ts';
export { plainCell } from './cells.ts';

export interface TownDraft {
  /** The town as a scenario document (input of the schema). */
  readonly doc: Record<string, unknown>;
  /** Sheet row of the town. */
  readonly row: number;
  /** Field path (`land.plannedAreaKm2`) → cell address (`towns!I5`). */
  readonly cells: ReadonlyMap<string, string>;
}

export interface ReadWorkbook {
  readonly towns: readonly TownDraft[];
  /** Problems of the workbook's structure, each at a cell (`path` holds the address). */
  readonly issues: readonly ScenarioIssue[];
}

const issueAt = (address: string, value: unknown, zh: string, en: string): ScenarioIssue => ({ path: address, value, zh, en });

function setPath(doc: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = doc;
  path.slice(0, -1).forEach((k) => {
    if (typeof node[k] !== 'object' || node[k] === null) node[k] = {};
    node = node[k] as Record<string, unknown>;
  });
  node[path[path.length - 1] ?? ''] = value;
}

/** Column index (1-based) of each key in the English header row (row 2). */
function keyColumns(ws: ExcelJS.Worksheet): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(2).eachCell((cell, col) => { const v = plainCell(cell.value); if (typeof v === 'string') m.set(v, col); });
  return m;
}

/**
 * A problem a cell's value has by itself (issue #12): a formula whose result was never
 * computed (a workbook written by a program, not saved by Excel) or an error value
 * (`#DIV/0!`) would otherwise read as "[object Object]".
 */
export function cellProblem(v: ExcelJS.CellValue, address: string): ScenarioIssue | null {
  if (typeof v !== 'object' || v === null || v instanceof Date) return null;
  if ('error' in v) {
    const e = String((v as { error: unknown }).error);
    return issueAt(address, e, `单元格为错误值 ${e}，请改为数值或文本`, `the cell holds the error value ${e}; enter a number or text`);
  }
  if (('formula' in v || 'sharedFormula' in v) && (v as { result?: unknown }).result === undefined) {
    return issueAt(address, undefined, '公式没有计算结果：请在 Excel 中打开并保存工作簿，或直接填入数值',
      'the formula has no computed result: open and save the workbook in Excel, or enter the value itself');
  }
  return null;
}

/** A coded cell read back: a drop-down label (从化区, 北部生态区, 旅游) as its code, a percent rate as a decimal. */
function decode(kind: string, v: CellValue, districts: ReadonlyMap<string, string>): CellValue {
  if (typeof v !== 'string') return v;
  switch (kind) {
    case 'district': return districts.get(v) ?? v;
    case 'region': return codeOf(REGION_ZH, v);
    case 'theme': return codeOf(THEME_ZH, v);
    case 'rate': return percentCell(v);
    default: return v;
  }
}

/** District name → id from the template's `lists` sheet (columns `district` ids and `districtName` names). */
function districtNames(wb: ExcelJS.Workbook): Map<string, string> {
  const ws = wb.getWorksheet(LISTS_SHEET);
  const m = new Map<string, string>();
  if (!ws) return m;
  const head = new Map<string, number>();
  ws.getRow(1).eachCell((c, col) => { const v = plainCell(c.value); if (typeof v === 'string') head.set(v, col); });
  const [idCol, nameCol] = [head.get('district'), head.get('districtName')];
  if (idCol === undefined || nameCol === undefined) return m;
  for (let r = 2; r <= ws.rowCount; r++) {
    const [id, name] = [plainCell(ws.getCell(r, idCol).value), plainCell(ws.getCell(r, nameCol).value)];
    if (typeof id === 'string' && typeof name === 'string') { m.set(name, id); m.set(`${name} ${id}`, id); }
  }
  return m;
}

function readTownRow(ws: ExcelJS.Worksheet, row: number, cols: Map<string, number>, issues: ScenarioIssue[], districts: ReadonlyMap<string, string> = new Map()): TownDraft | null {
  const doc: Record<string, unknown> = {};
  const cells = new Map<string, string>();
  let any = false;
  const put = (path: readonly string[], v: CellValue, address: string) => {
    setPath(doc, path, v);
    cells.set(path.join('.'), address);
  };
  for (const c of TOWN_COLUMNS) {
    const col = cols.get(c.key);
    if (col === undefined) continue;
    const address = `${TOWNS_SHEET}!${columnLetter(col)}${row}`;
    const value = ws.getCell(row, col).value;
    const problem = cellProblem(value, address);
    if (problem) {
      issues.push(problem);
      any = true;
      continue;
    }
    const raw = plainCell(value);
    if (raw === undefined) continue;
    any = true;
    const v = c.kind === 'flag' ? flagCell(raw) : decode(c.kind, raw, districts);
    if (c.path.includes('*')) {
      for (const part of ['total', 'government', 'realEstate', 'specialtyIndustry']) put(c.path.map((p) => (p === '*' ? part : p)), v, address);
    } else put(c.path, v, address);
  }
  if (any && doc.id === undefined && typeof doc.name === 'string') {
    // a blank id: generated from the name (reported nowhere: the schema checks the slug like any other)
    put(['id'], idFromName(doc.name), `${TOWNS_SHEET}!${columnLetter(cols.get('id') ?? 1)}${row}`);
  }
  return any ? { doc, row, cells } : null;
}

/** Stage start years from the `stages` sheet, into the drafts (by town id). */
function readStages(ws: ExcelJS.Worksheet | undefined, drafts: TownDraft[], issues: ScenarioIssue[]): void {
  if (!ws) return;
  // a stage row names its town by id, or by name (a town whose id was left blank)
  const byId = new Map([...drafts.map((d) => [String(d.doc.name ?? ''), d] as const), ...drafts.map((d) => [String(d.doc.id ?? ''), d] as const)]);
  for (let row = FIRST_DATA_ROW; row <= ws.rowCount; row++) {
    const [town, stageRaw, firstYear] = [1, 2, 3].map((c) => plainCell(ws.getCell(row, c).value));
    const stage = typeof stageRaw === 'string' ? codeOf(STAGE_LABEL_ZH, stageRaw) : stageRaw;
    if (town === undefined && stage === undefined && firstYear === undefined) continue;
    const at = (c: string) => `${STAGES_SHEET}!${c}${row}`;
    const d = byId.get(String(town ?? ''));
    if (!d) { issues.push(issueAt(at('A'), town, `towns 表中没有编号为 "${String(town ?? '')}" 的小镇`, `no town with id "${String(town ?? '')}" on sheet towns`)); continue; }
    if (typeof stage !== 'string' || !(LIST_VALUES.stage as readonly string[]).includes(stage)) {
      issues.push(issueAt(at('B'), stage, `阶段应为 ${LIST_VALUES.stage.join(' / ')}`, `stage must be one of ${LIST_VALUES.stage.join(', ')}`));
      continue;
    }
    const stages = (d.doc.stages ??= {}) as Record<string, unknown>;
    if (stage in stages) { issues.push(issueAt(at('B'), stage, `小镇 ${String(town)} 的 ${stage} 阶段重复`, `stage ${stage} of town ${String(town)} is given twice`)); continue; }
    if (firstYear !== undefined) stages[stage] = firstYear;
    (d.cells as Map<string, string>).set(`stages.${stage}`, at('C'));
  }
}

/** Reads the workbook's bytes. */
export async function readTownWorkbook(bytes: Uint8Array): Promise<ReadWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { towns: [], issues: [issueAt('', undefined, `无法读取 Excel 文件：${msg}`, `cannot read the Excel file: ${msg}`)] };
  }
  const ws = wb.getWorksheet(TOWNS_SHEET);
  if (!ws) return { towns: [], issues: [issueAt('', undefined, `缺少工作表 "${TOWNS_SHEET}"（请用 townfisc template 生成模板）`, `sheet "${TOWNS_SHEET}" is missing (make the template with townfisc template)`)] };
  const cols = keyColumns(ws);
  const issues: ScenarioIssue[] = [];
  for (const key of ['id', 'name', 'district']) {
    if (!cols.has(key)) issues.push(issueAt(`${TOWNS_SHEET}!2`, undefined, `第 2 行缺少列 "${key}"`, `row 2 lacks the column key "${key}"`));
  }
  const towns: TownDraft[] = [];
  const names = districtNames(wb);
  for (let row = FIRST_DATA_ROW; row <= ws.rowCount; row++) {
    const d = readTownRow(ws, row, cols, issues, names);
    if (d) towns.push(d);
  }
  readStages(wb.getWorksheet(STAGES_SHEET), towns, issues);
  readTownExtras(wb, towns, issues, FIRST_DATA_ROW);
  return { towns, issues };
}
