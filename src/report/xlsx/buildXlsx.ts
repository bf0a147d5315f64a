/**
 * The XLSX report (issue #7, exceljs): a cover sheet identifying every scenario, the
 * comparison when there are several, then one sheet per table of each scenario (summary,
 * city, 财承, towns, PPP, funds, debt & limits, findings, assumptions). Totals are `SUM`
 * formulas with their computed values cached. Pure: model in, bytes out; the same model
 * on the same date gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { say } from '../format/cellText.ts';
import { metaLines, moneyText } from '../format/meta.ts';
import { neutraliseText } from '../format/neutralise.ts';
import type { ReportModel, ScenarioSection } from '../model/types.ts';
import { COVER_SHEET, INDEX_SHEET_LABEL, sheetName } from './sheetNames.ts';
import { coverLines, ILLUSTRATIVE_MARK, reportTitle, SIGN_ROLES } from '../html/cover.ts';
import { TABLE_PAGE_SETUP, TABLE_SHEET_VIEWS, tableHeaderFooter, writeTableSheet } from './tableSheet.ts';
import type { Table } from '../model/types.ts';
import { fixZipTimestamps } from './zipTimestamps.ts';

function metaText(model: ReportModel, s: ScenarioSection): string {
  const { lang } = model.meta;
  return `${s.scenario.name} (${s.scenario.id}) · ${say({ zh: '哈希', en: 'hash' }, lang)} ${s.scenario.hash} · ${say({ zh: '引擎', en: 'engine' }, lang)} ${s.engineVersion} · ${model.meta.generatedAt} · ${moneyText(model.meta)}`;
}

function uniqueName(wanted: string, used: Set<string>): string {
  let name = wanted;
  for (let k = 2; used.has(name.toLowerCase()); k++) name = `${wanted.slice(0, 28)}~${k}`;
  used.add(name.toLowerCase());
  return name;
}

/** What both exceljs writers offer: the in-memory Workbook (dashboard) and the streamed WorkbookWriter (CLI). */
export interface SheetAdder {
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
}

/** One table sheet to write: its unique name, the table, and its identification line. */
interface PlannedSheet {
  readonly name: string;
  readonly table: Table;
  readonly meta: string;
  /** Short identification for the printed header: scenario id(s) and hash prefix. */
  readonly ident: string;
}

/** Commits a streamed sheet (writes it out and frees it); an in-memory sheet has nothing to commit. */
function commitSheet(ws: ExcelJS.Worksheet): void {
  (ws as ExcelJS.Worksheet & { commit?: () => void }).commit?.();
}

function writeCover(wb: SheetAdder, model: ReportModel, name: string): void {
  const ws = wb.addWorksheet(name);
  const { lang } = model.meta;
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 80;
  ws.getCell('A1').value = neutraliseText(say(reportTitle(model), lang));
  ws.getCell('A1').font = { bold: true, size: 14 };
  let row = 3;
  if (model.meta.illustrative) {
    ws.getCell(row, 1).value = say(ILLUSTRATIVE_MARK, lang);
    ws.getCell(row, 1).font = { bold: true, color: { argb: 'FFB00020' } };
    row += 2;
  }
  // the money unit is on each scenario's identification lines below
  for (const l of coverLines(model.meta).filter((x) => x.key.zh !== '金额单位')) {
    ws.getCell(row, 1).value = say(l.key, lang);
    ws.getCell(row, 2).value = neutraliseText(l.value);
    row += 1;
  }
  row += 1;
  for (const s of model.sections) {
    for (const m of metaLines(model.meta, s)) {
      ws.getCell(row, 1).value = say(m, lang);
      ws.getCell(row, 2).value = neutraliseText(m.value);
      row += 1;
    }
    row += 1;
  }
  for (const r of SIGN_ROLES) {
    ws.getCell(row, 1).value = say(r, lang);
    ws.getCell(row, 2).value = `${say({ zh: '签字', en: 'Signature' }, lang)}：__________    ${say({ zh: '日期', en: 'Date' }, lang)}：__________`;
    row += 1;
  }
  commitSheet(ws);
}

/** Workbook properties fixed to the report date, so the same model gives the same bytes. */
export function workbookProperties(model: ReportModel): {
  creator: string; lastModifiedBy: string; created: Date; modified: Date; title: string; subject: string; keywords: string; company: string; description: string;
} {
  const when = new Date(`${model.meta.generatedAt}T00:00:00Z`);
  const scenarios = model.sections.map((s) => `${s.scenario.name} (${s.scenario.id}, hash ${s.scenario.hash})`).join('; ');
  return {
    creator: 'townfisc', lastModifiedBy: 'townfisc', created: when, modified: when,
    title: neutraliseText(`${say(reportTitle(model), model.meta.lang)} ${model.meta.reportNumber}`),
    subject: neutraliseText(scenarios),
    keywords: '特色小镇 财政 townfisc',
    company: neutraliseText(model.meta.organisation),
    description: neutraliseText(`${model.meta.illustrative ? `${say({ zh: '示意数据', en: 'Illustrative data' }, model.meta.lang)} · ` : ''}townfisc ${model.meta.engineVersion} · ${model.meta.generatedAt} · ${moneyText(model.meta)}`),
  };
}

