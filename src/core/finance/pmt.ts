import { annuityFactor, compoundFactor, finiteOrNull, validTvmArgs, type PaymentTiming } from './tvm.ts';

/**
 * Level payment per period as Excel's PMT (SPEC §10):
 * `pmt = −(pv·(1+r)^n + fv) / ((1 + r·type)·((1+r)^n − 1)/r)`, and `−(pv + fv)/n` at r = 0.
 *
 * @returns null when `nper = 0`, `rate ≤ −1`, `type ∉ {0, 1}`, an input is not finite, or the result overflows.
 */
export function pmt(rate: number, nper: number, pv: number, fv = 0, type: PaymentTiming = 0): number | null {
  if (!validTvmArgs(rate, type, nper, pv, fv) || nper === 0) return null;
  const denominator = (1 + rate * type) * annuityFactor(rate, nper);
  if (denominator === 0) return null;
  return finiteOrNull(-(pv * compoundFactor(rate, nper) + fv) / denominator);
}
