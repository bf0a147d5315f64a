/**
 * Time-value factors shared by the Excel-style functions and loan schedules (SPEC §10),
 * computed through `log1p`/`expm1` so small rates keep full precision.
 */

/** Compound factor `(1+r)^n = exp(n · ln(1+r))`; requires r > −1. */
export function compoundFactor(rate: number, n: number): number {
  return Math.exp(n * Math.log1p(rate));
}

/** Below this |r| the factors use their Taylor series (exact to rounding for n·|r| ≪ 1, and no 0/0 for subnormal r). */
const SMALL_RATE = 1e-8;

/**
 * Annuity future-value factor `((1+r)^n − 1) / r` (limit `n` at r = 0), through `expm1`;
 * for |r| < 1e−8 its series `n + n(n−1)/2·r + n(n−1)(n−2)/6·r²`. Requires r > −1.
 */
export function annuityFactor(rate: number, n: number): number {
  if (Math.abs(rate) < SMALL_RATE) return n + ((n * (n - 1)) / 2) * rate + ((n * (n - 1) * (n - 2)) / 6) * rate * rate;
  return Math.expm1(n * Math.log1p(rate)) / rate;
}

/**
 * Annuity present-value factor `(1 − (1+r)^−n) / r` (limit `n` at r = 0); for |r| < 1e−8
 * its series `n − n(n+1)/2·r + n(n+1)(n+2)/6·r²`. Requires r > −1.
 */
export function annuityPvFactor(rate: number, n: number): number {
  if (Math.abs(rate) < SMALL_RATE) return n - ((n * (n + 1)) / 2) * rate + ((n * (n + 1) * (n + 2)) / 6) * rate * rate;
  return -Math.expm1(-n * Math.log1p(rate)) / rate;
}

/** Payment timing as in Excel: 0 = end of period (default), 1 = beginning. */
export type PaymentTiming = 0 | 1;

/** True when the arguments of a time-value function are usable: all finite, r > −1, type 0 or 1. */
export function validTvmArgs(rate: number, type: number, ...others: readonly number[]): boolean {
  return Number.isFinite(rate) && rate > -1 && (type === 0 || type === 1) && others.every(Number.isFinite);
}

/** `x` when finite, else null: no NaN or Infinity leaves the finance functions (SPEC §1). */
export function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x + 0 : null; // + 0 turns −0 into 0
}
