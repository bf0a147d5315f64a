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
  readonly worstTier: Tier | null;
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
