/**
 * A special bond's self-balance over its life (SPEC §6 "Special bonds"): Σ project net
 * revenue / Σ debt service over the bond's life (issue year to maturity, from startYear on
 * for a bond issued earlier), and the cumulative project cash balance year by year. Where
 * the balance would fall below 0 the budget pays the gap (国办发〔2024〕52号 allows budget
 * support): that support is fiscal cost and the balance restarts from 0.
 */
import { loanSchedule } from '../finance/index.ts';
import type { LoanSchedule } from '../finance/index.ts';
import type { SpecialBond } from '../model/scenario.ts';
import { sharedSeries, zeros } from './arrays.ts';

/** The bond's life-time figures; per-year arrays align with the simulated years. */
export interface BondLife {
  /** Σ project revenue over the life (万元). */
  readonly revenue: number;
  /** Σ debt service over the life (万元). */
  readonly debtService: number;
  /** `revenue / debtService`, null without debt service. */
  readonly coverage: number | null;
  /** Cumulative project cash at year end after budget support (≥ 0), simulated years. */
  readonly cash: Float64Array;
  /** Budget support paid in the year (the cash gap), simulated years. */
  readonly support: Float64Array;
  /** Budget support in life years after the horizon (reported, not in the simulated years). */
  readonly supportAfterHorizon: number;
}

/**
 * Life years `y = max(issueYear, startYear) … issueYear + tenor`; in year y (k = y − issueYear)
 * revenue is the bond's series and debt service the schedule's payment k (0 in the issue year).
 * `cash_y = max(0, cash_{y−1} + revenue_y − service_y)`, `support_y = max(0, −(cash_{y−1} + revenue_y − service_y))`.
 */
export function bondLife(
  bond: SpecialBond, startYear: number, n: number,
  s: LoanSchedule = loanSchedule({ principal: bond.amount, rate: bond.rate, tenorYears: bond.tenorYears, repayment: bond.repayment }),
): BondLife {
  const first = Math.max(bond.issueYear, startYear);
  const last = bond.issueYear + bond.tenorYears;
  const count = Math.max(0, last - first + 1);
  const revenue = sharedSeries(bond.projectRevenue, first, count, startYear); // read only
  const out = { revenue: 0, debtService: 0, cash: zeros(n), support: zeros(n), supportAfterHorizon: 0 };
  let cash = 0;
  for (let j = 0; j < count; j++) {
    const y = first + j;
    const k = y - bond.issueYear;
    const rev = revenue[j] ?? 0;
    const ds = k >= 1 ? s.payment[k - 1] ?? 0 : 0;
    out.revenue += rev;
    out.debtService += ds;
    const next = cash + rev - ds;
    const gap = next < 0 ? -next : 0;
    cash = next < 0 ? 0 : next;
    const i = y - startYear;
    if (i < n) {
      out.cash[i] = cash;
      out.support[i] = gap;
    } else out.supportAfterHorizon += gap;
  }
  return { ...out, coverage: out.debtService > 0 ? out.revenue / out.debtService : null };
}
