/**
 * Reading spreadsheet cells as plain data (an input format, beside the scenario loader):
 * formulas give their result, rich text its text, dates their ISO day, blanks undefined.
 * Values are passed through as written for the scenario schema to judge. Browser-safe.
 */
import type ExcelJS from 'exceljs';

export type CellValue = string | number | boolean;

/** A cell's value as plain data; blank (or whitespace) → undefined. */
export function plainCell(v: ExcelJS.CellValue): CellValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) return plainCell(v.result as ExcelJS.CellValue);
    if ('richText' in v) return plainCell(v.richText.map((t) => t.text).join(''));
    if ('text' in v) return plainCell((v as { text: ExcelJS.CellValue }).text);
  }
  return String(v);
}

/** 是/否, yes/no, true/false, 1/0 as a boolean; anything else as written (the schema reports it). */
export function flagCell(v: CellValue): CellValue {
  if (typeof v === 'boolean') return v;
  const s = String(v).toLowerCase();
  if (['是', 'yes', 'y', 'true', '1'].includes(s)) return true;
  if (['否', 'no', 'n', 'false', '0'].includes(s)) return false;
  return v;
}

/** Excel column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
