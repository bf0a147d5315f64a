/**
 * The report model (issue #7): display tables built once from run results, at display
 * precision, and rendered by every format (XLSX, CSV, HTML, PDF, Markdown). Plain data,
 * browser-safe. Every number in a table is already rounded for display, and every total
 * is the sum of the displayed rows it totals (SPEC §1: a report always foots).
 */
import type { ReportChart } from './charts.ts';

/** A bilingual label: Simplified Chinese first, English second. */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/**
 * How a column's numbers are rounded and shown: `wan` money (万元 in the model, shown in the
 * report's money unit), `mu` 亩, `perJob` 万元/人 (never shifted to 亿元), `pp` a difference of
 * two shares in percentage points (个百分点), `share` as a percent, `ratio` (multiples, debt ratios), `number` (values of
 * mixed units, e.g. a limit row), `raw` (inputs, never rounded), `count`, `year`, `text`.
 */
export type Unit = 'wan' | 'share' | 'pp' | 'ratio' | 'number' | 'raw' | 'count' | 'mu' | 'perJob' | 'year' | 'text';

/** Who a row is about, for the long CSV (SPEC §10 subject kinds, plus the scenario itself). */
export interface Subject {
  readonly kind: string;
  readonly id: string;
}

/**
 * A cell computed from displayed cells of the same row (issue #18: live formulas in XLSX
 * whose cached value is the displayed one): `ratio` Σnum / Σden (null when Σden is 0),
 * `difference` a − b, `product` the product of `of`.
 */
export type ColumnFormula =
  | { readonly kind: 'ratio'; readonly num: readonly string[]; readonly den: readonly string[] }
  | { readonly kind: 'difference'; readonly a: string; readonly b: string }
  | { readonly kind: 'product'; readonly of: readonly string[] };

/** A column: what it holds, how it is rounded, and how it foots. */
export interface Column {
  /** Metric id in the long CSV (`rewardsPaid`, `equity`, …). */
  readonly key: string;
  readonly label: Label;
  readonly unit: Unit;
  /** `label` columns name the row (not exported as values); `value` columns hold data. */
  readonly role: 'label' | 'value';
  /** Set on a column that holds one year of a series. */
  readonly year?: number;
  /** The total row sums this column (flows only; balances and ratios are never summed over years). */
  readonly total?: boolean;
  /** A row total: this cell is the sum of the displayed cells of these column keys (横加). */
  readonly sumOf?: readonly string[];
  /** This cell is computed from the row's displayed cells (after `sumOf` cells), then rounded. */
  readonly formula?: ColumnFormula;
  /** The column's unit holds even where a row overrides the unit (a Δ% column of a mixed-unit table). */
  readonly fixedUnit?: boolean;
  /** A difference column: a row in percent shows its difference in percentage points (个百分点). */
  readonly delta?: boolean;
  /** Cells come from user text (names, ids, descriptions): neutralised in spreadsheets (SPEC §9). */
  readonly userText?: boolean;
}

/**
 * A displayed cell: text (names, ids, user text: shown as is), a label (words the report
 * shows in its language: a status, a tier, a theme), a number at display precision, or
 * null (shown "—").
 */
export type Cell = string | number | null | Label;

/** A table row, with what the long CSV needs to name it. */
export interface Row {
  readonly cells: readonly Cell[];
  /** Overrides the table's subject for this row. */
  readonly subject?: Subject;
  /** The metric a row stands for, when columns are years. */
  readonly metric?: string;
  /** The year a row stands for, when columns are metrics. */
  readonly year?: number;
  /** Overrides the unit of this row's value columns (a metric/value table mixing units). */
  readonly unit?: Unit;
}

/** A display table; `total` foots the `total` columns of `rows`. */
export interface Table {
  readonly id: string;
  readonly title: Label;
  /** Default subject of the rows (the long CSV). */
  readonly subject: Subject;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Sums of the `total` columns over the displayed rows; null when the table has no total row. */
  readonly total: readonly Cell[] | null;
  readonly note?: Label;
  /** Printed on one page (a 财承 table, issue #18). */
  readonly keepTogether?: boolean;
  /** Its XLSX sheet name, when the table's id does not give one (a 财承 table names its level). */
  readonly sheet?: Label;
}

/** One scenario's part of a report. */
export interface ScenarioSection {
  readonly scenario: { readonly id: string; readonly name: string; readonly hash: string };
  readonly engineVersion: string;
  readonly years: readonly number[];
  readonly tables: readonly Table[];
  /** The section's charts (shared chart data, `src/charts`; lines from the result's `thresholds`). */
  readonly charts: readonly ReportChart[];
  /** 主要结论: sentences saying what the run means, shown before any chart or table (issue #18). */
  readonly conclusions: readonly Label[];
}

/** What identifies a report besides its scenarios. */
export interface ReportMeta {
  /** Generation date, ISO `YYYY-MM-DD` (fixed by `--date` or `SOURCE_DATE_EPOCH` for reproducible bytes). */
  readonly generatedAt: string;
  readonly engineVersion: string;
  /** Decimals of amounts in 万元, the model's unit: the shown unit's decimals less its shift (亿元 at 4 decimals: 0). */
  readonly decimals: number;
  readonly lang: Lang;
  /** The unit money is shown in (default 万元). */
  readonly moneyUnit: MoneyUnit;
  /** 编制单位 on the cover. */
  readonly organisation: string;
  /** Report number on the cover: given, or derived from the date and the first scenario's hash. */
  readonly reportNumber: string;
  /** The scenarios' data are illustrative (示意数据): the cover and every page say so. */
  readonly illustrative: boolean;
}

/** The report's edition: every heading, caption, label and sheet name in this language (issue #18). */
export type Lang = 'zh' | 'en';

/**
 * The unit money is shown in (SPEC §1: money is 万元; reports may show 亿元). The model keeps
 * 万元, rounded on the grid of the shown unit; formats divide by 10⁴ for 亿元 (an exact
 * decimal shift, so every total still foots).
 */
export type MoneyUnit = 'wan' | 'yi';

/** Everything every format renders. */
export interface ReportModel {
  readonly meta: ReportMeta;
  readonly sections: readonly ScenarioSection[];
  /** Side-by-side key metrics when the report holds several scenarios (compareResults). */
  readonly comparison: Table | null;
  /** With several scenarios: their city figures year by year, side by side. */
  readonly comparisonByYear: Table | null;
  /** With several scenarios: one sentence per scenario after the first, what it changes (issue #18 headline). */
  readonly comparisonHeadline: readonly Label[];
  /** With several scenarios: the ratio series by year side by side (PPP share per level, broad ratio per district). */
  readonly comparisonTables: readonly Table[];
  /** With several scenarios: overlaid charts (empty for one scenario). */
  readonly comparisonCharts: readonly ReportChart[];
}
