import { ipmt } from './ipmt.ts';
import { pmt } from './pmt.ts';
import { finiteOrNull, type PaymentTiming } from './tvm.ts';

/**
 * Principal part of payment `per` (1 … nper) as Excel's PPMT (SPEC §10): `ppmt = pmt − ipmt`.
 *
 * @returns null where {@link ipmt} returns null.
 */
export function ppmt(rate: number, per: number, nper: number, pv: number, fv = 0, type: PaymentTiming = 0): number | null {
  const interest = ipmt(rate, per, nper, pv, fv, type);
  const payment = pmt(rate, nper, pv, fv, type);
  return interest === null || payment === null ? null : finiteOrNull(payment - interest);
}
