/**
 * The settlement of one year (SPEC §12 "Settlement of year Y", §10 `settle`): per district,
 * town and program the claim earned from that year's actuals with its chain of reasons,
 * what is payable and when, the advances and settlements on record and the difference to
 * settle (negative = 扣回); the status decisions with the rule's view beside them; totals
 * against the pool; the reconciliation. Money in 万元, rounded to the fen.
 */
import type { ActualSource, Evaluation, SettlementInfo } from '../../model/actuals.ts';
import type { ProgramKind } from '../../rewards/types.ts';
import type { TownStatus } from '../../result.ts';
import type { ReconciliationRow } from '../reconciliation.ts';
import type { YearKind } from '../yearKind.ts';

/** One KPI's step in the chain: actual → target → a = min(actual/target, cap), with its weight. */
export interface KpiLink {
  readonly kpi: string;
  /** Reported value (null in a forecast year, or hidden in the public version for tax). */
  readonly actual: number | null;
  readonly target: number | null;
  /** actual/target capped (§3), or the expectation where no actual was reported. */
  readonly achievement: number;
  /** Normalised weight among the KPIs with a target that year. */
  readonly weight: number;
  readonly source: ActualSource | null;
  readonly verified: boolean;
  readonly kind: YearKind;
}

/** The chain of reasons of one claim (SPEC §12). */
export interface Chain {
  readonly kpis: readonly KpiLink[];
  /** `A_t` (milestone, land), the window's mean (assessment), or null (programs without achievement). */
  readonly achievement: number | null;
  /** For an assessment, the window (calendar years) whose mean A it reads. */
  readonly window: { readonly from: number; readonly to: number } | null;
  /** The curve point `m = f(A)`, or null. */
  readonly curve: { readonly A: number; readonly m: number } | null;
  /** The amount the factors multiply: the program's base, or for revenue-return schedule share × retained share × revenue increase. */
  readonly base: number;
  readonly factors: { readonly stage: number; readonly region: number; readonly status: number; readonly grade: number };
  /** paid ÷ claim in the payment year (1 when met in full, pool ÷ claims when prorated), or null when due after the horizon. */
  readonly poolShare: number | null;
  /** Clawback recovered in the payment year netted against this payment (the town's recovery split over its payments pro rata). */
  readonly clawbackNetted: number;
}

export interface ProgramSettlement {
  readonly program: string;
  readonly name: string;
  readonly kind: ProgramKind;
  /** Claim earned in the year (after factors). */
  readonly claim: number;
  readonly chain: Chain;
  /** Gross payment of the claim in its payment year, as the engine computes it (null beyond the horizon). */
  readonly paid: number | null;
  /** 应兑现: paid − clawback netted (null beyond the horizon). */
  readonly payable: number | null;
  readonly paymentYear: number;
  /** 预拨已付 on record for the year. */
  readonly advance: number;
  /** 清算 already on record for the year. */
  readonly settled: number;
  /** 清算差额 = 应兑现 − 预拨 − 已清算; negative = 扣回 (null when payable is). */
  readonly difference: number | null;
}

/** The commission's decision after evaluating the year, beside the rule. */
export interface DecisionLine {
  /** The year the decided status holds (year + 1). */
  readonly forYear: number;
  readonly status: TownStatus | null;
  readonly rule: TownStatus | null;
  readonly differs: boolean;
  readonly decidedBy: 'commission' | 'rule';
  readonly evaluation: Evaluation | null;
  /** Failing years behind the status. */
  readonly basisYears: readonly number[];
}

export interface TownSettlement {
  readonly id: string;
  readonly name: string;
  readonly district: string;
  readonly yearKind: YearKind;
  /** Status in the settled year, and the rule's. */
  readonly status: TownStatus;
  readonly statusRule: TownStatus;
  /** Failing years behind the status of the settled year. */
  readonly statusBasis: readonly number[];
  readonly decision: DecisionLine;
  readonly programs: readonly ProgramSettlement[];
  readonly totals: SettlementTotals;
}

export interface SettlementTotals {
  readonly claims: number;
  readonly payable: number;
  readonly advance: number;
  readonly settled: number;
  readonly difference: number;
  readonly clawbackRecovered: number;
}

export interface DistrictSettlement {
  readonly id: string;
  readonly name: string;
  readonly towns: readonly string[];
  readonly totals: SettlementTotals;
  /** Σ of the towns' tax actuals and targets (the public version's only tax figures); null when none reported. */
  readonly tax: { readonly actual: number; readonly target: number } | null;
}

/** `townfisc settle --json` (SPEC §10 `settle`, with the §12 columns). */
export interface Settlement {
  readonly year: number;
  readonly scenario: { readonly id: string; readonly name: string; readonly hash: string; readonly actualsHash: string };
  readonly engineVersion: string;
  readonly info: SettlementInfo;
  /** true: town-level tax aggregated to districts. */
  readonly public: boolean;
  readonly districts: readonly DistrictSettlement[];
  readonly towns: readonly TownSettlement[];
  /** Against the pool of the year: the pool, pool claims due in it, paid from it; and the settlement's own sums. */
  readonly totals: SettlementTotals & { readonly pool: number | null; readonly poolClaims: number; readonly poolPaid: number };
  readonly reconciliation: readonly ReconciliationRow[];
}
