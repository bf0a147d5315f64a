/**
 * 运营补贴支出 (SPEC §4.2, 财金〔2015〕21号): a construction part K_n and an O&M part M_n per
 * operation year n = 1..N, linked to performance, less user revenue.
 */
import { assertNever } from '../model/expand.ts';
import type { DiscountRate } from '../model/scenario.ts';
import { annuityConstructionPart, mof2015ConstructionPart } from './constructionPart.ts';
import { annuityIndexedParts, mof2015IndexedPart, type RateShift } from './rateIndexed.ts';
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

/** The rate shift a rate-indexed contract is under (SPEC §8, `./rateIndexed.ts`); null = as contracted. */
export function activeShift(p: Pick<PppProject, 'rateIndexed' | 'rateShift'>): RateShift | null {
  return p.rateIndexed === true && p.rateShift && p.rateShift.delta !== 0 ? p.rateShift : null;
}

/** The operating subsidy before user revenue is netted (SPEC §4.2): K_n, M_n and their performance-linked sum, per project year. */
export interface LinkedSubsidy {
  /** Construction part K_n per project year (0 outside the subsidy period). */
  readonly construction: Float64Array;
  /** O&M part M_n per project year. */
  readonly operation: Float64Array;
  /** `K_n·((1−ℓ_c)+ℓ_c·score_n) + M_n·((1−ℓ_o)+ℓ_o·score_n)` per project year (0 outside the subsidy period). */
  readonly linked: Float64Array;
}

/**
 * Operating subsidy per project year (SPEC §4.2), paid in operation years n = 1..N:
 * `S_n = K_n·((1−ℓ_c)+ℓ_c·score_n) + M_n·((1−ℓ_o)+ℓ_o·score_n) − U_n`, with K_n by the
 * project's formula, `U_n = 0` for `government-pay`, `S_n ≥ 0` for `viability-gap`, and for
 * `user-pay` `K_n = 0` and `M_n` the configured concession subsidy (no profit add-on).
 */
export function operatingSubsidy(p: PppProject, t: ProjectTime, discountRate: DiscountRate, userRevenue: Float64Array, opex: Float64Array = operationSeries(p.operatingCost, t)): OperatingSubsidy {
  const parts = linkedSubsidy(p, t, discountRate, opex);
  return { construction: parts.construction, operation: parts.operation, paid: paidSubsidy(p, t, parts.linked, userRevenue) };
}

/**
 * `S_n` from the performance-linked parts (SPEC §4.2): `linked − U_n`, U_n the user revenue
 * for `viability-gap` (floored at 0) and 0 otherwise. Only this step reads the user revenue,
 * so a Monte Carlo path redoes only it when the demand moves (SPEC §8). `paid`: a zeroed row to fill.
 */
export function paidSubsidy(
  p: Pick<PppProject, 'mechanism' | 'subsidy'>, t: ProjectTime, linked: Float64Array, userRevenue: Float64Array, paid: Float64Array = new Float64Array(t.length),
): Float64Array {
  const N = Math.min(p.subsidy.periodYears, t.operationYears);
  const gap = p.mechanism === 'viability-gap';
  for (let n = 1; n <= N; n++) {
    const i = t.constructionYears + n - 1;
    const s = (linked[i] ?? 0) - (gap ? (userRevenue[i] ?? 0) : 0);
    paid[i] = gap ? Math.max(0, s) : s;
  }
  return paid;
}

/**
 * K_n, M_n and their performance-linked sum per project year (SPEC §4.2), before user revenue:
 * K_n by the project's formula (a rate-indexed contract under a stress shift by
 * `./rateIndexed.ts`), `M_n = O_n·(1+π)`; for `user-pay` `K_n = 0` and `M_n` the concession subsidy.
 */
export function linkedSubsidy(p: PppProject, t: ProjectTime, discountRate: DiscountRate, opex: Float64Array, shift: RateShift | null = activeShift(p)): LinkedSubsidy {
  const construction = new Float64Array(t.length);
  const operation = new Float64Array(t.length);
  const linked = new Float64Array(t.length);
  const N = Math.min(p.subsidy.periodYears, t.operationYears);
  const concession = p.mechanism === 'user-pay' ? operationSeries(p.concessionSubsidy, t) : null;
  const C = subsidisedCost(p);
  const profit = p.profitRate;
  const annuityK = p.subsidy.formula === 'annuity' ? annuityConstructionPart(C, profit, N) : 0;
  const annuityShifted = shift && p.subsidy.formula === 'annuity' ? annuityIndexedParts(C, profit, N, t.firstOperationYear, shift) : null;
  const { constructionLink: lc, operationLink: lo, scores } = p.performance;
  for (let n = 1; n <= N; n++) {
    const i = t.constructionYears + n - 1;
    const score = scoreFor(scores, n);
    let k = 0;
    let m = 0;
    switch (p.mechanism) {
      case 'government-pay':
      case 'viability-gap':
        if (p.subsidy.formula === 'mof-2015') {
          k = shift ? mof2015IndexedPart(C, profit, discountRate, n, N, t.firstOperationYear + n - 1, shift) : mof2015ConstructionPart(C, profit, discountRate, n, N);
        } else k = annuityShifted ? annuityShifted[n - 1]! : annuityK;
        m = operationPart(opex[i] ?? 0, profit);
        break;
      case 'user-pay':
        m = concession?.[i] ?? 0;
        break;
      default:
        assertNever(p.mechanism);
    }
    construction[i] = k;
    operation[i] = m;
    linked[i] = performanceLinked(k, m, lc, lo, score);
  }
  return { construction, operation, linked };
}
