import type { SeriesSpec } from './series.ts';

/**
 * Values of a series for `count` consecutive years from `firstYear` (SPEC §1 "Time"):
 * `growth` is `base·(1+g)^(y − y0)` with `y0` defaulting to `defaultY0`.
 */
export function expandSeries(spec: SeriesSpec, firstYear: number, count: number, defaultY0: number = firstYear): Float64Array {
  const out = new Float64Array(count);
  switch (spec.kind) {
    case 'growth': {
      const y0 = spec.y0 ?? defaultY0;
      if (spec.growth === 0) return out.fill(spec.base); // (1 + 0)^k is exactly 1
      for (let i = 0; i < count; i++) out[i] = spec.base * Math.pow(1 + spec.growth, firstYear + i - y0);
      return out;
    }
    case 'table': {
      const known = keptTable(spec, firstYear, count);
      if (known) return known.slice();
      const listed = Object.keys(spec.byYear).map(Number).sort((a, b) => a - b);
      for (let i = 0; i < count; i++) {
        const y = firstYear + i;
        const own = spec.byYear[String(y)];
        if (own !== undefined) out[i] = own;
        else if (spec.fill === 'carry' && listed.length > 0) out[i] = spec.byYear[String(carrySource(listed, y))] ?? 0;
        else out[i] = 0;
      }
      return out;
    }
    default:
      return assertNever(spec);
  }
}

/** One expansion kept for reuse: the years it covers and its values. */
interface Expanded {
  readonly firstYear: number;
  readonly count: number;
  readonly defaultY0: number;
  readonly values: Float64Array;
}

/** Expansions by series object: a scenario's series are expanded once, whichever module asks (SPEC §1 "One engine"). */
const EXPANDED = new WeakMap<SeriesSpec, Expanded[]>();

/** Distinct expansions kept per series (the modules ask for one or two: the horizon, and the years from creation). */
const KEPT_PER_SERIES = 4;

/**
 * `expandSeries(spec, firstYear, count, defaultY0)` expanded once and shared: the same
 * values for every later call with the same series object and years (series are immutable
 * scenario data, SPEC §2), so the reward engine, compliance and Monte Carlo runs of one
 * scenario do not expand a series again. Read-only: copy it (`Float64Array.from`) to change it.
 */
export function seriesValues(spec: SeriesSpec, firstYear: number, count: number, defaultY0: number = firstYear): ArrayLike<number> {
  if (spec.kind === 'table') {
    const known = keptTable(spec, firstYear, count);
    if (known) return known;
  }
  let kept = EXPANDED.get(spec);
  if (kept) {
    if (spec.kind !== 'table') for (const e of kept) if (e.firstYear === firstYear && e.count === count && e.defaultY0 === defaultY0) return e.values;
  } else {
    kept = [];
    EXPANDED.set(spec, kept);
  }
  const values = expandSeries(spec, firstYear, count, defaultY0);
  if (kept.length < KEPT_PER_SERIES) kept.push({ firstYear, count, defaultY0, values });
  return values;
}

/**
 * A kept expansion of table `spec` covering these years, or its part over them (a table's
 * values do not depend on y0; a Monte Carlo path's town revenue is kept from the year before
 * creation, and the reward engine also asks for that one year).
 */
function keptTable(spec: SeriesSpec, firstYear: number, count: number): Float64Array | null {
  const held = (spec as HeldTable)[HELD];
  if (held !== undefined) {
    const from = firstYear - held.firstYear;
    if (from >= 0 && from + count <= held.values.length) return from === 0 && count === held.values.length ? held.values : held.values.subarray(from, from + count);
  }
  const kept = EXPANDED.get(spec);
  if (kept) {
    for (const e of kept) if (e.firstYear === firstYear && e.count === count) return e.values;
    for (const e of kept) {
      const from = firstYear - e.firstYear;
      if (from >= 0 && from + count <= e.count) return e.values.subarray(from, from + count);
    }
  }
  return null;
}

/** Where a values table (`valuesTable`) holds its values: not enumerable, so not part of its data. */
const HELD = Symbol('townfisc.heldValues');

interface Held {
  readonly firstYear: number;
  readonly values: Float64Array;
}

type HeldTable = SeriesSpec & { readonly [HELD]?: Held };

/**
 * `values` (one per year from `firstYear`) as an explicit table series (SPEC §1 "Time") that
 * holds them (Monte Carlo paths, SPEC §1 "One engine": a shocked series is built from numbers
 * already in hand): `expandSeries`/`seriesValues` read any years within them straight from
 * the array, and `byYear` is built only when something reads it. The values ride on the
 * object itself, not in the expansion cache, so a path's ~60 tables die young with it
 * (a WeakMap entry per table made every minor GC trace them). `values` must not be changed.
 */
export function valuesTable(values: Float64Array, firstYear: number): SeriesSpec {
  let byYear: Record<string, number> | null = null;
  const table = {
    kind: 'table' as const,
    get byYear(): Readonly<Record<string, number>> {
      if (byYear === null) {
        byYear = {};
        for (let i = 0; i < values.length; i++) byYear[String(firstYear + i)] = values[i]!;
      }
      return byYear;
    },
    fill: 'zero' as const,
  };
  Object.defineProperty(table, HELD, { value: { firstYear, values } satisfies Held });
  return table;
}

/** The listed year a `carry` table takes its value from: the latest listed year ≤ y, else the first listed. */
function carrySource(listed: readonly number[], y: number): number {
  let src = listed[0] ?? y;
  for (const l of listed) if (l <= y) src = l;
  return src;
}

/** The value of a series in one calendar year. */
export function seriesAt(spec: SeriesSpec, year: number, defaultY0: number): number {
  return expandSeries(spec, year, 1, defaultY0)[0] ?? 0;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected kind: ${JSON.stringify(x)}`);
}
