/**
 * Editor levers (issue #8 "Editor"): the key parameters an analyst moves with a slider. A
 * lever reads its value from the parent scenario and writes an override (an `extends`-style
 * patch, SPEC §2) computed from the parent, so moving it twice never compounds.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { SeriesSpec } from '../../core/model/series.ts';
import type { Loose } from '../../scenario/schema/loose.ts';
import { mergeScenario } from '../../scenario/merge.ts';
import type { Unit } from '../format.ts';

export interface LeverDef {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  /** How the value is shown: 万元, a share/rate in percent, or percentage points. */
  readonly unit: Extract<Unit, 'wan' | 'share'> | 'pp';
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Issues at paths matching this are shown beside the lever. */
  readonly paths: RegExp;
  /** The value in the parent scenario; null when the lever does not apply (e.g. no funds) or is unset (no pool cap). */
  readonly read: (s: Scenario) => number | null;
  /** A shift relative to the parent (not readable back from a scenario): the lever's own value is shown. */
  readonly relative?: boolean;
  /** The override setting the lever to `v` over parent `s`. */
  readonly patch: (s: Scenario, v: number) => Loose;
}

const mean = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/** A growth series with its growth replaced (other series kinds are left alone: null). */
function withGrowth(spec: SeriesSpec, growth: number): Loose | null {
  if (spec.kind !== 'growth') return null;
  return spec.y0 === undefined ? { base: spec.base, growth } : { base: spec.base, growth, y0: spec.y0 };
}

export const LEVERS: readonly LeverDef[] = [
  {
    id: 'rewardPool', zh: '年度奖补资金池', en: 'Annual reward pool', unit: 'wan', min: 0, max: 500_000, step: 5_000,
    paths: /^rewards\.pool/,
    read: (s) => (s.rewards.pool?.kind === 'growth' ? s.rewards.pool.base : null),
    patch: (s, v) => ({ rewards: { pool: s.rewards.pool?.kind === 'growth' && s.rewards.pool.growth !== 0 ? { base: v, growth: s.rewards.pool.growth } : v } }),
  },
  {
    id: 'pppProfitRate', zh: 'PPP合理利润率（全部项目）', en: 'PPP reasonable profit rate (all projects)', unit: 'share', min: 0, max: 0.12, step: 0.0025,
    paths: /^ppp\[\d+\]\.profitRate/,
    read: (s) => mean(s.ppp.map((p) => p.profitRate)),
    patch: (s, v) => ({ ppp: s.ppp.map((p) => ({ id: p.id, profitRate: v })) }),
  },
  {
    id: 'discountRate', zh: '折现率（地方政府债收益率，统一）', en: 'Discount rate (local bond yield, flat)', unit: 'share', min: 0.005, max: 0.06, step: 0.0005,
    paths: /^city\.discountRate/,
    read: (s) => (s.city.discountRate.kind === 'flat' ? s.city.discountRate.rate : (s.city.discountRate.byTenor[0] ?? null)),
    patch: (_s, v) => ({ city: { discountRate: v } }),
  },
  {
    id: 'fundGovernmentShare', zh: '子基金政府出资比例（全部基金）', en: 'Sub-fund government share (all funds)', unit: 'share', min: 0.05, max: 0.5, step: 0.01,
    paths: /^funds\[\d+\]\.governmentShare/,
    read: (s) => mean(s.funds.map((f) => f.governmentShare)),
    patch: (s, v) => ({ funds: s.funds.map((f) => ({ id: f.id, governmentShare: v })) }),
  },
  {
    id: 'cityRevenueGrowth', zh: '市一般公共预算收入增长率', en: 'City budget revenue growth', unit: 'share', min: -0.03, max: 0.1, step: 0.0025,
    paths: /^city\.budgetRevenue/,
    read: (s) => (s.city.budgetRevenue.kind === 'growth' ? s.city.budgetRevenue.growth : null),
    patch: (s, v) => {
      const rev = withGrowth(s.city.budgetRevenue, v);
      return rev ? { city: { budgetRevenue: rev } } : {};
    },
  },
  {
    id: 'townRevenueGrowthShift', zh: '小镇财政收入增长率调整（百分点，全部小镇）', en: 'Town revenue growth shift (pp, all towns)', unit: 'pp', min: -0.05, max: 0.05, step: 0.0025,
    paths: /^towns\[\d+\]\.revenue/,
    relative: true,
    read: () => 0,
    patch: (s, v) => ({
      towns: s.towns.flatMap((t) => {
        if (t.revenue.kind !== 'growth') return [];
        const rev = withGrowth(t.revenue, t.revenue.growth + v);
        return rev ? [{ id: t.id, revenue: rev }] : [];
      }),
    }),
  },
];

export function leverById(id: string): LeverDef | undefined {
  return LEVERS.find((l) => l.id === id);
}

/** The override of every set lever over `parent`, merged in lever order (unknown ids ignored). */
export function leverPatch(parent: Scenario, values: Readonly<Record<string, number>>): Loose {
  let out: Loose = {};
  for (const lever of LEVERS) {
    const v = values[lever.id];
    if (v === undefined || !Number.isFinite(v)) continue;
    const p = lever.patch(parent, v);
    // Entity lists in patches are plain overrides by id: an empty list would replace the parent's.
    const cleaned = Object.fromEntries(Object.entries(p).filter(([, x]) => !(Array.isArray(x) && x.length === 0)));
    out = mergeScenario(out, cleaned, 'levers', new WeakMap()).value;
  }
  return out;
}

export interface LeverState {
  readonly id: string;
  /** The parent's value (null: not applicable or unset). */
  readonly parentValue: number | null;
  /** The value in effect: the variant's lever value when set, else the parent's. */
  readonly value: number | null;
  readonly set: boolean;
}

/**
 * The levers of a variant over `parent`. With the variant's own resolved scenario
 * (`effective`), a lever shows the value in effect there, so an edit made in the entity
 * forms (the override, merged after the levers) moves the slider too (issue #15: sliders
 * and forms reflect each other's edits).
 */
export function leverStates(parent: Scenario, values: Readonly<Record<string, number>>, effective?: Scenario): LeverState[] {
  return LEVERS.map((l) => {
    const parentValue = l.read(parent);
    const own = values[l.id];
    const inEffect = effective && !l.relative ? l.read(effective) : null;
    return { id: l.id, parentValue, value: inEffect ?? own ?? parentValue, set: own !== undefined };
  });
}
