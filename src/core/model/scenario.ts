/**
 * The scenario as the core sees it (SPEC §2): plain readonly data, already validated and
 * normalised by the edge (`src/scenario/`), whose zod schema is checked against these types
 * at compile time. The core never imports from the edge.
 */
import type { SeriesSpec } from './series.ts';
import type { RewardPolicy } from '../rewards/types.ts';
import type { PppProject } from '../ppp/types.ts';
import type { Fund } from '../funds/types.ts';
import type { RuleOverrides } from '../rules/types.ts';
import type { Actuals } from './actuals.ts';
import type { StochasticInput } from '../stress/spec.ts';

/** Current version of the scenario format; older versions still load (SPEC §2). */
export const SCHEMA_VERSION = 1;

export const REGIONS = ['north-eco', 'central-south'] as const;
/** 北部生态区 / 中南部 */
export type Region = (typeof REGIONS)[number];

export const THEMES = [
  'tourism', 'forest', 'talent', 'tech', 'culture', 'internet', 'manufacturing',
  'agriculture', 'health', 'finance', 'other',
] as const;
export type Theme = (typeof THEMES)[number];

/** Lifecycle stages of a town (SPEC §0: 规划、建设、运营). */
export const STAGES = ['planning', 'construction', 'operation'] as const;
export type Stage = (typeof STAGES)[number];

/** Repayment profiles shared by bonds, platform debt and loans. */
export const REPAYMENTS = ['bullet', 'annuity', 'equal-principal'] as const;
export type Repayment = (typeof REPAYMENTS)[number];

/** Discount rate: flat, or a curve by tenor n = 1, 2, … (last value repeats). SPEC §1. */
export type DiscountRate =
  | { readonly kind: 'flat'; readonly rate: number }
  | { readonly kind: 'curve'; readonly byTenor: readonly number[] };

/** City general budget expenditure: a series, or following revenue through an elasticity: E_t = base·(R_t/R_y0)^elasticity. */
export type ExpenditureSpec =
  | { readonly kind: 'series'; readonly series: SeriesSpec }
  | { readonly kind: 'elastic'; readonly base: number; readonly elasticity: number };

export interface City {
  readonly name: string;
  /** 一般公共预算收入, 万元 per year. */
  readonly budgetRevenue: SeriesSpec;
  /** 一般公共预算支出, 万元 per year. */
  readonly budgetExpenditure: ExpenditureSpec;
  /** City's retained share of tax collected in towns, after central and provincial shares (0–1). */
  readonly retainedShare: number;
  /** Existing PPP obligations outside the towns paid by the city's general budget, 万元 per year. */
  readonly existingPppObligations: SeriesSpec;
  /** Reference: local-government bond yield. */
  readonly discountRate: DiscountRate;
}

/**
 * 综合财力 by parts (SPEC §6, 财预〔2017〕35号), 万元 per year. One-offs (调入资金, drawing on the
 * stabilisation fund) are left out. Land revenue is its own part, `gross × netShare`, so a
 * land shock (SPEC §8) moves it.
 */
export interface CapacityParts {
  /** 一般公共预算财力 = ownRevenue + transfersIn − remittances. */
  readonly generalBudget: { readonly ownRevenue: SeriesSpec; readonly transfersIn: SeriesSpec; readonly remittances: SeriesSpec };
  /** 政府性基金财力 (land aside) = revenue + transfersIn − remittances − costSpending. */
  readonly fundBudget: { readonly revenue: SeriesSpec; readonly transfersIn: SeriesSpec; readonly remittances: SeriesSpec; readonly costSpending: SeriesSpec };
  /** 国有土地使用权出让收入: gross per year and the share left after its cost-type spending (0–1). */
  readonly land: { readonly gross: SeriesSpec; readonly netShare: number };
}

/** One type of legal debt outside the towns (SPEC §6 "Legal debt by type"), 万元. */
export interface DebtOfType {
  /** Balance at year end. */
  readonly balance: SeriesSpec;
  /** Its limit (一般债务限额 / 专项债务限额). */
  readonly limit: SeriesSpec;
  /** Interest paid in the year (付息). */
  readonly interest: SeriesSpec;
}

/** 一般债务 and 专项债务 of the district outside the towns, each with its own limit (SPEC §6). */
export interface DebtByType {
  readonly general: DebtOfType;
  readonly special: DebtOfType;
}

