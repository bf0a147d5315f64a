/**
 * `townfisc template --actuals --year Y --scenario F` (SPEC §12 "Collecting actuals from
 * districts"): the fill-in workbook of a year's actuals, one sheet per district listing its
 * towns (created by Y) with the KPIs that have a target that year (target pre-filled,
 * usual source suggested), the land and investment lines, and the district's debt
 * balances and limits with the scenario's figures for reference. Lists for source and
 * verified; number validation on the cells to fill. Layout in
 * `src/scenario/workbook/actualsLayout.ts`. Pure: options in, bytes out.
 */
import { districtCapacity } from '../../core/debt/capacity.ts';
import ExcelJS from 'exceljs';
import { expandSeries } from '../../core/model/expand.ts';
import { ACTUAL_SOURCES } from '../../core/model/actuals.ts';
import type { Scenario } from '../../core/model/scenario.ts';
import {
  BLOCK_COLUMNS, BLOCK_TITLES, DEFAULT_SOURCE, DISTRICT_ITEMS, HELP_SHEET, LISTS_SHEET, META_MARKER, META_SHEET, blockMarker,
  type Block,
} from '../../scenario/workbook/actualsLayout.ts';
import { fixZipTimestamps } from '../xlsx/zipTimestamps.ts';

export interface ActualsTemplateOptions {
  readonly scenario: Scenario;
  readonly year: number;
  /** ISO date stamped in the file (reproducible bytes). */
  readonly date: string;
}

/** exceljs keeps single-cell validations on the cell. */
function numberCell(cell: ExcelJS.Cell): void {
  cell.dataValidation = { type: 'decimal', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], showErrorMessage: true, error: '应为非负数 / a number ≥ 0' };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
}

function listCell(cell: ExcelJS.Cell, range: string): void {
  cell.dataValidation = { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: true, error: '请从列表中选择 / pick a value from the list' };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
}

/** Writes a block's marker and header rows at `row`; returns the first data row. */
function blockHeader(ws: ExcelJS.Worksheet, row: number, b: Block): number {
  ws.getCell(row, 1).value = `${blockMarker(b)} ${BLOCK_TITLES[b]}`;
  ws.getCell(row, 1).font = { bold: true };
  BLOCK_COLUMNS[b].forEach((c, i) => {
    const zh = ws.getCell(row + 1, i + 1), key = ws.getCell(row + 2, i + 1);
    zh.value = c.zh;
    key.value = c.key;
    zh.font = { bold: true };
    key.font = { color: { argb: 'FF666666' }, size: 9 };
    for (const h of [zh, key]) h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  });
  return row + 3;
}

function districtSheet(wb: ExcelJS.Workbook, s: Scenario, d: Scenario['districts'][number], year: number): void {
  const t = year - s.startYear;
  const ws = wb.addWorksheet(d.id);
  ws.getCell(1, 1).value = `${d.name} ${year}年度特色小镇考核实际数填报表 / ${d.id}: actuals for ${year}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = '只填黄色单元格；空白表示未报告。数据来源：统计/税务/社保/第三方核查。 Fill the yellow cells only; blank means not reported.';
  const towns = s.towns.filter((x) => x.district === d.id && x.creationYear <= year);
  const sources = `${LISTS_SHEET}!$A$2:$A$${ACTUAL_SOURCES.length + 1}`;
  const flags = `${LISTS_SHEET}!$B$2:$B$3`;
  let row = blockHeader(ws, 4, 'kpis');
  for (const town of towns) {
    for (const [id, kpi] of Object.entries(town.kpis)) {
      const target = expandSeries(kpi.target, year, 1, s.startYear)[0] ?? 0;
      if (!(target > 0)) continue;
      ws.getRow(row).values = [town.id, town.name, id, target, null, DEFAULT_SOURCE[id] ?? null, '否'];
      numberCell(ws.getCell(row, 5));
      listCell(ws.getCell(row, 6), sources);
      listCell(ws.getCell(row, 7), flags);
      row++;
    }
  }
  row = blockHeader(ws, row + 1, 'land');
  for (const town of towns) {
    ws.getRow(row).values = [town.id, town.name];
    for (const c of [3, 4, 5]) numberCell(ws.getCell(row, c));
    row++;
  }
  row = blockHeader(ws, row + 1, 'district');
  const at = (spec: Parameters<typeof expandSeries>[0] | null | undefined) => (spec && t >= 0 && t < s.horizonYears ? expandSeries(spec, year, 1, s.startYear)[0] ?? null : null);
  const reference: Readonly<Record<string, number | null>> = {
    generalDebt: null, specialDebt: null, generalLimit: null, specialLimit: null,
    hiddenDebt: at(d.hiddenDebt), capacity: t >= 0 && t < s.horizonYears ? districtCapacity(d, s.startYear, s.horizonYears).total[t] ?? null : null,
  };
  for (const [item, label] of DISTRICT_ITEMS) {
    ws.getRow(row).values = [item, label, reference[item] ?? null];
    numberCell(ws.getCell(row, 4));
    row++;
  }
  ws.getCell(row + 1, 1).value = `情景参考：法定债务余额 legal debt ${at(d.legalDebt) ?? '—'}，债务限额 debt limit ${at(d.debtLimit) ?? '—'}（万元）`;
  [14, 26, 14, 14, 16, 12, 14].forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  ws.getColumn(2).width = 28;
}

/** The actuals template's bytes. */
export async function buildActualsTemplate(opts: ActualsTemplateOptions): Promise<Uint8Array> {
  const { scenario: s, year } = opts;
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${opts.date}T00:00:00Z`);
  wb.creator = 'townfisc';
  wb.created = when;
  wb.modified = when;
  for (const d of s.districts) districtSheet(wb, s, d, year);
  const help = wb.addWorksheet(HELP_SHEET);
  help.getCell('A1').value = `${year}年度特色小镇考核实际数填报模板 / Actuals template, ${year}`;
  help.getCell('A1').font = { bold: true, size: 13 };
  help.getCell('A2').value = '每个区一张表：填写各小镇考核指标实际完成、数据来源与是否核查，用地与累计投资，以及区级债务余额、限额、隐性债务和综合财力。导入：townfisc import 文件.xlsx … --actuals --extends 情景.yaml --out 实际数.yaml';
  help.getCell('A3').value = 'One sheet per district: KPI actuals with source and verified flag, land and cumulative investment, district debt balances and limits, hidden debt and capacity. Import: townfisc import FILE.xlsx … --extends scenario.yaml --out actuals.yaml';
  help.getColumn(1).width = 120;
  const lists = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.getCell('A1').value = 'source';
  ACTUAL_SOURCES.forEach((v, i) => { lists.getCell(i + 2, 1).value = v; });
  lists.getCell('B1').value = 'verified';
  ['是', '否'].forEach((v, i) => { lists.getCell(i + 2, 2).value = v; });
  const meta = wb.addWorksheet(META_SHEET, { state: 'hidden' });
  meta.getCell('A1').value = META_MARKER;
  meta.getCell('B1').value = year;
  meta.getCell('A2').value = 'scenario';
  meta.getCell('B2').value = s.id;
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), opts.date);
}
