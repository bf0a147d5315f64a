/**
 * Special-purpose bonds 专项债 of a town (SPEC §2 "town", §6). A bond's cash arrives at the
 * end of its issue year (SPEC §1: flows at year end); it is repaid by its profile from the
 * next year over its tenor (`loanSchedule`, repayment year 1 = issueYear + 1).
 */
import { loanSchedule } from '../finance/index.ts';
import { expandSeries } from '../model/expand.ts';
import type { SpecialBond, Town } from '../model/scenario.ts';
import { addInto } from './arrays.ts';
import { bondLife } from './bondLife.ts';
import type { BondLife } from './bondLife.ts';

/** One bond over the simulated years (index 0 = startYear), 万元. */
export interface BondFlows {
  /** Amount issued in the year (the issue year only). */
  readonly issued: Float64Array;
  /** Balance at year end: the amount in the issue year, then the schedule's closing balance. */
  readonly balance: Float64Array;
  /** Debt service = interest + principal repaid. */
  readonly debtService: Float64Array;
  readonly interest: Float64Array;
  readonly principal: Float64Array;
  /** Project revenue meant to repay the bond. */
  readonly projectRevenue: Float64Array;
}

/**
 * A bond's flows for `n` years from `startYear`: for year y, k = y − issueYear,
 * `balance_y = amount` when k = 0, `closing[k−1]` when 1 ≤ k ≤ tenor, else 0;
 * `debtService_y = payment[k−1]`, `interest_y = interest[k−1]` when 1 ≤ k ≤ tenor.
 * Bonds issued before startYear enter with their remaining balance.
 */
export function bondFlows(bond: SpecialBond, startYear: number, n: number): BondFlows {
  const s = loanSchedule({ principal: bond.amount, rate: bond.rate, tenorYears: bond.tenorYears, repayment: bond.repayment });
  const out: BondFlows = {
    issued: new Float64Array(n), balance: new Float64Array(n), debtService: new Float64Array(n),
    interest: new Float64Array(n), principal: new Float64Array(n),
    projectRevenue: expandSeries(bond.projectRevenue, startYear, n),
  };
  for (let i = 0; i < n; i++) {
    const k = startYear + i - bond.issueYear;
    if (k === 0) {
      out.issued[i] = bond.amount;
      out.balance[i] = bond.amount;
    } else if (k >= 1 && k <= bond.tenorYears) {
      out.balance[i] = s.closing[k - 1] ?? 0;
      out.debtService[i] = s.payment[k - 1] ?? 0;
      out.interest[i] = s.interest[k - 1] ?? 0;
      out.principal[i] = s.principal[k - 1] ?? 0;
    }
  }
  return out;
}

/** All bonds of a town added up per year (SPEC §6 exposure component `bonds`), with each bond's flows. */
export interface TownBonds {
  readonly byBond: ReadonlyMap<string, BondFlows>;
  /** Each bond's life-time self-balance (SPEC §6), by bond id. */
  readonly lives: ReadonlyMap<string, BondLife>;
  /** Budget support of the bonds' cash gaps per year (fiscal cost, SPEC §6). */
  readonly support: Float64Array;
  readonly issued: Float64Array;
  readonly balance: Float64Array;
  readonly debtService: Float64Array;
  readonly interest: Float64Array;
}

/** Σ over the town's bonds of `bondFlows` (issued, balance, debt service, interest) and of their budget support (`bondLife`). */
export function townBonds(town: Pick<Town, 'bonds'>, startYear: number, n: number): TownBonds {
  const byBond = new Map<string, BondFlows>();
  const lives = new Map<string, BondLife>();
  const sum: TownBonds = {
    byBond, lives, support: new Float64Array(n), issued: new Float64Array(n), balance: new Float64Array(n),
    debtService: new Float64Array(n), interest: new Float64Array(n),
  };
  for (const bond of town.bonds) {
    const f = bondFlows(bond, startYear, n);
    byBond.set(bond.id, f);
    const life = bondLife(bond, startYear, n);
    lives.set(bond.id, life);
    addInto(sum.support, life.support);
    addInto(sum.issued, f.issued);
    addInto(sum.balance, f.balance);
    addInto(sum.debtService, f.debtService);
    addInto(sum.interest, f.interest);
  }
  return sum;
}
