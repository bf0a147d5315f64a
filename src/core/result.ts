/**
 * The result of a run (SPEC §10 "Result JSON"): the contract other tools rely on.
 * Per-year arrays align with `years`; money in 万元; undefined ratios are `null`.
 * Paid amounts are rounded to the fen at the output boundary (SPEC §1 "Arithmetic").
 */
import type { Finding, LimitRow, Level, ThresholdRow } from './rules/types.ts';
import type { ActualsResult } from './actuals/result.ts';

export type Series = readonly number[];
export type NullableSeries = readonly (number | null)[];

export type TownStatus = 'inactive' | 'active' | 'rectify' | 'removed';
export type Tier = 'green' | 'yellow' | 'orange' | 'red';

/**
 * Reward pool execution 奖补资金池执行情况 per year (SPEC §3 "Pool execution", §10
 * `city.rewardPool`), 万元 rounded to the fen. It foots: under `prorate`
 * `lapsed = claims − paid`; under `queue` `queued(t) = queued(t−1) + claims − paid`;
 * `receivable(t) = receivable(t−1) + clawbackDue − clawbackRecovered`.
 */
export interface RewardPoolResult {
  /** The pool of the year; null where the policy sets none (every claim is met). */
  readonly pool: NullableSeries;
  /** Pool claims falling due in the year (earned `lagYears` before); the queue carried from earlier years is not counted again. */
  readonly claims: Series;
  /** Pool-funded payments of the year. */
  readonly paid: Series;
  /** `prorate`: the part of the year's claims the pool did not meet, lost. 0 under `queue`. */
  readonly lapsed: Series;
  /** `queue`: claims due and unpaid at year end (an accrued liability, SPEC §6). 0 under `prorate`. */
  readonly queued: Series;
  /** Pool claims earned within the horizon that fall due after it. */
  readonly dueAfterHorizon: number;
  /** Clawbacks of failed assessments falling due in the year, recovered, and still receivable at year end (all towns). */
  readonly clawbackDue: Series;
  readonly clawbackRecovered: Series;
  readonly receivable: Series;
}

export interface CityResult {
  readonly budgetExpenditure: Series;
  readonly pppObligations: Series;
  readonly pppShare: NullableSeries;
  readonly rewardsPaid: Series;
  readonly fiscalCost: Series;
  readonly investmentPerFiscal: NullableSeries;
  readonly rewardPool: RewardPoolResult;
}

export interface DistrictResult {
  readonly id: string;
  readonly legalDebt: Series;
  readonly hiddenDebt: Series;
  readonly capacity: Series;
  readonly legalRatio: NullableSeries;
  readonly broadRatio: NullableSeries;
  readonly tier: readonly (Tier | null)[];
  readonly debtLimit: Series;
  readonly debtHeadroom: Series;
  readonly debtServiceRatio: NullableSeries;
  readonly interestBurden: NullableSeries;
  readonly pppShare: NullableSeries;
  /** 一般债务 / 专项债务 balances (SPEC §6 "Legal debt by type"); towns' bonds and swap bonds are special. */
  readonly generalDebt: Series;
  readonly specialDebt: Series;
  /** Limits and headroom by type; null in every year when the scenario gives one total limit. */
  readonly generalLimit: NullableSeries;
  readonly specialLimit: NullableSeries;
  readonly generalHeadroom: NullableSeries;
  readonly specialHeadroom: NullableSeries;
  /** 一般债务率 / 专项债务率: null unless 综合财力 is given by parts. */
  readonly generalRatio: NullableSeries;
  readonly specialRatio: NullableSeries;
  /** 综合债务率 (发改规划〔2017〕2084号). */
  readonly compositeRatio: NullableSeries;
  /** Tier of the broad ratio (the commission's practice line); `tier` is the legal ratio's (official). */
  readonly tierBroad: readonly (Tier | null)[];
  /** On risk warning: composite ratio above the trigger. */
  readonly onWarning: readonly boolean[];
  /** Hidden debt swapped into refinancing special bonds in the year; interest it saves. */
  readonly swapped: Series;
  readonly interestSaved: Series;
  /** 偿债率 net of the own principal rolled over with refinancing bonds (`debtServiceRatio` is gross). */
  readonly debtServiceRatioNet: NullableSeries;
  /** 一般债务付息 / 一般公共预算支出 and 专项债务付息 / 政府性基金预算支出. */
  readonly interestRatioGeneral: NullableSeries;
  readonly interestRatioSpecial: NullableSeries;
  /** Budget support of the district's towns' special-bond cash gaps (fiscal cost). */
  readonly bondSupport: Series;
  /** 综合财力 by parts (fundBudget includes land); null when given as one series. */
  readonly capacityParts: { readonly generalBudget: Series; readonly fundBudget: Series; readonly land: Series } | null;
}

