/**
 * Rate-indexed (LPR-linked 浮动) PPP contracts under a rate shift (SPEC §8: "rates shift new
 * borrowing, floating debt and PPP contracts flagged `rateIndexed`"; SPEC §4.2 formulas). A
 * shift Δ from calendar year `fromYear` on moves only the construction part K_n — the part
 * that recovers the partner's capital with a time value — and only for payments in or after
 * `fromYear`; payments before stay as contracted, and the O&M part `M_n = O_n·(1+π)` (a
 * cost mark-up, not a financing rate) does not move (docs/decisions.md "Stress model gaps"):
 *
 * - `mof-2015` (`K_n = C·(1+π)·(1+d_n)^n / N`): the 年度折现率 d_n accrues at `d_n + Δ` in the
 *   accrual years from `fromYear`: `(1+d_n)^(n−k)·(1+d_n+Δ)^k`, k = the number of the n
 *   accrual years (operation years 1..n) in or after `fromYear`;
 * - `annuity` (`K = C·π(1+π)^N / ((1+π)^N − 1)`, π the 合理利润率 as the contract's rate):
 *   the balance still to recover after the k₀ payments made before `fromYear` is re-spread
 *   over the N − k₀ remaining payments at `π + Δ` (a floating-rate 等额本息 repriced).
 *
 * Shifted rates floor at 0, as the stress shifts of bonds and platform debt do.
 */
import type { DiscountRate } from '../model/scenario.ts';
import { rateForTenor } from '../model/timeline.ts';
import { annuityConstructionPart } from './constructionPart.ts';

/** A rate shift Δ (decimal) applied from calendar year `fromYear` on (SPEC §8). */
export interface RateShift {
  readonly delta: number;
  readonly fromYear: number;
}

/** Accrual years of operation year n (paid in `payYear`) that fall in or after `fromYear`. */
function shiftedYears(n: number, payYear: number, fromYear: number): number {
  return Math.min(n, Math.max(0, payYear - fromYear + 1));
}

/**
 * `mof-2015` K_n of a rate-indexed contract: `C·(1+π)·(1+d_n)^(n−k)·(1+max(0, d_n+Δ))^k / N`
 * for operation year n paid in `payYear` (SPEC §4.2, §8).
 */
export function mof2015IndexedPart(
  cost: number, profitRate: number, discountRate: DiscountRate, n: number, periodYears: number, payYear: number, shift: RateShift,
): number {
  const d = rateForTenor(discountRate, n);
  const k = shiftedYears(n, payYear, shift.fromYear);
  const growth = Math.pow(1 + d, n - k) * Math.pow(1 + Math.max(0, d + shift.delta), k);
  return (cost * (1 + profitRate) * growth) / periodYears;
}

/**
 * `annuity` K per operation year 1..N of a rate-indexed contract whose first payment is in
 * `firstPayYear` (SPEC §4.2, §8): K at π for the k₀ payments before `fromYear`, then the
 * balance left, `B = C·(1+π)^k₀ − K·Σ(1+π)^j`, as an annuity at `max(0, π+Δ)` over N − k₀.
 */
export function annuityIndexedParts(cost: number, profitRate: number, periodYears: number, firstPayYear: number, shift: RateShift): Float64Array {
  const out = new Float64Array(periodYears);
  const k = annuityConstructionPart(cost, profitRate, periodYears);
  const k0 = Math.min(periodYears, Math.max(0, shift.fromYear - firstPayYear));
  let balance = cost;
  for (let j = 0; j < k0; j++) {
    out[j] = k;
    balance = balance * (1 + profitRate) - k;
  }
  if (k0 < periodYears) {
    const k1 = annuityConstructionPart(Math.max(0, balance), Math.max(0, profitRate + shift.delta), periodYears - k0);
    for (let j = k0; j < periodYears; j++) out[j] = k1;
  }
  return out;
}
