/**
 * The reward policy of SPEC §3 (事中事后弹性奖补) as the core sees it: plain readonly
 * data, validated and defaulted by the edge (`src/scenario/schema/rewards.ts`, whose
 * defaults come from `defaults.ts`). Money in 万元, land in mu (亩).
 */
import type { Region, Stage, Theme } from '../model/scenario.ts';
import type { SeriesSpec } from '../model/series.ts';

/** How the pool meets claims that exceed it (SPEC §3 "Pool"). */
export const POOL_MODES = ['prorate', 'queue'] as const;
export type PoolMode = (typeof POOL_MODES)[number];

/** One point of the piecewise-linear elastic curve: multiplier `m` at composite achievement `A`. */
export interface CurvePoint {
  readonly A: number;
  readonly m: number;
}

/**
 * The elastic curve `m = f(A)` (SPEC §3): points, strictly increasing in `A`, flat beyond
 * the ends; or a formula over `A`, `a_<kpi>`, `year`, `stage` (SPEC §9).
 */
export type ElasticCurve =
  | { readonly kind: 'points'; readonly points: readonly CurvePoint[] }
  | { readonly kind: 'formula'; readonly formula: string };

/** Eligibility filters (SPEC §3); `null` means no filter on that attribute. */
export interface Eligibility {
  readonly stages: readonly Stage[] | null;
  readonly regions: readonly Region[] | null;
  readonly themes: readonly Theme[] | null;
  readonly districts: readonly string[] | null;
  /** Town ids (a program for named towns, e.g. a capital grant). */
  readonly towns: readonly string[] | null;
  /** true: flagship (精品) towns only; false: the others only. */
  readonly flagship: boolean | null;
}

/** Fields every program has (SPEC §3 "Program kinds", "Payment lag", "Pool"). */
export interface ProgramCommon {
  /** Slug; keys `rewards.byProgram` in the result. */
  readonly id: string;
  readonly name: string;
  readonly eligibility: Eligibility;
  /** Multiplies the program's claim by the town's stage in the earning year. */
  readonly stageFactor: Readonly<Record<Stage, number>>;
  /** Multiplies the program's claim by the town's region. */
  readonly regionFactor: Readonly<Record<Region, number>>;
  /** Years between earning and payment (SPEC §3 "Payment lag"). */
  readonly lagYears: number;
  /** Whether claims are met from the pool (else paid in full on their own budget line). */
  readonly fromPool: boolean;
}

/** 事前补贴: `base · stageFactor · regionFactor` in the year a town enters an eligible stage. */
export interface UpfrontProgram extends ProgramCommon {
  readonly kind: 'upfront';
  readonly base: number;
}

/** 事中: each year in an eligible stage with an `A_t`: `base · f(A_t) · stageFactor · regionFactor`. */
export interface MilestoneProgram extends ProgramCommon {
  readonly kind: 'milestone';
  readonly base: number;
  /** Overrides the policy's curve; null → the policy's. */
  readonly curve: ElasticCurve | null;
}

/** Where an assessment window starts: a town's creation year or the first year of a stage. */
export const WINDOW_ANCHORS = ['creation', 'construction', 'operation'] as const;
export type WindowAnchor = (typeof WINDOW_ANCHORS)[number];

/** Years `anchorYear + offset … + length − 1`; with `repeat`, the next window follows on, to the horizon. */
export interface AssessmentWindow {
  readonly anchor: WindowAnchor;
  readonly offset: number;
  readonly length: number;
  readonly repeat: boolean;
}

/**
 * 事后: at the end of each window, `base · f(mean A_t over the window)`; when that mean is
 * below `failBelow`, a clawback of `clawbackFactor ×` the milestone payments made in the window.
 */
export interface AssessmentProgram extends ProgramCommon {
  readonly kind: 'assessment';
  readonly base: number;
  readonly curve: ElasticCurve | null;
  readonly window: AssessmentWindow;
  /** null → the policy's `failBelow`. */
  readonly failBelow: number | null;
  readonly clawbackFactor: number;
}

/**
 * Who receives a revenue return (SPEC §3): the district or town government (`district`, the
 * default), the town's operating company (`operator`), or enterprises (`enterprise`: a
 * tax-linked reward to firms, `reward.tax-linked-enterprise`).
 */
export const REWARD_RECIPIENTS = ['district', 'operator', 'enterprise'] as const;
/** A revenue return's recipient (SPEC §3). */
export type RewardRecipient = (typeof REWARD_RECIPIENTS)[number];

/** 新增财政收入返还: `schedule_k · city.retainedShare · max(0, R_t − R_base)`, k = year since creation (creation = 1). */
export interface RevenueReturnProgram extends ProgramCommon {
  readonly kind: 'revenue-return';
  /** Values in [0, 1]; k beyond the schedule returns nothing. */
  readonly schedule: readonly number[];
  /** Who is paid (default `district`). */
  readonly recipient: RewardRecipient;
}

/** Social sectors a capital grant (市基本建设统筹资金) may fund. */
export const GRANT_SECTORS = ['education', 'health', 'culture', 'sport'] as const;
export type GrantSector = (typeof GRANT_SECTORS)[number];

/** Capital grant: `base · stageFactor · regionFactor` to each eligible town in each listed year. */
export interface CapitalGrantProgram extends ProgramCommon {
  readonly kind: 'capital-grant';
  readonly sector: GrantSector;
  readonly base: number;
  readonly years: readonly number[];
}

/**
 * Land-quota reward (mu, never money): `share · quota used` in a year the town met its
 * targets (`A_t ≥ meetAt`), `boostedShare` for `boostedThemes`; a failed assessment
 * deducts `landClawbackFactor ×` the quota rewarded in that assessment's window.
 */
export interface LandQuotaProgram extends ProgramCommon {
  readonly kind: 'land-quota';
  readonly share: number;
  readonly boostedShare: number;
  readonly boostedThemes: readonly Theme[];
  readonly meetAt: number;
  readonly landClawbackFactor: number;
  /** Id of the assessment program whose failure triggers the deduction; null → the policy's first assessment program. */
  readonly assessment: string | null;
}

/** The program kinds of SPEC §3, in the order the schema lists them. */
export const PROGRAM_KINDS = ['upfront', 'milestone', 'assessment', 'revenue-return', 'capital-grant', 'land-quota'] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

/** A reward program: a discriminated union on `kind` (SPEC §3 "Program kinds"). */
export type RewardProgram =
  | UpfrontProgram
  | MilestoneProgram
  | AssessmentProgram
  | RevenueReturnProgram
  | CapitalGrantProgram
  | LandQuotaProgram;

/** The reward policy (SPEC §3). */
export interface RewardPolicy {
  /** Reward budget per year, 万元; null → no cap (every claim met when due). */
  readonly pool: SeriesSpec | null;
  readonly poolMode: PoolMode;
  /** Cap on each KPI's achievement ratio. */
  readonly achievementCap: number;
  /** KPI weights by KPI id; empty → equal weights; KPIs not listed weigh 0. */
  readonly weights: Readonly<Record<string, number>>;
  readonly curve: ElasticCurve;
  /** A year fails when `A_t < failBelow`. */
  readonly failBelow: number;
  /** Fail streak that removes a town (from the following year). */
  readonly consecutiveFails: number;
  /** Scales claims earned in rectify (整改) years. */
  readonly rectifyPayFactor: number;
  readonly programs: readonly RewardProgram[];
}
