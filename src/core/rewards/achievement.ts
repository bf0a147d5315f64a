/**
 * Achievement (SPEC §3 "Achievement"): per KPI `a_k,t = min(actual_k,t / target_k,t, cap)`,
 * and the composite `A_t = Σ_k w_k · a_k,t / Σ_k w_k` over the KPIs with a target that
 * year. The actual/target ratios come in as data, so the deterministic run (expected
 * achievement) and a Monte Carlo path (sampled achievement) share this code.
 */
import type { TownFrame } from './frame.ts';
import { own } from '../model/own.ts';

/**
 * `a = min(actual / target, cap)` for a target > 0, with the ratio `actual / target`
 * given; a negative ratio counts as 0 (an outcome cannot be below nothing), and so does a
 * ratio that is not a finite number (a bad sample must not reach the ledger as NaN).
 */
export function kpiAchievement(ratio: number, cap: number): number {
  return Number.isFinite(ratio) ? Math.min(Math.max(ratio, 0), cap) : 0;
}

/**
 * Composite achievement `A = Σ w_k a_k / Σ w_k` over the KPIs with a target (SPEC §3:
 * weights of the remaining KPIs normalised to sum 1); null when no weighted KPI has a
 * target (no `A_t` that year).
 */
export function compositeAchievement(a: readonly number[], w: readonly number[]): number | null {
  let num = 0, den = 0;
  for (let k = 0; k < a.length; k++) {
    const wk = w[k] ?? 0;
    num += wk * (a[k] ?? 0);
    den += wk;
  }
  return den > 0 ? num / den : null;
}

/** A town's achievements over the horizon: per KPI (aligned with `frame.kpiIds`) and composite. */
export interface TownAchievement {
  /** `a_k,t`; 0 where KPI k has no target in year t. */
  readonly perKpi: readonly Float64Array[];
  /** 1 where KPI k has a target (> 0) in year t. */
  readonly hasTarget: readonly Uint8Array[];
  /** `A_t`; 0 where `hasA` is 0. */
  readonly A: Float64Array;
  /** 1 where the town has an `A_t` (created, and some weighted KPI has a target). */
  readonly hasA: Uint8Array;
}

/** Actual/target ratios of one town by KPI id, per year aligned with the scenario's years. */
export type AchievementRatios = Readonly<Record<string, ArrayLike<number>>>;

/** Buffers for `kpis` KPIs over `years` years, reused from town to town within a run (no per-town allocation). */
export function achievementBuffers(kpis: number, years: number): TownAchievement {
  return {
    perKpi: Array.from({ length: kpis }, () => new Float64Array(years)),
    hasTarget: Array.from({ length: kpis }, () => new Uint8Array(years)),
    A: new Float64Array(years),
    hasA: new Uint8Array(years),
  };
}

/**
 * The town's achievements for one run, written into `out` (which must hold at least the
 * town's KPIs): `ratios` (a sampled path) where given for a KPI, else its expected
 * achievement. Years before creation have no `A_t` (the town is not yet in the programme).
 */
export function townAchievement(frame: TownFrame, cap: number, ratios?: AchievementRatios, out: TownAchievement = achievementBuffers(frame.kpiIds.length, frame.years)): TownAchievement {
  const n = frame.years;
  const K = frame.kpiIds.length;
  for (let k = 0; k < K; k++) {
    const target = frame.targets[k]!;
    const ratio = own(ratios, frame.kpiIds[k]!) ?? frame.expected[k]!;
    const a = out.perKpi[k]!;
    const h = out.hasTarget[k]!;
    for (let t = 0; t < n; t++) {
      const has = target[t]! > 0;
      h[t] = has ? 1 : 0;
      a[t] = has ? kpiAchievement(ratio[t] ?? 0, cap) : 0;
    }
  }
  const { A, hasA, perKpi, hasTarget } = out;
  A.fill(0);
  hasA.fill(0);
  for (let t = Math.max(0, frame.creationIndex); t < n; t++) {
    let num = 0, den = 0;
    for (let k = 0; k < K; k++) {
      if (hasTarget[k]![t] === 0) continue;
      const w = frame.weights[k]!;
      num += w * perKpi[k]![t]!;
      den += w;
    }
    if (den > 0) {
      A[t] = num / den;
      hasA[t] = 1;
    }
  }
  return out;
}
