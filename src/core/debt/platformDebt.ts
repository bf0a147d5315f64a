/**
 * Platform (LGFV) debt raised for a town (SPEC §2 "town", §6): balance = opening balance +
 * new borrowing − repayments, each tranche repaid over the tenor by its profile. The
 * opening balance is a tranche drawn at the start of startYear (repaid from startYear);
 * each year's new borrowing arrives at year end and is repaid from the next year.
 */
import { loanScheduleInto } from '../finance/index.ts';
import type { LoanSchedule } from '../finance/index.ts';
import { sharedSeries, zeros } from './arrays.ts';
import type { PlatformDebt } from '../model/scenario.ts';

/** Platform debt over the simulated years (index 0 = startYear), 万元. */
export interface PlatformFlows {
  readonly newBorrowing: Float64Array;
  /** Principal repaid in the year, all tranches. */
  readonly repayment: Float64Array;
  readonly interest: Float64Array;
  /** Balance at year end (= previous balance + newBorrowing − repayment). */
  readonly balance: Float64Array;
  /**
   * Identified as hidden debt 隐性债务: `hiddenShare` of the opening tranche's balance plus
   * `newHiddenShare` (default `hiddenShare`) of each later tranche's balance.
   */
  readonly hidden: Float64Array;
  /** `balance − hidden`: the exposure component `platform`. */
  readonly nonHidden: Float64Array;
  /** New borrowing identified as hidden in the year: `newHiddenShare · newBorrowing` (SPEC §6 "No new hidden debt"). */
  readonly newHidden: Float64Array;
}

/**
 * The town's platform debt for `n` years from `startYear` (SPEC §2): a tranche drawn at
 * the start of year `y0` with schedule s repays `s.principal[k]` in year `y0 + k`; the
 * balance at the end of year t — the opening balance plus all borrowing to date less all
 * principal repaid to date — is summed as each tranche's outstanding balance (its amount in
 * the year it is drawn, then `s.closing[k]`), so a repaid tranche leaves exactly 0.
 */
export function platformFlows(p: PlatformDebt, startYear: number, n: number): PlatformFlows {
  const out: PlatformFlows = {
    newBorrowing: sharedSeries(p.newBorrowing, startYear, n) /* read only */, repayment: zeros(n),
    interest: zeros(n), balance: zeros(n), hidden: zeros(n), nonHidden: zeros(n),
    newHidden: zeros(n),
  };
  const newShare = p.newHiddenShare ?? p.hiddenShare;
  tranche(out, p, p.openingBalance, 0, p.hiddenShare, n);
  for (let i = 0; i < n; i++) {
    const f = out.newBorrowing[i] ?? 0;
    out.newHidden[i] = newShare * f;
    tranche(out, p, f, i + 1, newShare, n);
  }
  for (let i = 0; i < n; i++) out.nonHidden[i] = (out.balance[i] ?? 0) - (out.hidden[i] ?? 0);
  return out;
}

/** Adds a tranche repaid from year index `first` (drawn at the end of `first − 1`, or at the start of startYear). */
function tranche(out: PlatformFlows, p: PlatformDebt, principal: number, first: number, share: number, n: number): void {
  if (principal === 0) return;
  if (first > 0) add(out, first - 1, principal, share);
  const s = scratch(p.tenorYears);
  loanScheduleInto({ principal, rate: p.rate, tenorYears: p.tenorYears, repayment: p.repayment }, s);
  for (let k = 0; k < p.tenorYears && first + k < n; k++) {
    out.repayment[first + k] = (out.repayment[first + k] ?? 0) + (s.principal[k] ?? 0);
    out.interest[first + k] = (out.interest[first + k] ?? 0) + (s.interest[k] ?? 0);
    add(out, first + k, s.closing[k] ?? 0, share);
  }
}

function add(out: PlatformFlows, i: number, b: number, share: number): void {
  out.balance[i] = (out.balance[i] ?? 0) + b;
  out.hidden[i] = (out.hidden[i] ?? 0) + share * b;
}

/** Schedule buffers reused from tranche to tranche (each schedule is read before the next is written). */
const SCRATCH = new Map<number, LoanSchedule>();

function scratch(tenor: number): LoanSchedule {
  let s = SCRATCH.get(tenor);
  if (!s) {
    const z = (): Float64Array => new Float64Array(tenor);
    s = { opening: z(), interest: z(), principal: z(), payment: z(), closing: z() };
    SCRATCH.set(tenor, s);
  }
  return s;
}
