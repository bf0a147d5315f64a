/**
 * The settlement sheet as XLSX (SPEC §12, for sign-off): a cover sheet with the header and
 * the sign-off block, then one sheet per table written by the report's own
 * `writeTableSheet` (totals are live `SUM` formulas with cached values, so the workbook
 * foots), the sign-off lines again under the payments table. Every sheet prints with the
 * version and both hashes in its header and "第 x 页 共 y 页" in its footer. Pure: bytes
 * out, the same settlement on the same date gives the same bytes.
 */
import ExcelJS from 'exceljs';
import type { Settlement } from '../../core/actuals/settlement/index.ts';
import { bilingual } from '../format/cellText.ts';
import { neutraliseText } from '../format/neutralise.ts';
import { writeTableSheet } from '../xlsx/tableSheet.ts';
import { fixZipTimestamps } from '../xlsx/zipTimestamps.ts';
import { headerLines, pageFooter } from './header.ts';
import { SIGN_OFF, settlementTitle } from './labels.ts';
import { settlementTables } from './tables.ts';

const SHEETS: Readonly<Record<string, string>> = {
  'settle-payments': '清算明细 Payments',
  'settle-districts': '分区汇总 Districts',
  'settle-pool': '资金池 Pool',
  'settle-chain': '指标完成 KPIs',
  'settle-status': '动态管理 Status',
  'settle-reconciliation': '对账 Reconciliation',
};

/** Header/footer codes: text with `&` doubled (Excel's escape). */
const hf = (s: string) => s.replace(/&/g, '&&');

function pageSetup(ws: ExcelJS.Worksheet, s: Settlement): void {
  ws.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  ws.headerFooter = {
    oddHeader: `&L${hf(bilingual(settlementTitle(s.year, s.public), 'zh'))}&R${hf(s.info.version)}`,
    oddFooter: `&L${hf(pageFooter(s))}&R第 &P 页 共 &N 页 page &P of &N`,
  };
}

function signOff(ws: ExcelJS.Worksheet, from: number): void {
  ws.getCell(from, 1).value = '签字 Sign-off';
  ws.getCell(from, 1).font = { bold: true };
  SIGN_OFF.forEach((l, i) => {
    ws.getCell(from + 1 + i, 1).value = `${l.zh} ${l.en}`;
    ws.getCell(from + 1 + i, 2).value = '签字 signature：＿＿＿＿＿＿ 日期 date：＿＿＿＿';
  });
}

/** The workbook's bytes. */
export async function settlementXlsx(s: Settlement, opts: { readonly decimals: number; readonly date: string }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const when = new Date(`${opts.date}T00:00:00Z`);
  wb.creator = 'townfisc';
  wb.created = when;
  wb.modified = when;
  const cover = wb.addWorksheet('封面 Cover');
  cover.getCell(1, 1).value = bilingual(settlementTitle(s.year, s.public), 'zh');
  cover.getCell(1, 1).font = { bold: true, size: 14 };
  const lines = headerLines(s, opts.date);
  lines.forEach((m, i) => {
    cover.getCell(3 + i, 1).value = `${m.zh} ${m.en}`;
    cover.getCell(3 + i, 2).value = neutraliseText(m.value);
  });
  signOff(cover, 4 + lines.length);
  cover.getColumn(1).width = 34;
  cover.getColumn(2).width = 80;
  pageSetup(cover, s);
  const meta = `${s.scenario.id} · scenario ${s.scenario.hash} · actuals ${s.scenario.actualsHash} · ${s.info.version} · ${opts.date}`;
  for (const t of settlementTables(s, opts.decimals)) {
    const ws = wb.addWorksheet(SHEETS[t.id] ?? t.id);
    writeTableSheet(ws, t, { lang: 'zh', decimals: opts.decimals, meta });
    if (t.id === 'settle-payments') signOff(ws, ws.rowCount + 3);
    pageSetup(ws, s);
  }
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimestamps(new Uint8Array(buffer as ArrayBuffer), opts.date);
}
