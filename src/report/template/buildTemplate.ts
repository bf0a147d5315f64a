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
import { REGION_ZH, STAGE_LABEL_ZH, THEME_ZH } from '../../scenario/workbook/labels.ts';

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
  // drop-downs offer Chinese labels (import reads them back as codes); `district` holds the ids beside their names
  const lists: Array<[string, readonly string[]]> = [
    ['district', opts.districts.map((d) => d.id)],
    ['districtName', opts.districts.map((d) => d.name)],
    ['region', LIST_VALUES.region.map((r) => REGION_ZH[r])], ['theme', LIST_VALUES.theme.map((t) => THEME_ZH[t])],
    ['stage', LIST_VALUES.stage.map((s) => STAGE_LABEL_ZH[s])], ['flag', LIST_VALUES.flag],
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
    case 'district': return list('districtName');
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
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [-0.99, 1], showErrorMessage: true, error: '应为增长率，如 0.03 或 3% / a rate such as 0.03 or 3%' };
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
    for (const h of [zh, en]) {
      h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      h.protection = { locked: true };
    }
    const col = ws.getColumn(i + 1);
    col.width = Math.max(12, c.zh.length * 2 + 2);
    // data cells stay editable when the sheet is protected; the two header rows do not
    for (let r = FIRST_DATA_ROW; r <= LAST; r++) ws.getCell(r, i + 1).protection = { locked: false };
  });
  ws.views = [{ state: 'frozen', ySplit: 2, xSplit: 1 }];
}

/** An example town, shown on the instructions sheet (never imported). */
const EXAMPLE: Readonly<Record<string, string | number>> = {
  id: '（留空自动生成 blank: generated）', name: '从化温泉养生小镇', district: '从化区', region: '北部生态区', theme: '旅游', flagship: '是',
  creationYear: 2018, plannedAreaKm2: 3.2, constructionLandKm2: 1.1, residentialLandKm2: 0.2, investmentTotal: 52000,
  investmentGovernment: 8000, investmentRealEstate: 9000, investmentSpecialty: 30000, investmentGrowth: '3%', revenue: 21000, revenueGrowth: 0.05,
};

/** Rows of the 填报信息 block on the instructions sheet. */
export const FILER_FIELDS = ['填报单位 Reporting unit', '联系人 Contact', '联系电话 Phone', '填报日期 Date'] as const;

function writeHelp(wb: ExcelJS.Workbook): void {
  const ws = wb.getWorksheet(HELP_SHEET) ?? wb.addWorksheet(HELP_SHEET);
  ws.getCell('A1').value = '特色小镇名录填报模板 / Town register template';
  ws.getCell('A1').font = { bold: true, size: 13 };
  const filerRow = 5 + TOWN_COLUMNS.length + 1;
  FILER_FIELDS.forEach((f, k) => {
    ws.getCell(filerRow + k, 1).value = f;
    ws.getCell(filerRow + k, 1).font = { bold: true };
    ws.getCell(filerRow + k, 2).border = { bottom: { style: 'thin' } };
  });
  const exampleRow = filerRow + FILER_FIELDS.length + 1;
  ws.getCell(exampleRow, 1).value = '示例行（towns 表的一行，仅供参考，不导入）/ Example row (one row of sheet towns; not imported)';
  ws.getCell(exampleRow, 1).font = { bold: true };
  TOWN_COLUMNS.forEach((c, i) => {
    ws.getCell(exampleRow + 1, i + 1).value = c.zh;
    ws.getCell(exampleRow + 2, i + 1).value = EXAMPLE[c.key] ?? '';
  });
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
  // the instructions sheet comes first, so the file opens on it
  wb.addWorksheet(HELP_SHEET);
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
  for (const ws of [towns, stages]) {
    for (let r = FIRST_DATA_ROW; r <= LAST; r++) for (let c = 1; c <= 3; c++) ws.getCell(r, c).protection = { locked: false };
    // no password: the lock guards the header keys import reads against slips, not against a determined user
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, insertRows: true, deleteRows: true, sort: true, autoFilter: true });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), opts.date);
}
