import { fv as futureValue } from './fv.ts';
import { pmt } from './pmt.ts';
import { finiteOrNull, type PaymentTiming } from './tvm.ts';

/**
 * Interest part of payment `per` (1 … nper) as Excel's IPMT (SPEC §10): the balance after
 * `per − 1` periods times the rate, `ipmt = fv(r, per−1, pmt, pv, type) · r`, divided by
 * `(1+r)` when payments fall at the beginning of periods (`type = 1`), where the first
 * period's interest is 0.
 *
 * @returns null when `per ∉ [1, nper]` (Excel #NUM!), or where {@link pmt} returns null.
 */
export function ipmt(rate: number, per: number, nper: number, pv: number, fv = 0, type: PaymentTiming = 0): number | null {
  if (!Number.isFinite(per) || per < 1 || per > nper) return null;
  const payment = pmt(rate, nper, pv, fv, type);
  if (payment === null) return null;
  if (type === 1 && per === 1) return 0;
  const balance = futureValue(rate, per - 1, payment, pv, type);
  if (balance === null) return null;
  return finiteOrNull(type === 1 ? (balance * rate) / (1 + rate) : balance * rate);
}
