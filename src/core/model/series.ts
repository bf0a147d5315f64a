/**
 * Per-year input series (SPEC §1 "Time"): a value for every simulated year.
 *
 * - `growth`: `base·(1+growth)^(y − y0)`, y0 defaulting to the scenario's startYear
 *   (or whatever the section using it names, e.g. PPP operation year 1).
 * - `table`: explicit values by calendar year; years not listed take `fill`
 *   (`zero`, or `carry` the nearest earlier listed value, the first listed one before it).
 *
 * A plain number in a scenario file is a constant: the edge turns it into `growth` with growth 0.
 */
export type SeriesSpec =
  | { readonly kind: 'growth'; readonly base: number; readonly growth: number; readonly y0?: number }
  | { readonly kind: 'table'; readonly byYear: Readonly<Record<string, number>>; readonly fill: 'zero' | 'carry' };
