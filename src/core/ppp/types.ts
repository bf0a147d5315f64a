/**
 * PPP project data of SPEC §4.1, as the core sees it: validated and with every default
 * filled in by the edge (`src/scenario/schema/ppp.ts`). Money in 万元, rates as decimals.
 */
import type { SeriesSpec } from '../model/series.ts';
import type { RateShift } from './rateIndexed.ts';

/** 政府付费 / 可行性缺口补助 / 使用者付费（特许经营）. SPEC §4.1. */
export const PAYMENT_MECHANISMS = ['government-pay', 'viability-gap', 'user-pay'] as const;
/** A payment mechanism of SPEC §4.1. */
export type PaymentMechanism = (typeof PAYMENT_MECHANISMS)[number];

/**
 * 旧机制 / 新机制 (SPEC §4.6 "Mechanism"): the February 2023 review divides projects under the
 * 2014–2022 PPP rules (`old`) from those under the new mechanism of 国办函〔2023〕115号 (`new`:
 * user-pay concessions only, with construction support allowed). Called `regime` in the data
 * because `mechanism` already names the payment mechanism (docs/decisions.md).
 */
export const PPP_REGIMES = ['old', 'new'] as const;
/** A project's PPP regime (SPEC §4.6 "Mechanism"). */
export type PppRegime = (typeof PPP_REGIMES)[number];

/** The first procurement year whose projects default to the new mechanism (SPEC §4.6: procured from 2023). */
export const NEW_REGIME_FROM = 2023;

/** 运作方式 of the PPP register. */
export const OPERATION_MODES = ['BOT', 'BOO', 'TOT', 'ROT', 'O&M', 'MC'] as const;
/** A register operation mode. */
export type OperationMode = (typeof OPERATION_MODES)[number];

/** 项目阶段 of the PPP register: 识别 / 准备 / 采购 / 执行 / 移交. */
export const LIFECYCLE_PHASES = ['identification', 'preparation', 'procurement', 'execution', 'transfer'] as const;
/** A register lifecycle phase, as an ASCII slug. */
export type LifecyclePhase = (typeof LIFECYCLE_PHASES)[number];

/** 一般公共预算 / 政府性基金预算 / 国有资本经营预算. */
export const PAYING_BUDGETS = ['general', 'fund', 'state-capital'] as const;
/** The budget that pays a project's obligations (SPEC §4.1). */
export type PayingBudget = (typeof PAYING_BUDGETS)[number];

/** Operating-subsidy formula of SPEC §4.2: the guideline's own, or the contracts' annuity. */
export const SUBSIDY_FORMULAS = ['mof-2015', 'annuity'] as const;
/** A subsidy formula of SPEC §4.2. */
export type SubsidyFormula = (typeof SUBSIDY_FORMULAS)[number];

/**
 * The construction cost `C` the subsidy recovers (SPEC §4.2): `private-cost` = cost − government
 * equity contribution (财金〔2015〕21号: 社会资本方承担的建设成本); `full-cost` reproduces
 * published 财承 reports, which often take the whole cost.
 */
export const SUBSIDY_BASES = ['private-cost', 'full-cost'] as const;
/** What `C` covers (SPEC §4.2). */
export type SubsidyBase = (typeof SUBSIDY_BASES)[number];

/** SPV loan profiles: 等额本息 (`annuity`) or 等额本金 (`equal-principal`) (SPEC §4.1). */
export const LOAN_REPAYMENTS = ['annuity', 'equal-principal'] as const;
/** An SPV loan profile. */
export type LoanRepayment = (typeof LOAN_REPAYMENTS)[number];

/** SPV senior loan; grace years and tenor count from operation year 1 (SPEC §4.3). */
export interface PppLoan {
  readonly rate: number;
  /** Within the operation years (the cooperation term less construction). */
  readonly tenorYears: number;
  /** Interest-only years at the start of the tenor. */
  readonly graceYears: number;
  /** 等额本息 / 等额本金 */
  readonly repayment: LoanRepayment;
}

/** Interest during construction: capitalised into the loan (default) or paid by equity. */
export type IdcTreatment = 'capitalised' | 'paid-by-equity';

/** One case of the scenario method of risk bearing (SPEC §4.2): base, adverse, worst…. */
export interface RiskCase {
  readonly name: string;
  /** Government payment in that case, 万元 per year of the period it applies to. */
  readonly amount: number;
  readonly probability: number;
}

/** Years a `scenarios` risk figure is paid in. */
export const RISK_PERIODS = ['construction', 'operation', 'cooperation'] as const;
/** A period a `scenarios` risk figure is paid in. */
export type RiskPeriod = (typeof RISK_PERIODS)[number];

/**
 * 风险承担支出 (SPEC §4.2): `proportion` = r_c·capex_t + r_o·opex_t in the year incurred;
 * `scenarios` = Σ amount × probability, paid each year of `period` (default the operation years).
 */
export type RiskBearing =
  | { readonly kind: 'proportion'; readonly construction: number; readonly operation: number }
  | { readonly kind: 'scenarios'; readonly period: RiskPeriod; readonly cases: readonly RiskCase[] };

/** 配套投入 (SPEC §4.2): what the government provides in a year, and what the partner pays for it. */
export interface SupportingInput {
  readonly name: string;
  readonly year: number;
  readonly cost: number;
  readonly partnerPays: number;
}

/**
 * Guaranteed terms (SPEC §4.6 `ppp.guaranteed-terms`, §6 hidden debt):
 * a fixed return on the partner's equity (明股实债), a minimum-revenue guarantee 保底承诺 with
 * its expected cost per operation year, or a buy-back of the asset or equity 回购.
 */
