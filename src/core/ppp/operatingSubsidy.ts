/**
 * 运营补贴支出 (SPEC §4.2, 财金〔2015〕21号): a construction part K_n and an O&M part M_n per
 * operation year n = 1..N, linked to performance, less user revenue.
 */
import { assertNever } from '../model/expand.ts';
import type { DiscountRate } from '../model/scenario.ts';
import { annuityConstructionPart, mof2015ConstructionPart } from './constructionPart.ts';
import { annuityIndexedParts, mof2015IndexedPart } from './rateIndexed.ts';
import { subsidisedCost } from './equity.ts';
import { operationSeries, type ProjectTime } from './projectTime.ts';
import type { PppProject } from './types.ts';

export { mof2015ConstructionPart, annuityConstructionPart } from './constructionPart.ts';

/** O&M part `M_n = O_n·(1+π)` (SPEC §4.2). */
export function operationPart(operatingCost: number, profitRate: number): number {
  return operatingCost * (1 + profitRate);
}

/** Performance-linked payment `K·((1−ℓ_c)+ℓ_c·s) + M·((1−ℓ_o)+ℓ_o·s)` before user revenue (SPEC §4.2). */
export function performanceLinked(k: number, m: number, constructionLink: number, operationLink: number, score: number): number {
  return k * (1 - constructionLink + constructionLink * score) + m * (1 - operationLink + operationLink * score);
}

/** score_n for operation year n ≥ 1: the n-th value, the last one repeating (default 1). */
export function scoreFor(scores: readonly number[], n: number): number {
  if (scores.length === 0) return 1;
  return scores[Math.min(n, scores.length) - 1] ?? 1;
}

/** Operating subsidy per project year with its two parts (SPEC §4.2). */
export interface OperatingSubsidy {
  /** Construction part K_n per project year (0 outside the subsidy period). */
  readonly construction: Float64Array;
  /** O&M part M_n per project year. */
  readonly operation: Float64Array;
  /** Paid S_n per project year. */
  readonly paid: Float64Array;
}

/**
 * Operating subsidy per project year (SPEC §4.2), paid in operation years n = 1..N:
 * `S_n = K_n·((1−ℓ_c)+ℓ_c·score_n) + M_n·((1−ℓ_o)+ℓ_o·score_n) − U_n`, with K_n by the
 * project's formula, `U_n = 0` for `government-pay`, `S_n ≥ 0` for `viability-gap`, and for
 * `user-pay` `K_n = 0` and `M_n` the configured concession subsidy (no profit add-on).
 */
export function operatingSubsidy(p: PppProject, t: ProjectTime, discountRate: DiscountRate, userRevenue: Float64Array, opex: Float64Array = operationSeries(p.operatingCost, t)): OperatingSubsidy {
  const construction = new Float64Array(t.length);
  const operation = new Float64Array(t.length);
  const paid = new Float64Array(t.length);
  const N = Math.min(p.subsidy.periodYears, t.operationYears);
  const concession = p.mechanism === 'user-pay' ? operationSeries(p.concessionSubsidy, t) : null;
  const C = subsidisedCost(p);
  const profit = p.profitRate;
  // a rate-indexed contract under a stress shift (SPEC §8, ./rateIndexed.ts); absent → as contracted
  const shift = p.rateIndexed === true && p.rateShift && p.rateShift.delta !== 0 ? p.rateShift : null;
  const annuityK = p.subsidy.formula === 'annuity' ? annuityConstructionPart(C, profit, N) : 0;
  const annuityShifted = shift && p.subsidy.formula === 'annuity' ? annuityIndexedParts(C, profit, N, t.firstOperationYear, shift) : null;
  const { constructionLink: lc, operationLink: lo, scores } = p.performance;
  for (let n = 1; n <= N; n++) {
    const i = t.constructionYears + n - 1;
    const score = scoreFor(scores, n);
    let k = 0;
    let m = 0;
    let u = 0;
    switch (p.mechanism) {
      case 'government-pay':
      case 'viability-gap':
        if (p.subsidy.formula === 'mof-2015') {
          k = shift ? mof2015IndexedPart(C, profit, discountRate, n, N, t.firstOperationYear + n - 1, shift) : mof2015ConstructionPart(C, profit, discountRate, n, N);
        } else k = annuityShifted ? annuityShifted[n - 1]! : annuityK;
        m = operationPart(opex[i] ?? 0, profit);
        u = p.mechanism === 'viability-gap' ? (userRevenue[i] ?? 0) : 0;
        break;
      case 'user-pay':
        m = concession?.[i] ?? 0;
        break;
      default:
        assertNever(p.mechanism);
    }
    const s = performanceLinked(k, m, lc, lo, score) - u;
    construction[i] = k;
    operation[i] = m;
    paid[i] = p.mechanism === 'viability-gap' ? Math.max(0, s) : s;
  }
  return { construction, operation, paid };
}