/** The index sheet's name in the Chinese edition. */
export const INDEX_SHEET = INDEX_SHEET_LABEL.zh;

/** 目录: one linked line per sheet, with the table's title; in a side-by-side workbook, what the S1/S2 prefixes mean. */
function writeIndex(wb: SheetAdder, model: ReportModel, planned: readonly PlannedSheet[], name: string): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { ...TABLE_PAGE_SETUP, orientation: 'portrait', printTitlesRow: '3:3' } });
  const { lang } = model.meta;
  ws.getColumn(1).width = 8;
  ws.getColumn(2).width = 30;
  ws.getColumn(3).width = 70;
  ws.getCell('A1').value = say(INDEX_SHEET_LABEL, lang);
  ws.getCell('A1').font = { bold: true, size: 14 };
  if (model.sections.length > 1) {
    ws.getCell('B1').value = neutraliseText(model.sections.map((s, i) => `S${i + 1} = ${s.scenario.name} (${s.scenario.id})${i === 0 ? ` ${say({ zh: '参照', en: 'reference' }, lang)}` : ''}`).join(lang === 'zh' ? '；' : '; '));
  }
  const head = [say({ zh: '序号', en: 'No.' }, lang), say({ zh: '工作表', en: 'Sheet' }, lang), say({ zh: '内容', en: 'Contents' }, lang)];
  head.forEach((h, i) => { const c = ws.getCell(3, i + 1); c.value = h; c.font = { bold: true }; });
  planned.forEach((p, k) => {
    const row = 4 + k;
    ws.getCell(row, 1).value = k + 1;
    ws.getCell(row, 2).value = { text: p.name, hyperlink: `#'${p.name.replace(/'/g, "''")}'!A1` };
    ws.getCell(row, 2).font = { color: { argb: 'FF1F4E8C' }, underline: true };
    ws.getCell(row, 3).value = neutraliseText(say(p.table.title, lang));
    ws.getRow(row).commit();
  });
  if (planned.length > 0) ws.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + planned.length, column: 3 } };
  commitSheet(ws);
}

/** Adds the cover, the index, the comparison sheets and every table of every scenario to `wb`, in order. */
export function writeReportSheets(wb: SheetAdder, model: ReportModel): void {
  const used = new Set<string>();
  const { lang, decimals, moneyUnit } = model.meta;
  const coverName = uniqueName(say(COVER_SHEET, lang), used);
  const indexName = uniqueName(say(INDEX_SHEET_LABEL, lang), used);
  const count = model.sections.length;
  const ids = model.sections.map((s) => `${s.scenario.id} ${s.scenario.hash.slice(0, 12)}`).join(' | ');
  const planned: PlannedSheet[] = [];
  for (const t of [model.comparison, model.comparisonByYear, ...model.comparisonTables]) {
    if (t) planned.push({ name: uniqueName(sheetName(t, 0, 1, lang), used), table: t, meta: `${ids} · ${say({ zh: '引擎', en: 'engine' }, lang)} ${model.meta.engineVersion} · ${model.meta.generatedAt} · ${moneyText(model.meta)}`, ident: ids });
  }
  model.sections.forEach((s, i) => {
    for (const t of s.tables) planned.push({ name: uniqueName(sheetName(t, i, count, lang), used), table: t, meta: metaText(model, s), ident: `${s.scenario.id} · hash ${s.scenario.hash.slice(0, 12)}` });
  });
  writeCover(wb, model, coverName);
  writeIndex(wb, model, planned, indexName);
  for (const p of planned) {
    const ws = wb.addWorksheet(p.name, { views: TABLE_SHEET_VIEWS, pageSetup: TABLE_PAGE_SETUP, headerFooter: tableHeaderFooter(p.ident) });
    writeTableSheet(ws, p.table, { lang, decimals, money: moneyUnit, meta: p.meta });
    commitSheet(ws);
  }
}

/** The workbook's bytes, built in memory (the dashboard's path; the CLI streams, see buildXlsxStreamed.ts). */
export async function buildXlsx(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  Object.assign(wb, workbookProperties(model));
  writeReportSheets(wb, model);
  // Fastest deflate level: a large report spent most of its time compressing at the default
  // level 6 for a file only ~15% smaller (issue #12). Deterministic like every level.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } });
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), model.meta.generatedAt);
}
