/**
 * Contingent liabilities of PPP projects (SPEC §8, PFRAM-style; SPEC §4.6 guaranteed terms):
 * per project and year, what the government pays if a term is called on one path.
 *
 * - minimum-revenue guarantee 保底承诺: the shortfall of user revenue below the guaranteed
 *   floor, `R_t·max(0, floor − d)` with `R_t` the forecast user revenue of operation year
 *   `t` (times the scenario's demand factor), `d` the path's demand level and `floor` the
 *   guaranteed share (`stochastic.ppp.guaranteeFloor`);
 * - buy-back 回购: the contracted amount in its year, on every path.
 */
import { seriesValues } from '../model/expand.ts';
import type { Scenario } from '../model/scenario.ts';
import type { PppProject } from '../ppp/types.ts';

/** First operation year of a project: construction years follow its start. */
function operationStart(p: PppProject): number {
  return p.constructionStartYear + p.constructionSchedule.length;
}

/** Projects with a contingent term, scenario order, by index into `scenario.ppp`. */
export function contingentProjects(s: Scenario): number[] {
  return s.ppp.flatMap((p, i) => (p.guarantees.some((g) => g.kind === 'minimum-revenue' || g.kind === 'buy-back') ? [i] : []));
}

/**
 * Payouts of project `p` on a path with demand level `d`, written into `out` (n years from
 * startYear; the array is overwritten).
 */
export function contingentPayout(s: Scenario, p: PppProject, d: number, floor: number, out: Float64Array): void {
  const n = out.length;
  out.fill(0);
  const op = operationStart(p);
  for (const g of p.guarantees) {
    if (g.kind === 'minimum-revenue') {
      const short = Math.max(0, floor - d);
      if (short === 0) continue;
      const revenue = seriesValues(p.userRevenue, s.startYear, n, op);
      for (let t = 0; t < n; t++) {
        const y = s.startYear + t;
        if (y >= op && y < op + p.operationYears) out[t] = out[t]! + revenue[t]! * p.demandFactor * short;
      }
    } else if (g.kind === 'buy-back') {
      const t = g.year - s.startYear;
      if (t >= 0 && t < n) out[t] = out[t]! + g.amount;
    }
  }
}
