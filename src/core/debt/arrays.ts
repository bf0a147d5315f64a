/** Small helpers for the per-year typed arrays of the debt year loops (SPEC §1 "One engine"). */
import { seriesValues } from '../model/expand.ts';
import { zeroedF64 } from '../model/zeroed.ts';
import type { SeriesSpec } from '../model/series.ts';

/** `dst[i] += src[i]` for every i of dst (missing src entries count as 0). */
export function addInto(dst: Float64Array, src: ArrayLike<number>): void {
  for (let i = 0; i < dst.length; i++) dst[i] = (dst[i] ?? 0) + (src[i] ?? 0);
}

/** `a[i]`, 0 when out of range. */
export function at(a: ArrayLike<number>, i: number): number {
  return a[i] ?? 0;
}

/**
 * The series' values over `count` years from `firstYear`, expanded once per series object
 * and shared (`seriesValues`, SPEC §1 "One engine"): READ-ONLY — the debt figures that
 * hold it never write to it; copy it (`copyOf`) to change it.
 */
export function sharedSeries(spec: SeriesSpec, firstYear: number, count: number, defaultY0: number = firstYear): Float64Array {
  const v = seriesValues(spec, firstYear, count, defaultY0);
  return v instanceof Float64Array ? v : Float64Array.from(v);
}

/** A zeroed `Float64Array` of `n` values: a view of a shared slab (`model/zeroed.ts`), not a buffer of its own. */
export function zeros(n: number): Float64Array {
  return zeroedF64(n);
}

/** A copy of `a` in a fresh `zeros` array of `length` values (default `a.length`; at least `a.length`). */
export function copyOf(a: Float64Array, length: number = a.length): Float64Array {
  const out = zeros(length);
  out.set(a);
  return out;
}
