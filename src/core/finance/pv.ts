import { annuityPvFactor, compoundFactor, finiteOrNull, validTvmArgs, type PaymentTiming } from './tvm.ts';

/**
 * Present value as Excel's PV (SPEC §10):
 * `pv = −(fv·(1+r)^−n + pmt·(1 + r·type)·(1 − (1+r)^−n)/r)`, and `−(fv + pmt·n)` at r = 0.
 *
 * @returns null when `rate ≤ −1`, `type ∉ {0, 1}`, an input is not finite, or the result overflows.
 */
export function pv(rate: number, nper: number, pmt: number, fv = 0, type: PaymentTiming = 0): number | null {
  if (!validTvmArgs(rate, type, nper, pmt, fv)) return null;
  return finiteOrNull(-(fv / compoundFactor(rate, nper) + pmt * (1 + rate * type) * annuityPvFactor(rate, nper)));
}
