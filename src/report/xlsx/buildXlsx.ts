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
import { writeTableSheet } from './tableSheet.ts';
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

function writeCover(wb: ExcelJS.Workbook, model: ReportModel, used: Set<string>): void {
  const ws = wb.addWorksheet(uniqueName('报告 Report', used));
  const { lang } = model.meta;
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
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 80;
}

/** The workbook's bytes. */
export async function buildXlsx(model: ReportModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${model.meta.generatedAt}T00:00:00Z`);
  wb.creator = 'townfisc';
  wb.lastModifiedBy = 'townfisc';
  wb.created = when;
  wb.modified = when;
  const used = new Set<string>();
  writeCover(wb, model, used);
  const { lang, decimals } = model.meta;
  const count = model.sections.length;
  const ids = model.sections.map((s) => `${s.scenario.id} ${s.scenario.hash.slice(0, 12)}`).join(' | ');
  for (const t of [model.comparison, model.comparisonByYear]) {
    if (!t) continue;
    const ws = wb.addWorksheet(uniqueName(sheetName(t.id, 0, 1), used));
    writeTableSheet(ws, t, { lang, decimals, meta: `${ids} · engine ${model.meta.engineVersion} · ${model.meta.generatedAt}` });
  }
  model.sections.forEach((s, i) => {
    for (const t of s.tables) {
      const ws = wb.addWorksheet(uniqueName(sheetName(t.id, i, count), used));
      writeTableSheet(ws, t, { lang, decimals, meta: metaText(model, s) });
    }
  });
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), model.meta.generatedAt);
}
