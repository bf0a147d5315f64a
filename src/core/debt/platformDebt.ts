/**
 * Platform (LGFV) debt raised for a town (SPEC §2 "town", §6): balance = opening balance +
 * new borrowing − repayments, each tranche repaid over the tenor by its profile. The
 * opening balance is a tranche drawn at the start of startYear (repaid from startYear);
 * each year's new borrowing arrives at year end and is repaid from the next year.
 */
import { loanSchedule } from '../finance/index.ts';
import type { LoanSchedule } from '../finance/index.ts';
import { expandSeries } from '../model/expand.ts';
import type { PlatformDebt } from '../model/scenario.ts';

/** Platform debt over the simulated years (index 0 = startYear), 万元. */
export interface PlatformFlows {
  readonly newBorrowing: Float64Array;
  /** Principal repaid in the year, all tranches. */
  readonly repayment: Float64Array;
  readonly interest: Float64Array;
  /** Balance at year end = previous balance + newBorrowing − repayment. */
  readonly balance: Float64Array;
  /** `hiddenShare · balance`: identified as hidden debt 隐性债务. */
  readonly hidden: Float64Array;
  /** `(1 − hiddenShare) · balance`: the exposure component `platform`. */
  readonly nonHidden: Float64Array;
}

/**
 * The town's platform debt for `n` years from `startYear` (SPEC §2): a tranche drawn at
 * the start of year `y0` with schedule s repays `s.principal[k]` in year `y0 + k`; the
 * balance at the end of year t is the opening balance plus all borrowing to date less all
 * principal repaid to date.
 */
export function platformFlows(p: PlatformDebt, startYear: number, n: number): PlatformFlows {
  const out: PlatformFlows = {
    newBorrowing: expandSeries(p.newBorrowing, startYear, n), repayment: new Float64Array(n),
    interest: new Float64Array(n), balance: new Float64Array(n), hidden: new Float64Array(n), nonHidden: new Float64Array(n),
  };
  const tranche = (principal: number, firstIndex: number): void => {
    if (principal === 0) return;
    const s = schedule(p, principal);
    for (let k = 0; k < p.tenorYears && firstIndex + k < n; k++) {
      out.repayment[firstIndex + k] = (out.repayment[firstIndex + k] ?? 0) + (s.principal[k] ?? 0);
      out.interest[firstIndex + k] = (out.interest[firstIndex + k] ?? 0) + (s.interest[k] ?? 0);
    }
  };
  tranche(p.openingBalance, 0);
  for (let i = 0; i < n; i++) tranche(out.newBorrowing[i] ?? 0, i + 1);
  let balance = p.openingBalance;
  for (let i = 0; i < n; i++) {
    balance += (out.newBorrowing[i] ?? 0) - (out.repayment[i] ?? 0);
    out.balance[i] = balance;
    out.hidden[i] = p.hiddenShare * balance;
    out.nonHidden[i] = balance - p.hiddenShare * balance;
  }
  return out;
}

function schedule(p: PlatformDebt, principal: number): LoanSchedule {
  return loanSchedule({ principal, rate: p.rate, tenorYears: p.tenorYears, repayment: p.repayment });
}
