/**
 * The chart data the dashboard and the HTML report draw: a plain, serialisable subset of
 * Chart.js data built by pure functions (STYLE rule 12) and handed to Chart.js only inside
 * a component or the report's page script. Values are finite numbers or null (a gap);
 * `clean` enforces it (SPEC §1: no NaN or Infinity in a chart). Browser-safe: no Node, no
 * React.
 */

/** Language shown: Simplified Chinese or English. */
export type Lang = 'zh' | 'en';

/** A bilingual text, Chinese first (titles, labels). */
export interface Label {
  readonly zh: string;
  readonly en: string;
}

/** The y unit of a chart: 万元, a share (decimal, shown as percent), a plain ratio, a count. */
export type ChartUnit = 'wan' | 'share' | 'ratio' | 'count';

/** An entity's id and display name. */
export interface Named {
  readonly id: string;
  readonly name: string;
}

/** The names the charts label series with (the dashboard's ScenarioMeta and a Scenario both fit). */
export interface ChartNames {
  readonly districts: readonly Named[];
  readonly programs: readonly Named[];
  readonly funds: readonly Named[];
}

/** The display name of an entity by id, falling back to the id. */
export function nameIn(list: readonly Named[], id: string): string {
  return list.find((e) => e.id === id)?.name ?? id;
}

/** The text of a label in `lang`. */
export function inLang(lang: Lang, l: Label): string {
  return lang === 'zh' ? l.zh : l.en;
}

export interface Dataset {
  readonly label: string;
  readonly data: readonly (number | null)[];
  readonly colour: string;
  /** Drawn as bars (stacked within `stack`) or as a line. */
  readonly type: 'bar' | 'line';
  readonly stack?: string;
  /** A threshold or reference line: dashed, no points. */
  readonly dashed?: boolean;
  /** A rule line in force year by year: drawn as steps (a dated version takes effect at its year, not between years). */
  readonly stepped?: boolean;
  /** Line dash pattern (overlaid scenarios B, C, D stay visible where they coincide with A). */
  readonly dash?: readonly number[];
  /** Plotted against the right-hand axis. */
  readonly axis?: 'y' | 'y2';
  /** Point marker of a data line (Chart.js `pointStyle`), so lines stay apart in greyscale (issue #18). */
  readonly marker?: Marker;
  /** Text drawn at the line's last point (a direct label; the legend is not needed to read the chart). */
  readonly directLabel?: string;
  /** Fill pattern of a bar over its colour, so stacked bars stay apart in greyscale (issue #18). */
  readonly hatch?: Hatch;
}

/** Bar fill patterns drawn over the bar's colour. */
export type Hatch = 'diagonal' | 'cross' | 'dots' | 'horizontal' | 'vertical' | 'back-diagonal';

/** Point markers (Chart.js `pointStyle` names). */
export type Marker = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star' | 'crossRot' | 'rectRounded' | 'cross';

/** A horizontal band behind the data (risk tiers): `[from, to)` in y units. */
export interface Band {
  readonly from: number;
  readonly to: number;
  readonly colour: string;
  readonly label: string;
}

export interface ChartData {
  readonly labels: readonly string[];
  readonly datasets: readonly Dataset[];
  readonly unit: ChartUnit;
  /** Unit of the right-hand axis, when a dataset uses it. */
  readonly unit2?: ChartUnit;
  readonly stacked?: boolean;
  readonly bands?: readonly Band[];
  /** Upper end of the y axis, when the bands need one. */
  readonly yMax?: number;
  /** Label indices of forecast years, shaded behind the data (SPEC §12: actual against forecast). */
  readonly forecast?: readonly number[];
}

/** NaN and ±Infinity become null (a gap): nothing undefined reaches a chart (SPEC §1). */
export function clean(values: ArrayLike<number | null | undefined>): (number | null)[] {
  return Array.from(values, (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
}

/** Running total; a gap contributes nothing but stays a gap. */
export function cumulative(values: ArrayLike<number | null>): (number | null)[] {
  let sum = 0;
  return Array.from(values, (v) => {
    if (v === null || !Number.isFinite(v)) return null;
    sum += v;
    return sum;
  });
}

/** Element-wise sum of equal-length series (missing entries count 0). */
export function sumSeries(series: readonly ArrayLike<number>[], length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (const s of series) for (let i = 0; i < length; i++) out[i] = (out[i] ?? 0) + (Number.isFinite(s[i]) ? (s[i] ?? 0) : 0);
  return out;
}

/** A constant line across every label (a threshold). */
export function constant(value: number, length: number): number[] {
  return new Array<number>(length).fill(value);
}

/** Colour-blind-safe categorical palette (Okabe–Ito, then Tableau). */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#4E79A7', '#F28E2B', '#59A14F', '#B07AA1', '#76B7B2', '#FF9DA7'] as const;

export function colourAt(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#000000';
}
