import type { DataFrame } from 'danfojs-node';

/** A Vega-Lite specification (https://vega.github.io/vega-lite/docs/spec.html). */
export type VegaLiteSpec = Record<string, unknown>;
/** SVG text of a Vega-Lite spec; the same spec gives the same SVG. */
export function svg(spec: VegaLiteSpec): Promise<string>;
/** Shows a Vega-Lite chart inline and returns its SVG. */
export function chart(spec: VegaLiteSpec): Promise<string>;

export interface TableOptions {
  /** Largest number of decimals shown (default 2). */
  readonly digits?: number;
  /** Columns and their order, for rows of objects. */
  readonly columns?: readonly string[];
  readonly caption?: string;
}
/** HTML of a table: a danfojs DataFrame, or rows of objects. */
export function tableHtml(data: DataFrame | readonly Record<string, unknown>[], opts?: TableOptions): string;
/** Shows a table inline (numbers formatted, null as —). */
export function table(data: DataFrame | readonly Record<string, unknown>[], opts?: TableOptions): void;
