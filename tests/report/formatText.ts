/**
 * Every format of a report read back as what a reader sees: the numbers of its text (HTML,
 * Markdown, CSV, PDF through pdftotext) or the cached values of its cells (XLSX, exceljs).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

/** Whether poppler-utils' pdftotext is installed (Debian `poppler-utils`). */
export const hasPdftotext = existsSync('/usr/bin/pdftotext');

/** The text of a PDF, page breaks as form feeds (`pdftotext -layout`). */
export function pdfText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'townfisc-pdf-'));
  try {
    writeFileSync(join(dir, 'r.pdf'), pdf);
    execFileSync('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'r.pdf'), join(dir, 'r.txt')]);
    return readFileSync(join(dir, 'r.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Visible text of an HTML page: tags, scripts and styles removed, entities of the escaper decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Decimal numbers shown in `text` (`1,060,308.29`, `-7,555.39`, `1060308.29`), as numbers. */
export function shownNumbers(text: string): number[] {
  return (text.match(/-?\d[\d,]*\.\d+/g) ?? []).map((s) => Number(s.replace(/,/g, '')));
}

/** Every numeric cell value of a workbook: plain numbers and formulas' cached results. */
export async function xlsxNumbers(bytes: Uint8Array): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: number[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value;
    if (typeof v === 'number') out.push(v);
    else if (v !== null && typeof v === 'object' && 'result' in v && typeof v.result === 'number') out.push(v.result);
  })));
  return out;
}

/**
 * Shown values within `tolerance` of `value` that are not `value` (to the cent): another
 * rounding of the same quantity, the inconsistency issue #18 forbids.
 */
export function nearMisses(shown: readonly number[], value: number, tolerance = 0.5): number[] {
  return [...new Set(shown.filter((x) => Math.abs(x - value) > 0.004 && Math.abs(x - value) <= tolerance))];
}
