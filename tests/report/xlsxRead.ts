/** Reading an XLSX report back (exceljs): cached values, a recalculation of the report's formulas, shown decimals. */
import ExcelJS from 'exceljs';
import { expect } from 'vitest';

export async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** The cached value of a cell: a number, or a formula's result. */
export function cached(ws: ExcelJS.Worksheet, ref: string): number | null {
  const v = ws.getCell(ref).value;
  if (typeof v === 'number') return v;
  if (v !== null && typeof v === 'object' && 'result' in v && typeof v.result === 'number') return v.result;
  return null;
}

/**
 * Recalculates a formula of the report's vocabulary (`SUM(B5:E5)`, `B5+C5`, `(B5+C5)/D5`,
 * `B5-C5`, `B5*C5`) from the cached values of the cells it names.
 */
export function recalc(ws: ExcelJS.Worksheet, formula: string): number {
  const expanded = formula.replace(/SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)/g, (_, c1: string, r1: string, c2: string, r2: string) => {
    const refs: string[] = [];
    const a = ws.getColumn(c1).number; const b = ws.getColumn(c2).number;
    for (let r = Number(r1); r <= Number(r2); r++) for (let c = a; c <= b; c++) refs.push(`${ws.getColumn(c).letter}${r}`);
    return `(${refs.map((x) => String(cached(ws, x) ?? 0)).join('+')})`;
  });
  const numeric = expanded.replace(/\b([A-Z]+\d+)\b/g, (ref: string) => `(${String(cached(ws, ref) ?? 0)})`);
  expect(numeric, formula).toMatch(/^[-+*/().\d\se]+$/);
  return Function(`"use strict"; return (${numeric});`)() as number;
}

/** Decimals a number format shows (`#,##0.00` → 2, `0.00%` → 4 of the fraction). */
export function shownDecimals(numFmt: string): number {
  const d = /\.(0+)/.exec(numFmt)?.[1]?.length ?? 0;
  return numFmt.includes('%') ? d + 2 : d;
}