export interface ProgramFlows {
  readonly claimed: Series;
  readonly paid: Series;
}

export interface TownResult {
  readonly id: string;
  readonly status: readonly TownStatus[];
  readonly achievement: NullableSeries;
  readonly rewards: {
    readonly byProgram: Readonly<Record<string, ProgramFlows>>;
    readonly total: Series;
    readonly clawback: Series;
    readonly landQuotaMu: { readonly reward: Series; readonly deduction: Series };
    /** Clawback receivable not recovered by the horizon's end (SPEC §3 "assessment"). */
    readonly receivableAtEnd: number;
  };
  readonly exposure: {
    readonly total: Series;
    readonly ratio: NullableSeries;
    readonly bonds: Series;
    readonly platform: Series;
    readonly hidden: Series;
    readonly accruedRewards: Series;
    readonly pppCommitments: Series;
  };
  /** Budget support of the town's special-bond cash gaps per year (SPEC §6; in `city.fiscalCost`). */
  readonly bondSupport: Series;
}

export interface PppResult {
  readonly id: string;
  readonly obligations: {
    readonly equity: Series;
    readonly operatingSubsidy: Series;
    readonly riskBearing: Series;
    readonly supportingInputs: Series;
    /** 建设期投资支持 of a new-mechanism project in its construction years (SPEC §4.6 "Mechanism"); not part of K_n. */
    readonly constructionSupport: Series;
    readonly total: Series;
  };
  readonly spv: {
    readonly capex: Series;
    readonly revenue: Series;
    readonly opex: Series;
    readonly taxes: Series;
    readonly cfads: Series;
    readonly debtService: Series;
    readonly dividends: Series;
  };
  readonly projectIrr: number | null;
  readonly equityIrr: number | null;
  readonly npv: number;
  readonly dscr: NullableSeries;
  readonly minDscr: number | null;
  readonly avgDscr: number | null;
  readonly llcr: NullableSeries;
  readonly vfm: { readonly psc: number; readonly pppValue: number; readonly value: number; readonly index: number | null };
}

export interface InvestorClassResult {
  readonly cashflows: Series;
  readonly irr: number | null;
  readonly tvpi: number | null;
  readonly dpi: number | null;
}

export interface FundResult {
  readonly id: string;
  readonly size: number;
  readonly governmentCommitment: number;
  readonly leverage: number | null;
  readonly investmentMultiple: number | null;
  readonly returnInvestmentRatio: number | null;
  readonly calls: Series;
  readonly distributions: Series;
  readonly nav: Series;
  readonly government: InvestorClassResult;
  readonly social: InvestorClassResult;
}

export interface Summary {
  readonly fiscalCostTotal: number;
  readonly fiscalCostNpv: number;
  readonly rewardsTotal: number;
  readonly wastedOnRemoved: number;
  /** Clawbacks not recovered by the horizon's end, all towns (SPEC §3 "assessment", §10). */
  readonly receivableAtEnd: number;
  /** Net reward cost per 万元 of investment completed, and per job reached (SPEC §3 "Outputs"). */
  readonly rewardCostPerInvestment: number | null;
  readonly rewardCostPerJob: number | null;
  readonly pppObligationsTotal: number;
  readonly peakPppShare: number | null;
  readonly investmentMobilised: number;
  readonly investmentPerFiscal: number | null;
  readonly peakBroadRatio: number | null;
  /** Worst tier of the legal ratio (official, `district.tier`). */
  readonly worstTier: Tier | null;
  /** Peak legal ratio and worst broad-ratio tier (the practice line), beside the two above (SPEC §6 "Risk tiers"). */
  readonly peakLegalRatio: number | null;
  readonly worstTierBroad: Tier | null;
  readonly breaches: number;
  readonly warnings: number;
}

export interface RunResult {
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly name: string; readonly hash: string };
  readonly years: readonly number[];
  readonly city: CityResult;
  readonly districts: readonly DistrictResult[];
  readonly towns: readonly TownResult[];
  readonly ppp: readonly PppResult[];
  readonly funds: readonly FundResult[];
  readonly limits: readonly LimitRow[];
  readonly findings: readonly Finding[];
  /** Every rule's threshold in force after the scenario's overrides (SPEC §10 `thresholds`): edges draw lines from these. */
  readonly thresholds: readonly ThresholdRow[];
  readonly summary: Summary;
  /** Actual or forecast per year, status decisions and the payment reconciliation (SPEC §12); present when the scenario has actuals. */
  readonly actuals?: ActualsResult;
}

export type { Finding, LimitRow, Level, ThresholdRow };
