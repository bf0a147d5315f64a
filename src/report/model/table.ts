/**
 * Builds a display table that foots (SPEC §1, 横加竖加一致): every number is rounded to
 * display precision first; a row-total cell (`sumOf`) is the exact sum of the displayed
 * cells it adds; the total row is the exact sum of the displayed rows above it.
 */
import { roundDisplay, sumDisplayed, unitDecimals } from './round.ts';
import type { Cell, Column, Label, Row, Subject, Table, Unit } from './types.ts';

/** Label of a total row (both languages: it is one cell). */
export const TOTAL_LABEL = '合计 Total';

export interface TableSpec {
  readonly id: string;
  readonly title: Label;
  readonly subject: Subject;
  readonly columns: readonly Column[];
  /** Raw rows, cells aligned with `columns`; row-total cells may be given as null. */
  readonly rows: readonly Row[];
  readonly note?: Label;
  readonly keepTogether?: boolean;
}

/** The unit a cell is shown in: the row's override for value columns, else the column's. */
export function cellUnit(c: Column, r: Pick<Row, 'unit'>): Unit {
  return c.role === 'value' && r.unit ? r.unit : c.unit;
}

function displayCell(c: Column, r: Row, v: Cell, decimals: number): Cell {
  const unit = cellUnit(c, r);
  if (unit === 'text' || typeof v !== 'number') return v;
  return roundDisplay(v, unitDecimals(unit, decimals));
}

/** Rounds, adds row totals and the total row; `decimals` are the 万元 decimals. */
export function buildTable(spec: TableSpec, decimals: number): Table {
  const { columns } = spec;
  const index = new Map(columns.map((c, i) => [c.key, i] as const));
  const sumIdx = columns.map((c) =>
    (c.sumOf ?? []).map((k) => {
      const i = index.get(k);
      if (i === undefined) throw new Error(`report table ${spec.id}: sumOf names unknown column ${k}`);
      return i;
    }),
  );
  const rows = spec.rows.map((r): Row => {
    const cells = columns.map((c, i) => displayCell(c, r, r.cells[i] ?? null, decimals));
    columns.forEach((c, i) => {
      const parts = sumIdx[i] ?? [];
      if (c.sumOf) cells[i] = sumDisplayed(parts.map((j) => numberOf(cells[j] ?? null)));
    });
    return { ...r, cells };
  });
  const hasTotal = columns.some((c) => c.total);
  const total = hasTotal
    ? columns.map((c, i): Cell => {
        if (c.total) return sumDisplayed(rows.map((r) => numberOf(r.cells[i] ?? null)));
        return i === 0 ? TOTAL_LABEL : null;
      })
    : null;
  return { id: spec.id, title: spec.title, subject: spec.subject, columns, rows, total, ...(spec.note ? { note: spec.note } : {}), ...(spec.keepTogether ? { keepTogether: true } : {}) };
}

function numberOf(c: Cell): number | null {
  return typeof c === 'number' ? c : null;
}

/** A label column. */
export function labelCol(key: string, zh: string, en: string, unit: Column['unit'] = 'text', userText = false): Column {
  return { key, label: { zh, en }, unit, role: 'label', ...(userText ? { userText } : {}) };
}

/** A value column; `total` for flows summed by the total row. */
export function valueCol(key: string, zh: string, en: string, unit: Column['unit'], opts: Partial<Pick<Column, 'total' | 'sumOf' | 'year' | 'userText'>> = {}): Column {
  return { key, label: { zh, en }, unit, role: 'value', ...opts };
}

/** One value column per year (`y2026`…), each with the year set. */
export function yearCols(years: readonly number[], unit: Column['unit'], total: boolean): Column[] {
  return years.map((y) => valueCol(`y${y}`, String(y), String(y), unit, { year: y, total }));
}