export type GuaranteedTerm =
  | { readonly kind: 'fixed-return'; readonly rate: number }
  | { readonly kind: 'minimum-revenue'; readonly expectedCostPerYear: number }
  | { readonly kind: 'buy-back'; readonly year: number; readonly amount: number };

/**
 * Public-sector comparator inputs (SPEC §4.4, 财金〔2015〕167号). Null references fall back to
 * the project's own figures.
 */
export interface PscInputs {
  /** Reference construction cost, 万元, spread by the project's schedule; null → the project's. */
  readonly constructionCost: number | null;
  /** Reference O&M cost per operation year (y₀ = operation year 1); null → the project's. */
  readonly operatingCost: SeriesSpec | null;
  /** Third-party (user) revenue the government would collect; null → the project's user revenue × demand. */
  readonly userRevenue: SeriesSpec | null;
  /** 竞争性中立调整值, 万元 per operation year (y₀ = operation year 1). */
  readonly competitiveNeutrality: SeriesSpec;
  /** Transferable risk as shares of the reference capex and opex of each year. */
  readonly transferableRisk: { readonly construction: number; readonly operation: number };
}

/** Fields of a Chinese PPP register (项目库) analysts filter by (SPEC §4.1). */
export interface PppRegister {
  readonly operationMode: OperationMode;
  readonly phase: LifecyclePhase;
  /** 所属行业, free text. */
  readonly sector: string;
  readonly inNationalRegister: boolean;
}

/** A PPP project (SPEC §4.1), every default filled in. */
export interface PppProject {
  readonly id: string;
  readonly name: string;
  /** Id of the town it belongs to (town exposure, city fiscal cost). */
  readonly town: string;
  readonly mechanism: PaymentMechanism;
  readonly procurementYear: number;
  /** Construction year 1; defaults to the procurement year. */
  readonly constructionStartYear: number;
  /** 万元 */
  readonly constructionCost: number;
  /** Fractions of the cost per construction year, summing to 1. */
  readonly constructionSchedule: readonly number[];
  readonly operationYears: number;
  /** 项目资本金比例: share of cost funded by SPV equity. */
  readonly capitalRatio: number;
  /** Government's share of the SPV equity. */
  readonly governmentEquityShare: number;
  readonly loan: PppLoan;
  readonly idc: IdcTreatment;
  /** O&M cost per year, y₀ = operation year 1 (万元). */
  readonly operatingCost: SeriesSpec;
  /** User revenue at expected demand, y₀ = operation year 1 (万元). */
  readonly userRevenue: SeriesSpec;
  /** Demand factor applied to user revenue (1 = as forecast; shocked in stress tests). */
  readonly demandFactor: number;
  /** 合理利润率 π */
  readonly profitRate: number;
  readonly subsidy: {
    readonly formula: SubsidyFormula;
    readonly base: SubsidyBase;
    /** N, defaults to the operation years. */
    readonly periodYears: number;
  };
  readonly performance: {
    /** ℓ_c, share of the construction part linked to performance (default 0.3). */
    readonly constructionLink: number;
    /** ℓ_o, share of the O&M part linked (default 1). */
    readonly operationLink: number;
    /** score_n ∈ [0, 1] per operation year n = 1, 2, …; the last value repeats (default [1]). */
    readonly scores: readonly number[];
  };
  /** `user-pay` only: the operating subsidy M_n configured for the concession, y₀ = operation year 1 (default 0). */
  readonly concessionSubsidy: SeriesSpec;
  readonly riskBearing: RiskBearing;
  readonly supportingInputs: readonly SupportingInput[];
  readonly taxes: {
    /** Corporate income tax rate (default 0.25). */
    readonly corporateIncomeTax: number;
    /** VAT rate on government payments, borne by the SPV; null = not applied. */
    readonly vatOnGovernmentPayments: number | null;
  };
  /** Budget and level that pay the obligations: `city` or a district id. */
  readonly payer: { readonly budget: PayingBudget; readonly level: string };
  readonly guarantees: readonly GuaranteedTerm[];
  readonly register: PppRegister;
  readonly psc: PscInputs;
  /** 旧机制 / 新机制 (SPEC §4.6 "Mechanism"); the edge defaults it to `new` when procured from 2023, else `old`. */
  readonly regime: PppRegime;
  /**
   * Revenue ring-fenced 收支两条线 (sewage, waste; "实质重于形式", 财金〔2019〕10号, 财金〔2022〕119号):
   * the 5% line `ppp.share.5.government-pay` does not apply (SPEC §4.6). Default false.
   */
  readonly ringFenced: boolean;
  /**
   * 建设期投资支持 (SPEC §4.6 "Mechanism"): government capital injection or investment grant, 万元 in
   * total, paid in the construction years by the construction schedule; a fiscal cost in those
   * years, not part of K_n. Default 0.
   */
  readonly constructionSupport: number;
  /**
   * LPR-linked 浮动 contract (SPEC §8): a rate shift moves its construction part K_n from the
   * shock year on (`./rateIndexed.ts`, docs/decisions.md "Stress model gaps"); contracted
   * payments otherwise stay fixed. Absent = false (absent, not defaulted, so the scenario hash
   * of files without it does not change).
   */
  readonly rateIndexed?: boolean;
  /**
   * The rate shift a stress run applies to a `rateIndexed` contract (presets `rates+200bp`,
   * `combined`, the Monte Carlo rate draw; SPEC §8). Set by the stress shocks, not a scenario field.
   */
  readonly rateShift?: RateShift;
  /** 批复概算: the approved estimate of the construction cost, 万元; null = not given (`ppp.capex-over-approved`). */
  readonly approvedEstimate: number | null;
}
