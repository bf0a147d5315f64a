/**
 * PPP commitments of a town (SPEC §6 `pppCommitments`): at the end of each year t, the town's
 * PPP obligations falling due after t, discounted to the end of t — a commitment, not debt.
 */
import type { DiscountRate } from '../model/scenario.ts';
import { rateForTenor } from '../model/timeline.ts';
import type { ProjectRun } from './project.ts';

/**
 * `C_t = Σ_{y>t} obligation_y / (1 + r_{y−t})^(y−t)` for each of `count` years from `startYear`,
 * over the whole term of each project (years beyond the horizon included), r by tenor y − t
 * from the scenario's flat rate or curve (SPEC §1, §6).
 */
export function pppCommitments(runs: readonly ProjectRun[], rate: DiscountRate, startYear: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (const r of runs) addProjectCommitments(out, r.obligations.total, r.time.firstYear, rate, startYear);
  return out;
}

/**
 * Adds one project's `C_t` terms (its obligations `total`, index 0 = `firstYear`) into `out`
 * (index 0 = `startYear`): `pppCommitments` is these added project by project, in order.
 */
export function addProjectCommitments(out: Float64Array, total: Float64Array, firstYear: number, rate: DiscountRate, startYear: number): void {
  const df = tenorFactors(rate, firstYear + total.length - startYear);
  for (let k = 0; k < out.length; k++) {
    const t = startYear + k;
    let s = 0;
    for (let i = Math.max(0, t + 1 - firstYear); i < total.length; i++) {
      s += (total[i] ?? 0) * (df[firstYear + i - t] ?? 0);
    }
    out[k] = (out[k] ?? 0) + s;
  }
}

const FACTORS = new WeakMap<DiscountRate, Float64Array>();

/**
 * `df[m] = 1/(1+r_m)^m` for m = 1..`maxTenor` (df[0] unused, 0), grown as needed and kept per
 * rate object (memo safety: the values read only the rate, and scenario objects are never mutated).
 */
function tenorFactors(rate: DiscountRate, maxTenor: number): Float64Array {
  const have = FACTORS.get(rate);
  if (have && have.length > maxTenor) return have;
  const df = new Float64Array(Math.max(maxTenor + 1, 2 * (have?.length ?? 0)));
  for (let m = 1; m < df.length; m++) df[m] = 1 / Math.pow(1 + rateForTenor(rate, m), m);
  FACTORS.set(rate, df);
  return df;
}
