import { annuityFactor, compoundFactor, finiteOrNull, validTvmArgs, type PaymentTiming } from './tvm.ts';

/**
 * Future value as Excel's FV (SPEC §10; cash paid out negative, received positive):
 * `fv = −(pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r)`, and `−(pv + pmt·n)` at r = 0.
 *
 * @returns null when `rate ≤ −1`, `type ∉ {0, 1}`, an input is not finite, or the result overflows.
 */
export function fv(rate: number, nper: number, pmt: number, pv = 0, type: PaymentTiming = 0): number | null {
  if (!validTvmArgs(rate, type, nper, pmt, pv)) return null;
  return finiteOrNull(-(pv * compoundFactor(rate, nper) + pmt * (1 + rate * type) * annuityFactor(rate, nper)));
}
