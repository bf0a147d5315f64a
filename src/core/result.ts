/**
 * The result of a run (SPEC §10 "Result JSON"): the contract other tools rely on.
 * Per-year arrays align with `years`; money in 万元; undefined ratios are `null`.
 * Paid amounts are rounded to the fen at the output boundary (SPEC §1 "Arithmetic").
 */
import type { Finding, LimitRow, Level, ThresholdRow } from './rules/types.ts';

export type Series = readonly number[];
export type NullableSeries = readonly (number | null)[];

export type TownStatus = 'inactive' | 'active' | 'rectify' | 'removed';
export type Tier = 'green' | 'yellow' | 'orange' | 'red';

export interface CityResult {
  readonly budgetExpenditure: Series;
  readonly pppObligations: Series;
  readonly pppShare: NullableSeries;
  readonly rewardsPaid: Series;
  readonly fiscalCost: Series;
  readonly investmentPerFiscal: NullableSeries;
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
}

export type { Finding, LimitRow, Level, ThresholdRow };
