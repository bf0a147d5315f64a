/**
 * One report table on its own worksheet: title with its unit caption, identification line,
 * a two-line header (the label in the edition's language, its unit beneath) frozen with
 * the first column, the rows (money in the report's unit: 万元, or 亿元 shifted exactly),
 * and a total row of real `SUM` formulas over the rows, each carrying its computed value
 * as the cached result so viewers that do not recalculate still show it. Row totals
 * (`sumOf`) are formulas too. Text cells are neutralised (SPEC §9); numbers stay numbers.
 */
import type { HeaderFooter, PageSetup, Style, Worksheet, WorksheetView } from 'exceljs';
import { say, textOf as labelText } from '../format/cellText.ts';
import { neutraliseText } from '../format/neutralise.ts';
import { columnUnit, rowUnit, tableCaption, withUnit } from '../format/units.ts';
import { moneyShift, toShown } from '../model/round.ts';
import { cellUnit } from '../model/table.ts';
import type { Cell, ColumnFormula, Lang, MoneyUnit, Row, Table, Unit } from '../model/types.ts';
import { excelNumberFormat } from './numberFormat.ts';
import { columnLetter } from '../../scenario/workbook/cells.ts';

/** Rows of the layout (1-based): title, identification, two header lines, then data. */
export const TITLE_ROW = 1;
export const META_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 5;

/** Excel column letters (shared with the workbook readers of `src/scenario/workbook`). */
export { columnLetter };

function textOf(v: string): string {
  return neutraliseText(v);
}

function sumFormula(cols: readonly number[], row: number): string {
  const sorted = [...cols].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '0';
  const contiguous = sorted.every((c, i) => c === first + i);
  return contiguous
    ? `SUM(${columnLetter(first)}${row}:${columnLetter(last)}${row})`
    : sorted.map((c) => `${columnLetter(c)}${row}`).join('+');
}

/** A computed column's live formula on row `row` (its operands' cells of the same row). */
export function cellFormula(f: ColumnFormula, col: (key: string) => number, row: number): string {
  const ref = (k: string) => `${columnLetter(col(k))}${row}`;
  switch (f.kind) {
    case 'ratio': {
      const part = (ks: readonly string[]) => (ks.length === 1 ? ref(ks[0] ?? '') : `(${ks.map(ref).join('+')})`);
      return `${part(f.num)}/${part(f.den)}`;
    }
    case 'difference':
      return `${ref(f.a)}-${ref(f.b)}`;
    case 'product':
      return f.of.map(ref).join('*');
    default: {
      const never: never = f;
      return never;
    }
  }
}

/**
 * One frozen style object per (number format, total row) pair, shared by every cell that
 * uses it. exceljs keys a cell's style id on the style object's identity (a WeakMap), so
 * shared objects are registered once instead of once per cell, which made a large report
 * grow faster than quadratically (issue #12). Cells that carry a shared style are never
 * given a font, fill or border one property at a time, which would change it for all.
 */
const sharedStyles = new Map<string, Partial<Style>>();
const NO_STYLE: Partial<Style> = Object.freeze({});

function dataStyle(numFmt: string | undefined, total: boolean): Partial<Style> {
  if (numFmt === undefined && !total) return NO_STYLE;
  const key = `${total ? 'T' : 'D'}${numFmt ?? ''}`;
  let style = sharedStyles.get(key);
  if (!style) {
    style = Object.freeze({
      ...(numFmt === undefined ? {} : { numFmt }),
      ...(total ? { font: Object.freeze({ bold: true }), border: Object.freeze({ top: Object.freeze({ style: 'thin' as const }) }) } : {}),
    });
    sharedStyles.set(key, style);
  }
  return style;
}

export interface SheetContext {
  readonly lang: Lang;
  readonly decimals: number;
  /** The unit money is shown in (default 万元). */
  readonly money?: MoneyUnit;
  /** The identification line: scenario, hash, engine, date. */
  readonly meta: string;
}

/**
 * Writes `t` onto the empty worksheet `ws`, an in-memory sheet or a streamed one (exceljs
 * WorksheetWriter): rows in order, column widths before the first row is committed.
 */
