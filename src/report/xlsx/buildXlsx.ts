/**
 * The XLSX report (issue #7, exceljs): a cover sheet identifying every scenario, the
 * comparison when there are several, then one sheet per table of each scenario (summary,
 * city, 财承, towns, PPP, funds, debt & limits, findings, assumptions). Totals are `SUM`
 * formulas with their computed values cached. Pure: model in, bytes out; the same model
 * on the same date gives the same bytes.
 */
import ExcelJS from 'exceljs';
import { bilingual } from '../format/cellText.ts';
import { metaLines } from '../format/meta.ts';
import { neutraliseText } from '../format/neutralise.ts';
import type { ReportModel, ScenarioSection } from '../model/types.ts';
import { sheetName } from './sheetNames.ts';
import { TABLE_SHEET_VIEWS, writeTableSheet } from './tableSheet.ts';
import { fixZipTimestamps } from './zipTimestamps.ts';

function metaText(model: ReportModel, s: ScenarioSection): string {
  return `${s.scenario.name} (${s.scenario.id}) · hash ${s.scenario.hash} · engine ${s.engineVersion} · ${model.meta.generatedAt} · 万元`;
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

/** Commits a streamed sheet (writes it out and frees it); an in-memory sheet has nothing to commit. */
function commitSheet(ws: ExcelJS.Worksheet): void {
  (ws as ExcelJS.Worksheet & { commit?: () => void }).commit?.();
}

function writeCover(wb: SheetAdder, model: ReportModel, used: Set<string>): void {
  const ws = wb.addWorksheet(uniqueName('报告 Report', used));
  const { lang } = model.meta;
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 80;
  ws.getCell('A1').value = bilingual({ zh: '特色小镇财政模拟报告', en: 'Town fiscal report' }, lang);
  ws.getCell('A1').font = { bold: true, size: 14 };
  let row = 3;
  for (const s of model.sections) {
    for (const m of metaLines(model.meta, s)) {
      ws.getCell(row, 1).value = bilingual(m, lang);
      ws.getCell(row, 2).value = neutraliseText(m.value);
      row += 1;
    }
    row += 1;
  }
  commitSheet(ws);
}

/** Workbook properties fixed to the report date, so the same model gives the same bytes. */
export function workbookProperties(model: ReportModel): { creator: string; lastModifiedBy: string; created: Date; modified: Date } {
  const when = new Date(`${model.meta.generatedAt}T00:00:00Z`);
  return { creator: 'townfisc', lastModifiedBy: 'townfisc', created: when, modified: when };
}

/** Adds the cover, the comparison sheets and every table of every scenario to `wb`, in order. */
export function writeReportSheets(wb: SheetAdder, model: ReportModel): void {
  const used = new Set<string>();
  writeCover(wb, model, used);
  const { lang, decimals } = model.meta;
  const count = model.sections.length;
  const ids = model.sections.map((s) => `${s.scenario.id} ${s.scenario.hash.slice(0, 12)}`).join(' | ');
  const add = (name: string) => wb.addWorksheet(uniqueName(name, used), { views: TABLE_SHEET_VIEWS });
  for (const t of [model.comparison, model.comparisonByYear]) {
    if (!t) continue;
    const ws = add(sheetName(t.id, 0, 1));
    writeTableSheet(ws, t, { lang, decimals, meta: `${ids} · engine ${model.meta.engineVersion} · ${model.meta.generatedAt}` });
    commitSheet(ws);
  }
  model.sections.forEach((s, i) => {
    for (const t of s.tables) {
      const ws = add(sheetName(t.id, i, count));
      writeTableSheet(ws, t, { lang, decimals, meta: metaText(model, s) });
      commitSheet(ws);
    }
  });
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
