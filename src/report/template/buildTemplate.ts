/**
 * `townfisc template`: the fill-in workbook of the town register (issue #7). Sheets
 * `towns` (one row per town) and `stages` (stage start years), with data validation:
 * lists for district (the given scenario's districts, else free text), region, theme,
 * flagship and stage, whole years, non-negative amounts and rates; a help sheet; a hidden
 * `lists` sheet holding the lists. Pure: options in, bytes out.
 */
import ExcelJS from 'exceljs';
import { fixZipTimestamps } from '../xlsx/zipTimestamps.ts';
import { writeExtraSheets } from './extraSheets.ts';
import { columnLetter } from '../xlsx/tableSheet.ts';
import {
  FIRST_DATA_ROW, HELP_SHEET, LIST_VALUES, LISTS_SHEET, STAGE_COLUMNS, STAGES_SHEET, TEMPLATE_ROWS, TOWN_COLUMNS, TOWNS_SHEET,
  type ColumnKind,
} from '../../scenario/workbook/townColumns.ts';

/** Options of `buildTemplate`. */
export interface TemplateOptions {
  /** District ids offered in the district list; empty → free text. */
  readonly districts: readonly { readonly id: string; readonly name: string }[];
  /** ISO date stamped in the file (reproducible bytes). */
  readonly date: string;
}

const LAST = FIRST_DATA_ROW + TEMPLATE_ROWS - 1;

/** exceljs keeps range validations (`D3:D502`) in `worksheet.dataValidations`, which its typings omit. */
function validate(ws: ExcelJS.Worksheet, range: string, v: ExcelJS.DataValidation): void {
  (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, v);
}

function listRange(col: number, n: number): string {
  const c = columnLetter(col);
  return `${LISTS_SHEET}!$${c}$2:$${c}$${n + 1}`;
}

function writeLists(wb: ExcelJS.Workbook, opts: TemplateOptions): Map<string, string> {
  const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  const lists: Array<[string, readonly string[]]> = [
    ['district', opts.districts.map((d) => d.id)],
    ['region', LIST_VALUES.region], ['theme', LIST_VALUES.theme], ['stage', LIST_VALUES.stage], ['flag', LIST_VALUES.flag],
  ];
  const ranges = new Map<string, string>();
  lists.forEach(([name, values], i) => {
    ws.getCell(1, i + 1).value = name;
    values.forEach((v, k) => { ws.getCell(k + 2, i + 1).value = v; });
    if (values.length > 0) ranges.set(name, listRange(i + 1, values.length));
  });
  return ranges;
}

function validation(kind: ColumnKind, lists: Map<string, string>): ExcelJS.DataValidation | null {
  const list = (name: string): ExcelJS.DataValidation | null => {
    const range = lists.get(name);
    return range ? { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: true, errorTitle: '无效值 invalid', error: '请从列表中选择 / pick a value from the list' } : null;
  };
  switch (kind) {
    case 'district': return list('district');
    case 'region': return list('region');
    case 'theme': return list('theme');
    case 'flag': return list('flag');
    case 'year':
    case 'optionalYear':
      return { type: 'whole', operator: 'between', allowBlank: kind === 'optionalYear', formulae: [1990, 2150], showErrorMessage: true, error: '应为 1990–2150 的年份 / a year 1990–2150' };
    case 'amount':
    case 'optionalAmount':
      return { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, error: '应为非负数 / a number ≥ 0' };
    case 'rate':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-0.99, 1], showErrorMessage: true, error: '应为小数增长率，如 0.03 / a decimal rate such as 0.03' };
    case 'slug':
    case 'text':
      return null;
  }
}

function header(ws: ExcelJS.Worksheet, cols: readonly { zh: string; en: string }[]): void {
  cols.forEach((c, i) => {
    const zh = ws.getCell(1, i + 1);
    const en = ws.getCell(2, i + 1);
    zh.value = c.zh;
    en.value = c.en;
    zh.font = { bold: true };
    en.font = { color: { argb: 'FF666666' }, size: 9 };
    for (const h of [zh, en]) h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    ws.getColumn(i + 1).width = Math.max(12, c.zh.length * 2 + 2);
  });
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 1 }];
}

function writeHelp(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(HELP_SHEET);
  ws.getCell('A1').value = '特色小镇名录填报模板 / Town register template';
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = '每个小镇在 towns 表填一行；各阶段起始年份填在 stages 表（planning 可省略，默认创建年份）；考核指标目标、专项债与平台债务分别填在 kpis、bonds、platform 表。导入：townfisc import 文件.xlsx --out 情景.yaml --extends 基准.yaml';
  ws.getCell('A3').value = 'One row per town on sheet towns; stage start years on sheet stages (planning may be left out: the creation year); KPI targets, special bonds and platform debt on sheets kpis, bonds and platform. Import: townfisc import FILE.xlsx --out scenario.yaml --extends base.yaml';
  TOWN_COLUMNS.forEach((c, i) => {
    ws.getCell(5 + i, 1).value = `${c.zh} ${c.en}`;
    ws.getCell(5 + i, 2).value = c.help;
  });
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 70;
}

/** The template workbook's bytes. */
export async function buildTemplate(opts: TemplateOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${opts.date}T00:00:00Z`);
  wb.creator = 'townfisc';
  wb.created = when;
  wb.modified = when;
  const towns = wb.addWorksheet(TOWNS_SHEET);
  const stages = wb.addWorksheet(STAGES_SHEET);
  writeExtraSheets(wb);
  writeHelp(wb);
  const lists = writeLists(wb, opts);
  header(towns, TOWN_COLUMNS);
  header(stages, STAGE_COLUMNS);
  TOWN_COLUMNS.forEach((c, i) => {
    const v = validation(c.kind, lists);
    const col = columnLetter(i + 1);
    if (v) validate(towns, `${col}${FIRST_DATA_ROW}:${col}${LAST}`, v);
  });
  const idCol = columnLetter(1);
  validate(stages, `A${FIRST_DATA_ROW}:A${LAST}`, { type: 'list', allowBlank: true, formulae: [`${TOWNS_SHEET}!$${idCol}$${FIRST_DATA_ROW}:$${idCol}$${LAST}`] });
  const stageList = validation('region', new Map([['region', lists.get('stage') ?? '']]));
  if (stageList) validate(stages, `B${FIRST_DATA_ROW}:B${LAST}`, stageList);
  const yearV = validation('year', lists);
  if (yearV) validate(stages, `C${FIRST_DATA_ROW}:C${LAST}`, yearV);
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), opts.date);
}
