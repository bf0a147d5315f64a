/**
 * What the debt module takes from the other modules (SPEC §6): plain per-year arrays keyed
 * by town (or district) id, aligned with the scenario's years (index 0 = startYear). A
 * missing id, a missing map or a short array means zero (or, for overrides, the scenario's
 * own series).
 */

import { lookup, type ByIdSeries, type ByIdNullableSeries } from '../model/byId.ts';
import type { ReportedDistrictDebt } from './reported.ts';
import { copyOf, zeros } from './arrays.ts';

export { lookup };
export type { ByIdSeries, ByIdNullableSeries };

/** The debt module's inputs from rewards, PPP, funds and stress paths (all optional). */
export interface DebtInputs {
  /** Queued, unpaid reward claims at year end (SPEC §3 `queue`), 万元, by town. */
  readonly accruedRewards?: ByIdSeries;
  /** PPP obligations after year t discounted to the end of t (shown separately, not debt), 万元, by town. */
  readonly pppCommitments?: ByIdSeries;
  /** Hidden debt from PPP guaranteed floors, buy-backs and fixed returns (SPEC §4.6, §6), 万元, by town. */
  readonly pppHidden?: ByIdSeries;
  /** Fund guarantees counted as hidden debt, allocated to towns (SPEC §5 "Forbidden terms"), 万元, by town. */
  readonly fundHidden?: ByIdSeries;
  /** PPP share of the district's general budget expenditure (SPEC §4.5), by district; put through to `DistrictResult.pppShare`. */
  readonly districtPppShare?: ByIdNullableSeries;
  /**
   * Override of a district's 综合财力 (stress paths, SPEC §8), by district. It replaces the
   * total only: with capacity by parts, the type ratios (一般/专项债务率) keep the parts.
   */
  readonly districtCapacity?: ByIdSeries;
  /**
   * Land shock (SPEC §8): a per-year factor on the district's land revenue (1 = as planned,
   * 0.77 = −23%), by district; moves 综合财力 through its land part (`districtCapacity`).
   */
  readonly districtLandFactor?: ByIdSeries;
  /** Reported debt of actual years (SPEC §12): balances, limits and hidden debt that replace the model's, by district. */
  readonly districtReported?: ReadonlyMap<string, ReportedDistrictDebt>;
  /** Override of a town's gross fiscal revenue (stress paths, SPEC §8), by town. */
  readonly townRevenue?: ByIdSeries;
}

/** `n` values of the series for `id` as a new array; missing entries are 0. */
export function seriesOrZero(map: ByIdSeries | undefined, id: string, n: number): Float64Array {
  const out = zeros(n);
  const src = lookup(map, id);
  if (src) for (let i = 0; i < n && i < src.length; i++) out[i] = src[i] ?? 0;
  return out;
}

/** The override for `id` when given (copied, n values, short arrays padded by the fallback), else the fallback itself. */
export function seriesOr(map: ByIdSeries | undefined, id: string, fallback: Float64Array): Float64Array {
  const src = lookup(map, id);
  if (!src) return fallback;
  const out = copyOf(fallback);
  for (let i = 0; i < out.length && i < src.length; i++) out[i] = src[i] ?? out[i] ?? 0;
  return out;
}
