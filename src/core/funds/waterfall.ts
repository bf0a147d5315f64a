import { lifeRows } from './takahashiAlexander.ts';

/** Per-year result of the distribution waterfall over the fund's life (index t − 1), 万元. */
export interface WaterfallFlows {
  /** Tier 1: management fees paid (due this year plus any unpaid before). */
  readonly feesPaid: Float64Array;
  /** Tier 2: return of the investors' paid-in capital. */
  readonly capitalReturned: Float64Array;
  /** Tier 3: the hurdle (preferred return) paid. */
  readonly hurdlePaid: Float64Array;
  /** Tier 4: carried interest to the manager. */
  readonly carry: Float64Array;
  /** What the investors (government + social) receive: tiers 2 + 3 + the residual after carry. */
  readonly investors: Float64Array;
  /** Management fees accrued and not yet paid, at year end (still unpaid at year L: forgone by the manager). */
  readonly feesUnpaid: Float64Array;
}

/** The waterfall's terms (SPEC §5 "Fees"). */
export interface WaterfallTerms {
  /** Hurdle rate, compounding annually; null = no hurdle tier. */
  readonly hurdle: number | null;
  /** Manager's share of what is left after the hurdle. */
  readonly carry: number;
}

/**
 * The distribution waterfall (SPEC §5 "Fees"; its order is this project's documented choice).
 * Each year's gross distribution D_t (at year end, after that year's call) goes, in order, to:
 *
 * 1. **fees**: the management fee due this year plus any fee left unpaid before (unpaid fees
 *    carry forward without interest);
 * 2. **return of capital**: the investors' paid-in capital not yet returned, `K`;
 * 3. **hurdle**: the preferred return not yet paid, `P`, which accrues each year on the opening
 *    balances and compounds annually: `P ← P + h·(K + P)`;
 * 4. **carry**: the manager takes `carry ×` what is left (no catch-up);
 * 5. the rest to the investors.
 *
 * Tiers 2, 3 and 5 go to the investors as one amount; `concession.ts` then splits it between
 * the government and the social investors (step 6 of the waterfall: the 让利 cap).
 */
export function waterfall(calls: Float64Array, distributions: Float64Array, feesDue: Float64Array, terms: WaterfallTerms): WaterfallFlows {
  const L = distributions.length;
  const [feesPaid, capitalReturned, hurdlePaid, carryRow, investors, feesUnpaid] = lifeRows(6, L);
  const out = { feesPaid, capitalReturned, hurdlePaid, carry: carryRow, investors, feesUnpaid };
  let owed = 0;
  let capital = 0;
  let pref = 0;
  for (let i = 0; i < L; i++) {
    if (terms.hurdle !== null) pref += terms.hurdle * (capital + pref);
    capital += calls[i] ?? 0;
    owed += feesDue[i] ?? 0;
    let left = distributions[i] ?? 0;
    const fee = Math.min(left, owed);
    owed -= fee;
    left -= fee;
    const back = Math.min(left, capital);
    capital -= back;
    left -= back;
    const hurdle = terms.hurdle !== null ? Math.min(left, pref) : 0;
    pref -= hurdle;
    left -= hurdle;
    const carry = terms.carry * left;
    out.feesPaid[i] = fee;
    out.capitalReturned[i] = back;
    out.hurdlePaid[i] = hurdle;
    out.carry[i] = carry;
    out.investors[i] = back + hurdle + (left - carry);
    out.feesUnpaid[i] = owed;
  }
  return out;
}
