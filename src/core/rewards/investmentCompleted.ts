/**
 * Investment completed by a town per year, 万元 (SPEC §1 "Investment mobilised per fiscal
 * 万元", §3 "cost per unit of outcome"): the actual of its `investment` KPI
 * (`target × achievement ratio`) in years that KPI has a target, else its investment plan
 * total — the same definition the §7 per-mu check uses (src/core/compliance/townFacts.ts).
 */
import { seriesValues } from '../model/expand.ts';
import type { Town } from '../model/scenario.ts';
import { zeroedF64 } from '../model/zeroed.ts';

/** KPI id whose actual is investment completed. */
export const INVESTMENT_KPI = 'investment';

/**
 * `actual_t = target_t · ratio_t` of the `investment` KPI (ratio = `ratios` of a sampled
 * path, else the expected achievement), or the plan's `investment.total` in years the
 * town has no such KPI target. Never negative.
 */
export function investmentCompleted(town: Pick<Town, 'kpis' | 'investment'>, startYear: number, count: number, ratios?: ArrayLike<number>): Float64Array {
  const plan = seriesValues(town.investment.total, startYear, count);
  const kpi = town.kpis[INVESTMENT_KPI];
  // loops, not Float64Array.from with a callback: this runs per town on every Monte Carlo path
  const out = zeroedF64(count);
  if (kpi === undefined) {
    for (let t = 0; t < count; t++) out[t] = Math.max(0, plan[t]!);
    return out;
  }
  const target = seriesValues(kpi.target, startYear, count);
  const ratio = ratios ?? seriesValues(kpi.expected, startYear, count);
  for (let t = 0; t < count; t++) {
    const x = target[t]!;
    out[t] = Math.max(0, x > 0 ? x * (ratio[t] ?? 0) : (plan[t] ?? 0));
  }
  return out;
}

/** KPI id whose actual counts jobs. */
export const JOBS_KPI = 'jobs';

/**
 * Jobs a town reached: the largest actual (`target × ratio`) of its `jobs` KPI over the
 * horizon (jobs are a level, not a flow, so years are not added); 0 without that KPI.
 */
export function jobsReached(town: Pick<Town, 'kpis'>, startYear: number, count: number, ratios?: ArrayLike<number>): number {
  const kpi = town.kpis[JOBS_KPI];
  if (kpi === undefined) return 0;
  const target = seriesValues(kpi.target, startYear, count);
  const ratio = ratios ?? seriesValues(kpi.expected, startYear, count);
  let best = 0;
  for (let t = 0; t < count; t++) best = Math.max(best, (target[t] ?? 0) * (ratio[t] ?? 0));
  return best;
}
