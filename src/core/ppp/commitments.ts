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
  let maxTenor = 0;
  for (const r of runs) maxTenor = Math.max(maxTenor, r.time.firstYear + r.time.length - startYear);
  const df = new Float64Array(maxTenor + 1); // df[m] = 1/(1+r_m)^m
  for (let m = 1; m <= maxTenor; m++) df[m] = 1 / Math.pow(1 + rateForTenor(rate, m), m);
  for (const r of runs) {
    const total = r.obligations.total;
    for (let k = 0; k < count; k++) {
      const t = startYear + k;
      let s = 0;
      for (let i = Math.max(0, t + 1 - r.time.firstYear); i < total.length; i++) {
        s += (total[i] ?? 0) * (df[r.time.firstYear + i - t] ?? 0);
      }
      out[k] = (out[k] ?? 0) + s;
    }
  }
  return out;
}
