/**
 * Builds a display table that foots (SPEC §1, 横加竖加一致): every number is rounded to
 * display precision first; a row-total cell (`sumOf`) is the exact sum of the displayed
 * cells it adds; the total row is the exact sum of the displayed rows above it.
 */
import { roundDisplay, sumDisplayed, unitDecimals } from './round.ts';
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import type { Cell, Column, ColumnFormula, Label, Row, Subject, Table, Unit } from './types.ts';

/** Label of a total row. */
export const TOTAL_LABEL: Label = { zh: '合计', en: 'Total' };

/** Whether a cell is a label (words shown in the edition's language) rather than text shown as is. */
export function isLabel(c: Cell): c is Label {
  return typeof c === 'object' && c !== null;
}

/**
 * An id column: the keys analysts pivot on (`id`, `townId`, `programId`, `projectId`, the
 * rule id `rule`, a parameter's `path` in the scenario file). Ids are codes and stay as the file writes them; every other column shows
 * words (issue #18: no English codes in the Chinese edition outside id columns).
 */
export function isIdColumn(c: Pick<Column, 'key'>): boolean {
  return c.key === 'id' || c.key === 'rule' || c.key === 'path' || c.key.endsWith('Id');
}

export interface TableSpec {
  readonly id: string;
  readonly title: Label;
  readonly subject: Subject;
  readonly columns: readonly Column[];
  /** Raw rows, cells aligned with `columns`; row-total cells may be given as null. */
  readonly rows: readonly Row[];
  readonly note?: Label;
  readonly keepTogether?: boolean;
  readonly sheet?: Label;
}

/** The unit a cell is shown in: the row's override for value columns, else the column's. */
export function cellUnit(c: Column, r: Pick<Row, 'unit'>): Unit {
  const unit = c.role === 'value' && r.unit && !c.fixedUnit ? r.unit : c.unit;
  return c.delta && unit === 'share' ? 'pp' : unit;
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
  const colIndex = (k: string): number => {
    const i = index.get(k);
    if (i === undefined) throw new Error(`report table ${spec.id}: a formula names unknown column ${k}`);
    return i;
  };
  const rows = spec.rows.map((r): Row => {
    const cells = columns.map((c, i) => displayCell(c, r, r.cells[i] ?? null, decimals));
    columns.forEach((c, i) => {
      const parts = sumIdx[i] ?? [];
      if (c.sumOf) cells[i] = sumDisplayed(parts.map((j) => numberOf(cells[j] ?? null)));
    });
    columns.forEach((c, i) => {
      if (c.formula && typeof cells[i] !== 'string') cells[i] = roundDisplay(evaluate(c.formula, (k) => numberOf(cells[colIndex(k)] ?? null)), unitDecimals(cellUnit(c, r), decimals));
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
  return { id: spec.id, title: spec.title, subject: spec.subject, columns, rows, total, ...(spec.note ? { note: spec.note } : {}), ...(spec.keepTogether ? { keepTogether: true } : {}), ...(spec.sheet ? { sheet: spec.sheet } : {}) };
}

/** A formula on displayed values, in exact decimals; null when an operand is missing or a divisor is 0. */
export function evaluate(f: ColumnFormula, value: (key: string) => number | null): number | null {
  const D = (k: string) => { const v = value(k); return v === null ? null : new LedgerDecimal(v); };
  switch (f.kind) {
    case 'ratio': {
      const den = sumDisplayed(f.den.map(value));
      return den === 0 ? null : new LedgerDecimal(sumDisplayed(f.num.map(value))).dividedBy(den).toNumber();
    }
    case 'difference': {
      const a = D(f.a); const b = D(f.b);
      return a === null || b === null ? null : a.minus(b).toNumber();
    }
    case 'product': {
      const factors = f.of.map(D);
      return factors.some((x) => x === null) ? null : factors.reduce<InstanceType<typeof LedgerDecimal>>((a, x) => a.times(x ?? 1), new LedgerDecimal(1)).toNumber();
    }
    default: {
      const never: never = f;
      return never;
    }
  }
}

function numberOf(c: Cell): number | null {
  return typeof c === 'number' ? c : null;
}

/** A label column. */
export function labelCol(key: string, zh: string, en: string, unit: Column['unit'] = 'text', userText = false): Column {
  return { key, label: { zh, en }, unit, role: 'label', ...(userText ? { userText } : {}) };
}

/** A value column; `total` for flows summed by the total row. */
export function valueCol(key: string, zh: string, en: string, unit: Column['unit'], opts: Partial<Pick<Column, 'total' | 'sumOf' | 'year' | 'userText' | 'formula' | 'fixedUnit' | 'delta'>> = {}): Column {
  return { key, label: { zh, en }, unit, role: 'value', ...opts };
}

/** One value column per year (`y2026`…), each with the year set. */
export function yearCols(years: readonly number[], unit: Column['unit'], total: boolean): Column[] {
  return years.map((y) => valueCol(`y${y}`, String(y), String(y), unit, { year: y, total }));
}
