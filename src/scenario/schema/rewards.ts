/**
 * Schema of the reward policy (SPEC §3, 事中事后弹性奖补), normalised to the core's
 * `RewardPolicy` with the defaults of `core/rewards/defaults.ts`. An absent or empty
 * section is the default policy with no programs.
 *
 * Checked here, each at its own path: weights non-negative and not all zero, curve
 * points in increasing order of A, non-negative bases and factors, whole non-negative
 * lags, schedules in [0, 1], formulas against the SPEC §9 allow-list, unknown program
 * kinds (listing the allowed ones), duplicate program ids, a land-quota program's
 * `assessment` naming an assessment program. Checked at the root with
 * `rewardReferenceIssues` (it needs the towns): KPI ids in `weights` and in `a_<kpi>`
 * formula symbols, district and town ids in eligibility filters.
 */
import { z } from 'zod';
import { REGIONS, STAGES, THEMES } from '../../core/model/scenario.ts';
import { checkFormula } from '../../core/formula/check.ts';
import { CURVE_SYMBOLS, isKpiSymbol, kpiSymbol } from '../../core/rewards/curveSymbols.ts';
import { DEFAULT_FROM_POOL, DEFAULT_LAG, REWARD_DEFAULTS } from '../../core/rewards/defaults.ts';
import { GRANT_SECTORS, POOL_MODES, PROGRAM_KINDS, REWARD_RECIPIENTS, WINDOW_ANCHORS } from '../../core/rewards/types.ts';
import type { ElasticCurve, Eligibility, ProgramKind, RewardPolicy, RewardProgram } from '../../core/rewards/types.ts';
import { addBilingualIssue } from '../issues.ts';
import { amounts, decimal, hint, nonNegative, num, oneOf, share, slug, year } from './primitives.ts';
import { MAX_MULTIPLIER } from '../../core/rewards/curve.ts';

/** A curve's multiplier, 0..MAX_MULTIPLIER (a formula's is capped to the same, issue #12). */
const multiplier = decimal(z.number().finite().min(0).max(MAX_MULTIPLIER));

const wholeNumber = nonNegative.pipe(z.number().multipleOf(1, 'use a whole number'));
const atLeastOne = wholeNumber.pipe(z.number().min(1));
const label = z.string().trim().min(1);

/** A formula string checked against the SPEC §9 allow-list; each problem is a bilingual issue at its path. */
const formula = z.string().superRefine((src, ctx) => {
  const checked = checkFormula(src, CURVE_SYMBOLS);
  if (checked.ok) return;
  for (const p of checked.problems) addBilingualIssue(ctx, [], `公式不安全或无效：${p.zh}`, `unsafe or invalid formula: ${p.en}`, src);
});

const point = oneOf(
  [z.strictObject({ A: num, m: multiplier }), z.tuple([num, multiplier])],
  '曲线点应为 { A, m } 或 [A, m]，且 m ≥ 0',
  'a curve point is { A, m } or [A, m] with m ≥ 0',
).transform((p) => (Array.isArray(p) ? { A: p[0], m: p[1] } : p));

/**
 * The elastic curve: `{ points: [[0.6, 0], [1, 1], [1.2, 1.2]] }` or `{ formula: "…" }`
 * (SPEC §3, §9); exactly one of the two.
 */
export const curveSchema = z
  .strictObject({ points: z.array(point).min(1).optional(), formula: formula.optional() })
  .superRefine((c, ctx) => {
    if ((c.points === undefined) === (c.formula === undefined)) {
      addBilingualIssue(ctx, [], '曲线须给出 points（折线点）或 formula（公式）之一', 'a curve needs exactly one of points (piecewise-linear) or formula', c);
    }
    c.points?.forEach((p, i) => {
      const prev = c.points?.[i - 1];
      if (prev !== undefined && !(p.A > prev.A)) {
        addBilingualIssue(ctx, ['points', i, 'A'], `曲线点须按 A 严格递增：${p.A} 不大于前一点的 ${prev.A}`, `curve points must be in strictly increasing order of A: ${p.A} is not above the previous ${prev.A}`, p.A);
      }
    });
  })
  .transform((c): ElasticCurve => (c.formula !== undefined ? { kind: 'formula', formula: c.formula } : { kind: 'points', points: c.points ?? [] }));

const defaultCurve: ElasticCurve = { kind: 'points', points: REWARD_DEFAULTS.curvePoints };

const eligibilitySchema = z
  .strictObject({
    stages: z.array(z.enum(STAGES)).optional(),
    regions: z.array(z.enum(REGIONS)).optional(),
    themes: z.array(z.enum(THEMES)).optional(),
    districts: z.array(slug).optional(),
    towns: z.array(slug).optional(),
    flagship: z.boolean().optional(),
  })
  .default({})
  .transform((e): Eligibility => ({
    stages: e.stages ?? null, regions: e.regions ?? null, themes: e.themes ?? null,
    districts: e.districts ?? null, towns: e.towns ?? null, flagship: e.flagship ?? null,
  }));

