/**
 * Hidden debt 隐性债务 from a project's guaranteed terms (SPEC §6 `hidden`, §4.2 user-pay
 * floors; 财预〔2017〕50号), as balances at each year end:
 * - `minimum-revenue` 保底承诺: from the procurement year (when the promise is made), the
 *   expected cost still to come = expected cost per year × operation years remaining after t
 *   (undiscounted, like a debt balance);
 * - `buy-back` 回购: the buy-back amount from the procurement year until the year it is paid;
 * - `fixed-return` 明股实债: the partner's equity paid in to date, until the end of the term
 *   (the "equity" is a loan the government must repay).
 */
import { assertNever } from '../model/expand.ts';
import type { ProjectRun } from './project.ts';
import type { GuaranteedTerm } from './types.ts';

/** Hidden-debt balance at the end of calendar year `year` from one guaranteed term. */
export function guaranteeBalance(g: GuaranteedTerm, run: ProjectRun, year: number, privateEquityPaidIn: number): number {
  const t = run.time;
  const lastYear = t.firstYear + t.length - 1;
  switch (g.kind) {
    case 'minimum-revenue': {
      if (year < run.project.procurementYear) return 0;
      const remaining = Math.min(t.operationYears, Math.max(0, lastYear - Math.max(year, t.firstOperationYear - 1)));
      return g.expectedCostPerYear * remaining;
    }
    case 'buy-back':
      return year >= run.project.procurementYear && year < g.year ? g.amount : 0;
    case 'fixed-return':
      return year < lastYear ? privateEquityPaidIn : 0;
    default:
      return assertNever(g);
  }
}

/** Hidden debt of one project at the end of each of `count` years from `startYear` (SPEC §6). */
export function projectHiddenDebt(run: ProjectRun, startYear: number, count: number): Float64Array {
  const out = new Float64Array(count);
  const gs = run.project.guarantees;
  if (gs.length === 0) return out;
  const privateShare = 1 - run.project.governmentEquityShare;
  for (let k = 0; k < count; k++) {
    const year = startYear + k;
    let paidIn = 0;
    for (let i = 0; i < run.time.length && run.time.firstYear + i <= year; i++) paidIn += (run.spv.equity[i] ?? 0) * privateShare;
    let s = 0;
    for (const g of gs) s += guaranteeBalance(g, run, year, paidIn);
    out[k] = s;
  }
  return out;
}
