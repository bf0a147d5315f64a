import { finiteOrNull } from './tvm.ts';

/**
 * Net present value as Excel's NPV (SPEC §1 "Time", §10): the first value is discounted
 * one period, `npv(r, v) = Σ_{i=0}^{n−1} v_i / (1+r)^(i+1)`, evaluated by Horner's rule in
 * `1/(1+r)`. This is the valuation convention of the whole model: year-end flows from
 * `startYear`, valued at 1 January of `startYear`.
 *
 * @returns null when `rate ≤ −1`, an input is not finite, or the value overflows; 0 for no values.
 */
export function npv(rate: number, values: ArrayLike<number>): number | null {
  if (!Number.isFinite(rate) || rate <= -1) return null;
  const x = 1 / (1 + rate);
  let acc = 0;
  for (let i = values.length - 1; i >= 0; i--) acc = (acc + (values[i] ?? NaN)) * x;
  return finiteOrNull(acc);
}
