
/** A Vega-Lite specification (https://vega.github.io/vega-lite/docs/spec.html). */
export type VegaLiteSpec = Record<string, unknown>;
/** SVG text of a Vega-Lite spec; the same spec gives the same SVG. */
export function svg(spec: VegaLiteSpec): Promise<string>;
/** Shows a Vega-Lite chart inline; `save` also writes its SVG there (relative to notebooks/, e.g. `out/x.svg`). */
export function chart(spec: VegaLiteSpec, opts?: { readonly save?: string }): Promise<void>;

/** Any danfojs DataFrame (danfojs-node's or danfojs-base's class): its columns and row values. */
export interface FrameLike {
  readonly columns: string[];
  readonly values: unknown;
}

export interface TableOptions {
  /** Largest number of decimals shown (default 2). */
  readonly digits?: number;
  /** Columns and their order, for rows of objects. */
  readonly columns?: readonly string[];
  readonly caption?: string;
  /** Numeric columns printed as they are (no separators); `year`, `from`, `to`, `…Year`, `first…` always are. */
  readonly raw?: readonly string[];
}
/** HTML of a table: a danfojs DataFrame, or rows of objects. */
export function tableHtml(data: FrameLike | readonly object[], opts?: TableOptions): string;
/** Shows a table inline (numbers formatted, null as —). */
export function table(data: FrameLike | readonly object[], opts?: TableOptions): void;
