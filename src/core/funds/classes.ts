import { concessionTake, simpleInterestAccrual } from './concession.ts';
import { guaranteedAmount } from './guarantee.ts';
import type { GuaranteeTerms } from './guarantee.ts';
import type { Concession } from './types.ts';
import { lifeRows } from './takahashiAlexander.ts';

/** One investor class's flows over the fund's life (index t − 1), 万元, unrounded. */
export interface ClassFlows {
  readonly calls: Float64Array;
  readonly distributions: Float64Array;
}

/** The split of the fund's flows between the government (guidance fund) and the social investors. */
export interface ClassSplit {
  readonly government: ClassFlows;
  readonly social: ClassFlows;
  /** What the government pays the social investors under its forbidden terms when they are settled. */
  readonly guaranteePayout: Float64Array;
  /** The guaranteed amount outstanding at year end (0 once settled): hidden debt (SPEC §5, §6). */
  readonly guaranteed: Float64Array;
}

/**
 * Splits calls and the investors' distributions between the classes (SPEC §5), year by year:
 *
 * - calls pro rata to commitments: government `g·C_t`, social `(1 − g)·C_t`;
 * - distributions pro rata, `g·I_t`, except under a concession, where the government's take is
 *   `concessionTake(g·I_t, …)`: its paid-in plus the capped return accrued as simple interest
 *   on its outstanding paid-in; the excess goes to the social investors;
 * - under forbidden terms, the guaranteed amount `max(0, social paid-in + promised return
 *   accrued − distributions received)` at each year end until settlement; in the settlement year
 *   (the buy-back year, else year L) the government pays it to the social investors; after a
 *   buy-back the government takes the social investors' place (their calls and distributions).
 *
 * Accruals use the opening balances of the year (flows happen at year end).
 */
export function splitClasses(
  calls: Float64Array,
  investors: Float64Array,
  g: number,
  concession: Concession | null,
  guarantee: GuaranteeTerms | null,
): ClassSplit {
  const L = calls.length;
  const [govCalls, govDist0, socCalls, socDist0, guaranteePayout, guaranteed] = lifeRows(6, L);
  const gov = { calls: govCalls, distributions: govDist0 };
  const soc = { calls: socCalls, distributions: socDist0 };
  let govPaid = 0, govDist = 0, capAccrued = 0;
  let socPaid = 0, socDist = 0, promised = 0;
  for (let i = 0; i < L; i++) {
    const t = i + 1;
    const boughtOut = guarantee !== null && guarantee.buyBack && t > guarantee.settlementT;
    if (concession !== null) capAccrued += simpleInterestAccrual(concession.cappedReturn, govPaid, govDist);
    if (guarantee !== null) promised += simpleInterestAccrual(guarantee.rate, socPaid, socDist);
    const c = calls[i] ?? 0;
    const d = investors[i] ?? 0;
    const govCall = boughtOut ? c : g * c;
    govPaid += govCall;
    socPaid += c - govCall;
    let govD = boughtOut ? d : g * d;
    if (concession !== null && !boughtOut) govD = concessionTake(govD, govPaid, capAccrued, govDist);
    govDist += govD;
    socDist += d - govD;
    gov.calls[i] = govCall;
    soc.calls[i] = c - govCall;
    gov.distributions[i] = govD;
    soc.distributions[i] = d - govD;
    if (guarantee !== null && t <= guarantee.settlementT) {
      const owed = guaranteedAmount(socPaid, promised, socDist);
      if (t === guarantee.settlementT) guaranteePayout[i] = owed;
      else guaranteed[i] = owed;
    }
  }
  return { government: gov, social: soc, guaranteePayout, guaranteed };
}
