/**
 * The construction part K_n of the operating subsidy (SPEC §4.2, 财金〔2015〕21号): the
 * guideline's `mof-2015` formula and the contracts' `annuity`.
 */
import type { DiscountRate } from '../model/scenario.ts';
import { rateForTenor } from '../model/timeline.ts';

/** `mof-2015` construction part: `K_n = C·(1+π)·(1+d_n)^n / N`, d_n the discount rate for tenor n (SPEC §4.2). */
export function mof2015ConstructionPart(cost: number, profitRate: number, discountRate: DiscountRate, n: number, periodYears: number): number {
  return (cost * (1 + profitRate) * Math.pow(1 + rateForTenor(discountRate, n), n)) / periodYears;
}

/**
 * `annuity` construction part: `K_n = C·π(1+π)^N / ((1+π)^N − 1)`, `C/N` when π = 0 (SPEC §4.2).
 * The denominator is computed as `expm1(N·log1p(π))`; for π so small that it vanishes, the
 * limit `C/N·(1 + π(N+1)/2)` is used.
 */
export function annuityConstructionPart(cost: number, profitRate: number, periodYears: number): number {
  const growth = Math.expm1(periodYears * Math.log1p(profitRate)); // (1+π)^N − 1
  if (Math.abs(growth) < 1e-12) return (cost / periodYears) * (1 + (profitRate * (periodYears + 1)) / 2);
  return (cost * profitRate * (1 + growth)) / growth;
}