const stageFactorSchema = z
  .strictObject({ planning: nonNegative.optional(), construction: nonNegative.optional(), operation: nonNegative.optional() })
  .default({})
  .transform((f) => ({ ...REWARD_DEFAULTS.stageFactor, ...stripUndefined(f) }));

const regionFactorSchema = z
  .strictObject({ 'north-eco': nonNegative.optional(), 'central-south': nonNegative.optional() })
  .default({})
  .transform((f) => ({ ...REWARD_DEFAULTS.regionFactor, ...stripUndefined(f) }));

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Fields every program has; `lagYears` and `fromPool` default by kind (SPEC §3). */
const common = {
  id: slug,
  name: label,
  eligibility: eligibilitySchema,
  stageFactor: stageFactorSchema,
  regionFactor: regionFactorSchema,
  lagYears: wholeNumber.optional(),
  fromPool: z.boolean().optional(),
};

const windowSchema = z
  .strictObject({
    anchor: z.enum(WINDOW_ANCHORS).default(REWARD_DEFAULTS.window.anchor),
    offset: num.pipe(z.number().multipleOf(1, 'use a whole number of years')).default(REWARD_DEFAULTS.window.offset),
    length: atLeastOne.default(REWARD_DEFAULTS.window.length),
    repeat: z.boolean().default(REWARD_DEFAULTS.window.repeat),
  })
  .default(REWARD_DEFAULTS.window);

const programVariants = [
  z.strictObject({ kind: z.literal('upfront'), ...common, base: nonNegative }),
  z.strictObject({ kind: z.literal('milestone'), ...common, base: nonNegative, curve: curveSchema.optional() }),
  z.strictObject({
    kind: z.literal('assessment'), ...common, base: nonNegative, curve: curveSchema.optional(), window: windowSchema,
    failBelow: nonNegative.optional(), clawbackFactor: nonNegative.default(REWARD_DEFAULTS.clawbackFactor),
  }),
  z.strictObject({
    kind: z.literal('revenue-return'), ...common, schedule: z.array(share).default([...REWARD_DEFAULTS.revenueSchedule]),
    recipient: z.enum(REWARD_RECIPIENTS).default('district')
      .describe('返还对象：district 区/镇政府（缺省）、operator 运营主体、enterprise 企业（须公平竞争审查） / recipient: district (default), operator, or enterprise (fair-competition review)'),
  }),
  z.strictObject({ kind: z.literal('capital-grant'), ...common, sector: z.enum(GRANT_SECTORS), base: nonNegative, years: z.array(year).min(1) }),
  z.strictObject({
    kind: z.literal('land-quota'), ...common,
    share: share.default(REWARD_DEFAULTS.landShare), boostedShare: share.default(REWARD_DEFAULTS.landBoostedShare),
    boostedThemes: z.array(z.enum(THEMES)).default([]), meetAt: nonNegative.default(REWARD_DEFAULTS.landMeetAt),
    landClawbackFactor: nonNegative.default(REWARD_DEFAULTS.landClawbackFactor), assessment: slug.optional(),
  }),
] as const;

const KIND_LIST = PROGRAM_KINDS.join(', ');
const UNKNOWN_KIND = hint(`未知的奖补方式 kind，可选：${KIND_LIST}`, `unknown program kind; use one of ${KIND_LIST}`);

/** One program: a discriminated union on `kind` (SPEC §3 "Program kinds"), normalised with its defaults. */
export const programSchema = z
  .discriminatedUnion('kind', [...programVariants], {
    error: (iss) => (iss.code === 'invalid_union' ? UNKNOWN_KIND : undefined),
  })
  .transform((p): RewardProgram => {
    const kind: ProgramKind = p.kind;
    const base = { ...p, lagYears: p.lagYears ?? DEFAULT_LAG[kind], fromPool: p.fromPool ?? DEFAULT_FROM_POOL[kind] };
    switch (base.kind) {
      case 'milestone':
        return { ...base, curve: base.curve ?? null };
      case 'assessment':
        return { ...base, curve: base.curve ?? null, failBelow: base.failBelow ?? null };
      case 'land-quota':
        return { ...base, assessment: base.assessment ?? null };
      default:
        return base;
    }
  });

const weightsSchema = z.record(z.string().min(1), nonNegative).default({}).superRefine((w, ctx) => {
  const values = Object.values(w);
  if (values.length > 0 && values.every((v) => v === 0)) {
    addBilingualIssue(ctx, [], 'KPI 权重不能全部为 0：至少给一个指标正权重，或删去 weights 使用等权', 'KPI weights cannot all be 0: give at least one KPI a positive weight, or drop weights for equal weights', w);
  }
});