/**
 * A hidden-debt swap 隐性债务置换 (SPEC §6, 2024–2028): at the end of `year`, `amount` of the
 * district's own hidden debt is replaced by refinancing special bonds (再融资专项债券) paying
 * `coupon`, repaid at the end of `tenorYears` (到期一次还本).
 */
export interface HiddenDebtSwap {
  readonly year: number;
  readonly amount: number;
  readonly coupon: number;
  readonly tenorYears: number;
}

/** Conversion rates of the composite ratio (SPEC §6, 发改规划〔2017〕2084号): guaranteed debt c_g, town platform debt c_r. */
export interface ConversionRates {
  readonly guaranteed: number;
  readonly platform: number;
}

export interface District {
  readonly id: string;
  readonly name: string;
  /**
   * 综合财力 = general budget revenue + transfers − remittances + net government-fund revenue,
   * 万元 per year (input). Absent when `capacityParts` is given (the edge requires exactly one).
   */
  readonly capacity?: SeriesSpec | null;
  /** 综合财力 by parts (SPEC §6); when given, 综合财力 is their sum. */
  readonly capacityParts?: CapacityParts | null;
  /** Of which land revenue (土地出让收入, net), 万元 per year; shocked in stress tests (SPEC §8). */
  readonly landRevenue: SeriesSpec;
  /** 一般公共预算支出, 万元 per year. */
  readonly budgetExpenditure: SeriesSpec;
  /** Existing non-town PPP obligations paid by the district's general budget, 万元 per year. */
  readonly existingPppObligations: SeriesSpec;
  /** 法定债务余额 outside the towns at year end, 万元. */
  readonly legalDebt: SeriesSpec;
  /** Debt service (principal + interest) on that legal debt, 万元 per year. */
  readonly legalDebtService: SeriesSpec;
  /** Interest part of that debt service, 万元 per year. */
  readonly legalDebtInterest: SeriesSpec;
  /** 债务限额, 万元 (the total; absent when `debtByType` gives the limits by type). */
  readonly debtLimit?: SeriesSpec | null;
  /** 隐性债务 outside the towns at year end, 万元. */
  readonly hiddenDebt: SeriesSpec;
  /** Planned new special bonds outside the towns per year (already within legalDebt), 万元: informative. */
  readonly specialBondPlan: SeriesSpec;
  /**
   * Legal debt by type (SPEC §6). When given it replaces `legalDebt`, `legalDebtInterest`
   * and `debtLimit` (the edge requires those absent); when absent, `legalDebt` is all
   * 一般债务 and only the total limit `debtLimit` is known.
   */
  readonly debtByType?: DebtByType | null;
  /** 政府负有担保责任的债务 (guaranteed debt) at year end, 万元: enters the composite ratio at c_g. */
  readonly guaranteedDebt?: SeriesSpec;
  /** Conversion rates of the composite ratio (defaults: the 2013 national audit's 0.1913 and 0.1464). */
  readonly conversionRates?: ConversionRates;
  /** 政府性基金预算支出, 万元 per year: the denominator of the special-debt interest ratio (absent: not reported). */
  readonly fundExpenditure?: SeriesSpec | null;
  /** Interest rate the district's hidden debt costs (for the interest a swap saves); default 4.5% (practice). */
  readonly hiddenDebtRate?: number;
  /** Hidden-debt swaps 置换, by year (SPEC §6). */
  readonly swaps?: readonly HiddenDebtSwap[];
  /** Share (0–1) of the maturing principal of the district's own legal debt rolled over with refinancing bonds. */
  readonly refinancingShare?: number;
}

/** KPI ids are open (SPEC §2); these are the usual ones. */
export const COMMON_KPIS = ['investment', 'tax', 'jobs', 'enterprises', 'visitors'] as const;

/** Uncertainty of a KPI's achievement (SPEC §8): achievement ~ Normal(expected, sd), truncated at 0. */
export interface AchievementDistribution {
  readonly kind: 'normal';
  readonly sd: number;
}

export interface Kpi {
  /** Target per year, in the KPI's own unit; 0 (or absent years of a zero-filled table) means no target that year. */
  readonly target: SeriesSpec;
  /** Expected achievement actual/target (deterministic run), per year. */
  readonly expected: SeriesSpec;
  /** Optional distribution of the achievement for Monte Carlo. */
  readonly distribution?: AchievementDistribution;
}

