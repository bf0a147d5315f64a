/** Small helpers for the per-year typed arrays of the debt year loops (SPEC §1 "One engine"). */
import { seriesValues } from '../model/expand.ts';
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

/** Doubles per pooled buffer, and the longest array taken from one (longer ones get their own). */
const POOL_SIZE = 16384;
const POOL_MAX = 1024;
let pool = new ArrayBuffer(0);
let poolUsed = 0;

/**
 * `new Float64Array(n)` for the debt year loops, cheaper: consecutive views of a shared
 * zero-filled buffer that is never written twice (each view is fresh zeros, as a new array
 * is). A Float64Array of more than 64 bytes gets its own off-heap buffer in V8, which costs
 * ~10× a view's allocation and collection; a Monte Carlo path makes hundreds (SPEC §1
 * "One engine, run many times"). Nothing in the debt module reads an array's `buffer`.
 */
export function zeros(n: number): Float64Array {
  if (!(Number.isInteger(n) && n >= 0 && n <= POOL_MAX)) return new Float64Array(n);
  if ((poolUsed + n) * 8 > pool.byteLength) {
    pool = new ArrayBuffer(POOL_SIZE * 8);
    poolUsed = 0;
  }
  // a view made by the constructor (subarray would look up the species constructor each time)
  const view = new Float64Array(pool, poolUsed * 8, n);
  poolUsed += n;
  return view;
}

/** A copy of `a` in a fresh `zeros` array of `length` values (default `a.length`; at least `a.length`). */
export function copyOf(a: Float64Array, length: number = a.length): Float64Array {
  const out = zeros(length);
  out.set(a);
  return out;
}