/** The policy section; every field optional. */
export const rewardsSchema: z.ZodType<RewardPolicy, unknown> = z
  .strictObject({
    pool: amounts.nullable().default(null),
    poolMode: z.enum(POOL_MODES).default('prorate'),
    achievementCap: num.pipe(z.number().gt(0)).default(REWARD_DEFAULTS.achievementCap),
    weights: weightsSchema,
    curve: curveSchema.default(defaultCurve),
    failBelow: nonNegative.default(REWARD_DEFAULTS.failBelow),
    consecutiveFails: atLeastOne.default(REWARD_DEFAULTS.consecutiveFails),
    rectifyPayFactor: nonNegative.default(REWARD_DEFAULTS.rectifyPayFactor),
    programs: z.array(programSchema).default([]),
  })
  .superRefine((policy, ctx) => {
    const seen = new Map<string, number>();
    policy.programs.forEach((p, i) => {
      const first = seen.get(p.id);
      if (first !== undefined) addBilingualIssue(ctx, ['programs', i, 'id'], `奖补项目 id "${p.id}" 重复（与 programs[${first}] 相同）`, `program id "${p.id}" is used twice (also programs[${first}])`, p.id);
      else seen.set(p.id, i);
    });
    policy.programs.forEach((p, i) => {
      if (p.kind !== 'land-quota' || p.assessment === null) return;
      const ref = policy.programs.find((q) => q.id === p.assessment);
      if (ref?.kind !== 'assessment') {
        addBilingualIssue(ctx, ['programs', i, 'assessment'], `"${p.assessment}" 不是本政策中的 assessment（事后考核）项目`, `"${p.assessment}" is not an assessment program of this policy`, p.assessment);
      }
    });
  })
  .nullish()
  .transform((v): RewardPolicy => v ?? DEFAULT_POLICY);

/** The policy of an absent section: no pool cap, no programs, SPEC §3 defaults. */
export const DEFAULT_POLICY: RewardPolicy = {
  pool: null,
  poolMode: 'prorate',
  achievementCap: REWARD_DEFAULTS.achievementCap,
  weights: {},
  curve: defaultCurve,
  failBelow: REWARD_DEFAULTS.failBelow,
  consecutiveFails: REWARD_DEFAULTS.consecutiveFails,
  rectifyPayFactor: REWARD_DEFAULTS.rectifyPayFactor,
  programs: [],
};

/** What the root knows that the section does not: the scenario's KPI, district and town ids. */
export interface RewardReferences {
  readonly kpiIds: ReadonlySet<string>;
  readonly districtIds: ReadonlySet<string>;
  readonly townIds: ReadonlySet<string>;
}

/** A cross-reference problem, path relative to the `rewards` section. */
export interface RewardReferenceIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly zh: string;
  readonly en: string;
  readonly value: unknown;
}

/**
 * Cross-references the root checks once the towns are known: weights name KPIs used by
 * some town; `a_<kpi>` formula symbols name such KPIs; eligibility filters name existing
 * districts and towns. Paths are relative to the section (prefix them with `rewards`).
 */
export function rewardReferenceIssues(policy: RewardPolicy, refs: RewardReferences): RewardReferenceIssue[] {
  const issues: RewardReferenceIssue[] = [];
  const kpiList = [...refs.kpiIds].join(', ') || '—';
  for (const id of Object.keys(policy.weights)) {
    if (!refs.kpiIds.has(id)) issues.push({ path: ['weights', id], value: id, zh: `权重中的指标 "${id}" 不是任何小镇的 KPI（现有：${kpiList}）`, en: `weights name KPI "${id}", which no town has (known: ${kpiList})` });
  }
  const symbols = new Set([...refs.kpiIds].map(kpiSymbol));
  const checkCurve = (curve: ElasticCurve | null, path: ReadonlyArray<string | number>): void => {
    if (curve?.kind !== 'formula') return;
    const checked = checkFormula(curve.formula, CURVE_SYMBOLS);
    if (!checked.ok) return;
    for (const s of checked.symbols) {
      if (isKpiSymbol(s) && !symbols.has(s)) issues.push({ path: [...path, 'formula'], value: curve.formula, zh: `公式中的 ${s} 不对应任何小镇的 KPI（该指标按 0 计）`, en: `formula symbol ${s} matches no town's KPI (it would read as 0)` });
    }
  };
  checkCurve(policy.curve, ['curve']);
  policy.programs.forEach((p, i) => {
    if (p.kind === 'milestone' || p.kind === 'assessment') checkCurve(p.curve, ['programs', i, 'curve']);
    p.eligibility.districts?.forEach((d, k) => {
      if (!refs.districtIds.has(d)) issues.push({ path: ['programs', i, 'eligibility', 'districts', k], value: d, zh: `未知的区 "${d}"`, en: `unknown district "${d}"` });
    });
    p.eligibility.towns?.forEach((t, k) => {
      if (!refs.townIds.has(t)) issues.push({ path: ['programs', i, 'eligibility', 'towns', k], value: t, zh: `未知的小镇 "${t}"`, en: `unknown town "${t}"` });
    });
  });
  return issues;
}
