/**
 * Investment sub-fund data of SPEC §5 (特色小镇投资子基金), as the core sees it: validated
 * and with every default filled in by the edge (`src/scenario/schema/funds.ts`).
 * Money in 万元, rates and shares as decimals (SPEC §1).
 */

/**
 * Takahashi–Alexander (Yale) cash-flow parameters, SPEC §5 "Cash flows". Years count from
 * the vintage: `t = 1` is the fund's `establishedYear`.
 */
export interface TakahashiAlexanderParams {
  /** RC_t, the share of uncalled commitment called in year t (0–1); the last value repeats. */
  readonly contributionRates: readonly number[];
  /** B, the bow: how late distributions come (`RD_t = max(Y, (t/L)^B)`). */
  readonly bow: number;
  /** G_r, the annual growth of NAV (above −1). */
  readonly growth: number;
  /** Y, the floor of the distribution rate (0–1). */
  readonly yield: number;
  /** L, the fund's life in years (1–60): everything is distributed in year L. */
  readonly lifeYears: number;
  /** No calls after this many years; null = calls continue until year L − 1. */
  readonly investmentPeriodYears: number | null;
}

/**
 * Base of the management fee (SPEC §5 "Fees"):
 * - `commitment-then-nav`: the commitment S in the investment period, then the opening NAV;
 * - `paid-in-then-invested`: opening paid-in capital in the investment period, then the opening
 *   invested capital (cost of the unrealised portfolio), per 国办发〔2025〕1号;
 * - `dated`: whichever of the two is in force in the fund's `establishedYear` (see `feeBase.ts`).
 */
export type FeeBase = 'commitment-then-nav' | 'paid-in-then-invested';
/** A fund's fee-base setting: a base, or `dated` (resolved by `establishedYear`). */
export type FeeBaseChoice = FeeBase | 'dated';

/** Management fee terms (SPEC §5 "Fees"): `fee_t = rate_t · base_t`, see `fees.ts`. */
export interface ManagementFee {
  /** Annual rate on the base during the investment period (0–1). */
  readonly rate: number;
  /** Annual rate after the investment period (0–1); null = the same `rate`. */
  readonly rateAfterInvestmentPeriod: number | null;
  readonly base: FeeBaseChoice;
}

/** Fee terms and the waterfall's hurdle and carry (SPEC §5 "Fees"; the order is documented in `waterfall.ts`). */
export interface FundFees {
  readonly management: ManagementFee;
  /** Hurdle (preferred return) rate of the limited partners, compounding annually; null = no hurdle tier. */
  readonly hurdle: number | null;
  /** Carried interest: the manager's share of what is left after the hurdle (0–1). */
  readonly carry: number;
}

/**
 * 让利 (SPEC §5 "Concession", 财预〔2015〕210号 第十三条): the government takes back at most its
 * paid-in capital plus `cappedReturn` a year, simple interest on its outstanding paid-in
 * (paid-in − distributions received); the excess goes to the social investors.
 */
export interface Concession {
  readonly cappedReturn: number;
}

/**
 * Forbidden terms (明股实债; SPEC §5 "Forbidden terms", 财预〔2015〕210号 第十三条, 财预〔2017〕50号):
 * the government promises social investors their principal back, a minimum return, or to buy
 * their interest back in `year` at paid-in plus `rate` a year (simple interest).
 */
export type Guarantee =
  | { readonly kind: 'principal-protection' }
  | { readonly kind: 'minimum-return'; readonly rate: number }
  | { readonly kind: 'buy-back'; readonly year: number; readonly rate: number };

/** An investment sub-fund (SPEC §5). */
export interface Fund {
  readonly id: string;
  readonly name: string;
  /** S, the fund's size (total commitments), 万元. */
  readonly size: number;
  /** Vintage: `t = 1` of the cash-flow model, and the year fund-level rules are keyed to (SPEC §1). */
  readonly establishedYear: number;
  /** g, the government (guidance fund) share of commitments: G = S·g (0–1). */
  readonly governmentShare: number;
  /** p, the share of each backed project's investment the fund finances (0–1]: mobilised = invested / p. */
  readonly projectShare: number;
  /** Share of invested capital invested in the city's towns (0–1), for 返投倍数. */
  readonly localShare: number;
  /** Declared investment per town id, 万元: the weights that allocate guaranteed amounts to towns (SPEC §5). */
  readonly allocationByTown: Readonly<Record<string, number>>;
  /** Fund-level 返投倍数 requirement, overriding the dated rule `fund.return-investment`; null = the rule's. */
  readonly returnInvestmentRequirement: number | null;
  /** Investment-multiple threshold, overriding the rule `fund.investment-multiple`; null = the rule's. */
  readonly investmentMultipleThreshold: number | null;
  readonly takahashiAlexander: TakahashiAlexanderParams;
  readonly fees: FundFees;
  readonly concession: Concession | null;
  /** Forbidden terms written into the fund's agreement; empty when clean. */
  readonly guarantees: readonly Guarantee[];
  /** Investment in real estate, 万元 (财预〔2015〕210号 第十二条 forbids it: `fund.real-estate`); default 0. */
  readonly realEstateInvestment: number;
}