export function writeTableSheet(ws: Worksheet, t: Table, ctx: SheetContext): void {
  const { lang, decimals } = ctx;
  const money = ctx.money ?? 'wan';
  const caption = tableCaption(t, lang, money);
  ws.getCell(TITLE_ROW, 1).value = textOf(`${say(t.title, lang)}${caption ? `  ${caption}` : ''}`);
  ws.getCell(TITLE_ROW, 1).font = { bold: true, size: 13 };
  ws.getCell(META_ROW, 1).value = textOf(ctx.meta);
  ws.getCell(META_ROW, 1).font = { italic: true, color: { argb: 'FF555555' } };
  t.columns.forEach((c, i) => {
    const h1 = ws.getCell(HEADER_ROW, i + 1);
    const h2 = ws.getCell(HEADER_ROW + 1, i + 1);
    h1.value = textOf(c.label[lang]);
    // the unit line: the column's own unit, else the caption's money unit for a money column
    const unit = columnUnit(t, i, lang, money) ?? (c.role === 'value' && c.unit === 'wan' && caption ? caption.replace(/^(单位：|Unit: )/, '') : null);
    h2.value = textOf(unit ?? '');
    h1.font = { bold: true };
    h2.font = { color: { argb: 'FF666666' }, size: 9 };
    for (const h of [h1, h2]) {
      h.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
      h.alignment = { horizontal: c.role === 'value' && c.unit !== 'text' ? 'right' : 'left', vertical: 'middle', wrapText: true };
    }
    ws.getColumn(i + 1).width = c.role === 'label' ? (c.unit === 'year' ? 8 : 24) : c.unit === 'text' ? 22 : 15;
  });
  const keyCol = new Map(t.columns.map((c, i) => [c.key, i + 1] as const));
  const lastData = FIRST_DATA_ROW + t.rows.length - 1;
  const numFmts = new Map<Unit, string>();
  const numFmtOf = (unit: Unit): string => {
    let f = numFmts.get(unit);
    if (f === undefined) numFmts.set(unit, (f = excelNumberFormat(unit, decimals, money)));
    return f;
  };
  /** A product giving money from operands none of which is money (an input in 万元 times factors) is divided into the shown unit. */
  const moneyFromUnshifted = (f: ColumnFormula, unit: Unit, r: Pick<Row, 'unit'>): string => {
    const k = moneyShift(money);
    if (f.kind !== 'product' || unit !== 'wan' || k === 0) return '';
    const operandMoney = f.of.some((key) => { const c = t.columns.find((x) => x.key === key); return c !== undefined && cellUnit(c, r) === 'wan'; });
    return operandMoney ? '' : `/${10 ** k}`;
  };
  const writeRow = (r: Pick<Row, 'cells' | 'unit'>, rowNo: number, isTotal: boolean) => {
    const row = ws.getRow(rowNo);
    t.columns.forEach((c, i) => {
      const v: Cell = r.cells[i] ?? null;
      // An empty cell of a data row is left out altogether; a total row is styled across.
      if (v === null && !isTotal) return;
      const cell = row.getCell(i + 1);
      if (typeof v === 'number') {
        const unit = cellUnit(c, r);
        const shown = toShown(v, unit, money);
        const parts = (c.sumOf ?? []).map((k) => keyCol.get(k) ?? 0);
        if (isTotal && c.total && t.rows.length > 0) {
          cell.value = { formula: `SUM(${columnLetter(i + 1)}${FIRST_DATA_ROW}:${columnLetter(i + 1)}${lastData})`, result: shown };
        } else if (c.sumOf && parts.length > 0) {
          cell.value = { formula: sumFormula(parts, rowNo), result: shown };
        } else if (c.formula && !isTotal) {
          cell.value = { formula: `${cellFormula(c.formula, (k) => keyCol.get(k) ?? 0, rowNo)}${moneyFromUnshifted(c.formula, unit, r)}`, result: shown };
        } else {
          cell.value = shown;
        }
        cell.style = dataStyle(numFmtOf(unit), isTotal);
      } else {
        if (v !== null) cell.value = textOf(i === 0 ? withUnit(labelText(v, lang), rowUnit(t, r.unit, lang, money), lang) : labelText(v, lang));
        cell.style = dataStyle(undefined, isTotal);
      }
    });
  };
  // Committing a row is a no-op in memory; a streamed sheet writes it out and lets it go.
  t.rows.forEach((r, k) => {
    writeRow(r, FIRST_DATA_ROW + k, false);
    ws.getRow(FIRST_DATA_ROW + k).commit();
  });
  if (t.rows.length > 0) {
    // the second header line is the filter row, so a pivot or a filter sees one header per column
    ws.autoFilter = { from: { row: HEADER_ROW + 1, column: 1 }, to: { row: lastData, column: t.columns.length } };
  }
  let next = FIRST_DATA_ROW + t.rows.length;
  if (t.total) {
    writeRow({ cells: t.total }, next, true);
    next += 1;
  }
  if (t.note) {
    ws.getCell(next + 1, 1).value = textOf(say(t.note, lang));
    ws.getCell(next + 1, 1).font = { size: 9, color: { argb: 'FF666666' } };
  }
}

/** Print setup of a table sheet: A4 landscape, fitted to one page wide, the two header rows repeated on every page. */
export const TABLE_PAGE_SETUP: Partial<PageSetup> = {
  paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW + 1}`,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

/** Header and footer of every printed page: the sheet and the identification (scenario, hash) above, the page number below. */
export function tableHeaderFooter(ident: string): Partial<HeaderFooter> {
  const safe = ident.replace(/&/g, '&&');
  return { oddHeader: `&L&A&R${safe}`, oddFooter: '&Ltownfisc&C第 &P 页 / 共 &N 页  Page &P of &N' };
}

/** The view of a table sheet (given when the sheet is added: a streamed sheet writes it first): the first column and the header rows frozen. */
export const TABLE_SHEET_VIEWS: Array<Partial<WorksheetView>> = [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW + 1 }];
