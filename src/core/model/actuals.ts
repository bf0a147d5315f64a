/**
 * Actuals of the annual cycle (SPEC §12 年度考核与奖补清算) as the core sees them: what the
 * districts reported, what the commission decided and what the finance bureau paid, for
 * years of the scenario's horizon. Plain readonly data, validated by the edge
 * (`src/scenario/schema/actuals.ts`). Money in 万元, land in km².
 */

/** Where an actual came from (SPEC §12 "Data provenance"): 统计, 税务, 社保, 第三方核查. */
export const ACTUAL_SOURCES = ['统计', '税务', '社保', '第三方核查'] as const;
export type ActualSource = (typeof ACTUAL_SOURCES)[number];

/** The commission's grades (SPEC §12 "Decisions"; 测评 and 回头看). */
export const GRADES = ['优秀', '良好', '基本合格', '不合格'] as const;
export type Grade = (typeof GRADES)[number];

/** The status the commission decides for the year after the one it evaluated (SPEC §3 timing): 保留 active, 整改 rectify, 淘汰 removed. */
export const DECISIONS = ['active', 'rectify', 'removed'] as const;
export type Decision = (typeof DECISIONS)[number];

/** 预拨 (an advance paid before the settlement) or 清算 (the settlement payment, or a recovery when negative). */
export const PAYMENT_KINDS = ['advance', 'settlement'] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

/** One observed KPI value with its provenance. */
export interface KpiActual {
  /** In the KPI's own unit (万元, jobs, visitors…). */
  readonly value: number;
  readonly source: ActualSource;
  /** Checked by third-party verification or the commission's 回头看. */
  readonly verified: boolean;
}

/** What a district reported for one town and year; every value optional. */
export interface TownActual {
  readonly town: string;
  readonly year: number;
  /** Observed KPI values by KPI id. */
  readonly kpis: Readonly<Record<string, KpiActual>>;
  /** Construction and residential land used at year end, km² (null: not reported). */
  readonly constructionLandKm2: number | null;
  readonly residentialLandKm2: number | null;
  /** Investment completed since creation, 万元 at year end. */
  readonly cumulativeInvestment: number | null;
}

/** What a district reported on its own finances for one year (SPEC §6, §12); every value optional. */
export interface DistrictActual {
  readonly district: string;
  readonly year: number;
  /** 一般债务余额 and 专项债务余额 at year end, 万元. */
  readonly generalDebt: number | null;
  readonly specialDebt: number | null;
  /** 一般债务限额 and 专项债务限额, 万元. */
  readonly generalLimit: number | null;
  readonly specialLimit: number | null;
  /** 隐性债务 at year end, 万元. */
  readonly hiddenDebt: number | null;
  /** 综合财力 as reported, 万元. */
  readonly capacity: number | null;
}

/** A payment actually made to a town under a program, for the claims earned in `year`. */
export interface PaymentRecord {
  readonly town: string;
  readonly program: string;
  /** The earning (assessment) year the payment is for. */
  readonly year: number;
  readonly kind: PaymentKind;
  /** 万元; a negative settlement is a recovery (扣回). */
  readonly amount: number;
  /** ISO date the money went out, if known. */
  readonly date: string | null;
  /** 下达文件 number, if any. */
  readonly document: string | null;
}

/** The commission's evaluation of a town for one year. */
export interface Evaluation {
  readonly town: string;
  /** The evaluated year. */
  readonly year: number;
  readonly grade: Grade | null;
  /** The status decided for year + 1; null: none decided (the §3 rule stands). */
  readonly decision: Decision | null;
  readonly document: string | null;
  /** 公示 period, ISO dates. */
  readonly publicity: { readonly from: string; readonly to: string } | null;
}

/** Header and sign-off of the settlement sheet (SPEC §12 "Settlement of year Y"). */
export interface SettlementInfo {
  /** 资金名称, e.g. 特色小镇弹性奖补资金. */
  readonly fund: string;
  /** 预算科目. */
  readonly budgetSubject: string;
  /** 预算指标文号. */
  readonly budgetDocument: string;
  /** 政策依据. */
  readonly policy: string;
  /** The commission's evaluation document (测评结果文件). */
  readonly evaluationDocument: string;
  /** 初稿 / 公示稿 / 定稿 */
  readonly version: SettlementVersion;
}

export const SETTLEMENT_VERSIONS = ['初稿', '公示稿', '定稿'] as const;
export type SettlementVersion = (typeof SETTLEMENT_VERSIONS)[number];

/** Pay factor per grade (SPEC §12 default 优秀 1.2, 良好 1.0, 基本合格 0.8, 不合格 0). */
export type GradeFactors = Readonly<Record<Grade, number>>;

/** The `actuals` section of a scenario (SPEC §12). */
export interface Actuals {
  readonly towns: readonly TownActual[];
  readonly districts: readonly DistrictActual[];
  readonly payments: readonly PaymentRecord[];
  readonly evaluations: readonly Evaluation[];
  readonly gradeFactors: GradeFactors;
  readonly settlement: SettlementInfo;
}
