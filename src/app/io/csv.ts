/**
 * CSV of a table (RFC 4180, UTF-8 with BOM so Excel reads Chinese). Text cells that start
 * with `=`, `+`, `-`, `@`, tab or CR are prefixed with `'` so a spreadsheet never runs them
 * as formulas (SPEC §9, CSV injection). Numbers are written as numbers (a negative amount
 * stays a number); null, NaN and ±Infinity become empty cells.
 */
export type CsvCell = string | number | null | undefined;

const DANGEROUS = /^[=+\-@\t\r]/;

/** A text cell made safe for spreadsheets. */
export function neutralise(text: string): string {
  return DANGEROUS.test(text) ? `'${text}` : text;
}

function cell(v: CsvCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const safe = neutralise(v);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows → CSV text (CRLF line ends, leading BOM). */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
