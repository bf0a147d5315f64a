import { yearsFromFirst, type DateInput } from './dayCount.ts';
import { finiteOrNull } from './tvm.ts';

/**
 * Net present value of dated flows as Excel's XNPV (SPEC §10), valued at the first date:
 * `xnpv(r, v, d) = Σ v_i / (1+r)^((d_i − d_0)/365)`, day counts in whole UTC calendar days.
 *
 * @returns null when `rate ≤ −1`, lengths differ or are 0, a date is invalid or precedes the
 *   first date, a value is not finite, or the result overflows.
 */
export function xnpv(rate: number, values: ArrayLike<number>, dates: readonly DateInput[]): number | null {
  if (!Number.isFinite(rate) || rate <= -1) return null;
  const t = yearsFromFirst(dates, values.length);
  if (t === null) return null;
  const lnz = Math.log1p(rate);
  let acc = 0;
  for (let i = 0; i < values.length; i++) acc += (values[i] as number) * Math.exp(-(t[i] as number) * lnz);
  return finiteOrNull(acc);
}
