import { finiteOrNull } from './tvm.ts';

/**
 * Modified internal rate of return as Excel's MIRR (SPEC §10), flows at t = 0 … n−1:
 * `mirr = (FV_reinvest(positive flows) / −PV_finance(negative flows))^(1/(n−1)) − 1`, with
 * `FV = Σ_{v_i>0} v_i (1+reinvestRate)^(n−1−i)` and `PV = Σ_{v_i<0} v_i / (1+financeRate)^i`.
 *
 * @returns null unless there is at least one positive and one negative flow (Excel #DIV/0!),
 *   or when a rate is ≤ −1 or an input is not finite.
 */
export function mirr(values: ArrayLike<number>, financeRate: number, reinvestRate: number): number | null {
  const n = values.length;
  if (n < 2 || !(financeRate > -1) || !(reinvestRate > -1) || !Number.isFinite(financeRate) || !Number.isFinite(reinvestRate)) return null;
  const lnF = Math.log1p(financeRate), lnR = Math.log1p(reinvestRate);
  let fvPositive = 0, pvNegative = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v)) return null;
    if (v > 0) fvPositive += v * Math.exp((n - 1 - i) * lnR);
    else if (v < 0) pvNegative += v * Math.exp(-i * lnF);
  }
  if (fvPositive === 0 || pvNegative === 0) return null;
  return finiteOrNull(Math.expm1(Math.log(fvPositive / -pvNegative) / (n - 1)));
}