/**
 * Project types of a special bond (SPEC §6). The last seven are the negative list of
 * 国办发〔2024〕52号 (`bond.negative-list`): 楼堂馆所, 形象工程, 商业房地产 (not 保障房 or
 * 土地储备), 主题公园, 仿古城镇, 一般竞争性产业, 无收益项目.
 */
export const PROJECT_TYPES = [
  'transport', 'municipal-utilities', 'industrial-park', 'social-housing', 'land-reserve',
  'eco-environment', 'social-services', 'agriculture-water', 'new-infrastructure', 'culture-tourism', 'other',
  'government-buildings', 'image-project', 'commercial-real-estate', 'theme-park', 'replica-town',
  'competitive-industry', 'no-revenue',
] as const;
export type ProjectType = (typeof PROJECT_TYPES)[number];

/** The project types of the negative list of 国办发〔2024〕52号 (SPEC §6 "Special bonds"). */
export const NEGATIVE_LIST: readonly ProjectType[] = [
  'government-buildings', 'image-project', 'commercial-real-estate', 'theme-park', 'replica-town',
  'competitive-industry', 'no-revenue',
];

export interface SpecialBond {
  readonly id: string;
  /** What the bond finances (default `other`); a negative-list type is a breach. */
  readonly projectType?: ProjectType;
  /** 万元 */
  readonly amount: number;
  readonly issueYear: number;
  readonly tenorYears: number;
  readonly rate: number;
  readonly repayment: Repayment;
  /** Project revenue meant to repay the bond, 万元 per year. */
  readonly projectRevenue: SeriesSpec;
}

export interface PlatformDebt {
  /** Balance at the start of startYear, 万元. */
  readonly openingBalance: number;
  /** New borrowing per year, 万元. */
  readonly newBorrowing: SeriesSpec;
  /** Share identified as hidden debt (0–1). */
  readonly hiddenShare: number;
  /**
   * Share of each year's new borrowing identified as hidden debt (0–1); absent → `hiddenShare`.
   * Above 0 with new borrowing is a breach (`town.new-hidden-debt`, SPEC §6).
   */
  readonly newHiddenShare?: number;
  readonly rate: number;
  /** Each tranche (opening balance, each year's borrowing) is repaid over this tenor by `repayment`. */
  readonly tenorYears: number;
  readonly repayment: Repayment;
}

export interface Town {
  readonly id: string;
  readonly name: string;
  readonly district: string;
  readonly region: Region;
  readonly theme: Theme;
  /** 精品特色小镇 */
  readonly flagship: boolean;
  /** 创建 year */
  readonly creationYear: number;
  /** 命名 year (passed acceptance), if any. */
  readonly namingYear: number | null;
  /** First year of each stage; planning starts at creation by default. */
  readonly stages: { readonly planning: number; readonly construction: number; readonly operation: number };
  readonly land: {
    readonly plannedAreaKm2: number;
    readonly constructionLandKm2: number;
    readonly residentialLandKm2: number;
  };
  /** Investment plan per year, 万元: total and of which government, real estate, specialty industry. */
  readonly investment: {
    readonly total: SeriesSpec;
    readonly government: SeriesSpec;
    readonly realEstate: SeriesSpec;
    readonly specialtyIndustry: SeriesSpec;
  };
  /** Gross fiscal revenue collected in the town, 万元 per year. */
  readonly revenue: SeriesSpec;
  /** R_base for revenue-return (SPEC §3); null → the revenue of the year before creation. */
  readonly revenueBase: number | null;
  /** KPI targets and expected achievement, by KPI id (investment, tax, jobs, enterprises, visitors, …). */
  readonly kpis: Readonly<Record<string, Kpi>>;
  readonly bonds: readonly SpecialBond[];
  readonly platform: PlatformDebt | null;
}

export interface Scenario {
  readonly schemaVersion: number;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly startYear: number;
  /** 1..60 */
  readonly horizonYears: number;
  readonly city: City;
  readonly districts: readonly District[];
  readonly towns: readonly Town[];
  readonly rewards: RewardPolicy;
  readonly ppp: readonly PppProject[];
  readonly funds: readonly Fund[];
  /** Per-rule threshold/level overrides of the SPEC §11 table. */
  readonly rules: RuleOverrides;
  /** Reported actuals, decisions and payments of past years (SPEC §12); absent → every year is forecast. */
  readonly actuals?: Actuals;
  /** Distributions of the Monte Carlo stress test (SPEC §8); absent fields take the calibrated defaults. */
  readonly stochastic?: StochasticInput;
}
