/**
 * What a program reads to compute one town's claims in one run: the town's frame, its
 * achievements and statuses, the policy parameters, and the curve multiplier at a year
 * (SPEC §3 "Elastic curve").
 */
import type { CompiledCurve, CurveContext } from './curve.ts';
import { curveMultiplier } from './curve.ts';
import type { TownAchievement } from './achievement.ts';
import type { TownFrame } from './frame.ts';
import { STAGE_OF_CODE } from './frame.ts';

export interface ClaimContext {
  readonly frame: TownFrame;
  readonly ach: TownAchievement;
  readonly status: Uint8Array;
  readonly rectifyPayFactor: number;
  readonly failBelow: number;
  /** City's retained share of tax collected in towns (SPEC §2 "city"). */
  readonly retainedShare: number;
}

/**
 * `f(A)` in year index `t`; for a formula curve `a_<kpi>` reads `kpiValue(k)` (by default
 * that KPI's achievement in `t`, 0 when it has no target then).
 */
export function multiplierAt(curve: CompiledCurve, ctx: ClaimContext, A: number, t: number, kpiValue?: (k: number) => number): number {
  if (curve.kind === 'points') return curveMultiplier(curve, A, POINTS_ONLY);
  const { frame, ach } = ctx;
  const read = kpiValue ?? ((k: number) => (ach.hasTarget[k]![t] === 1 ? ach.perKpi[k]![t]! : 0));
  const cc: CurveContext = {
    year: frame.startYear + t,
    stage: STAGE_OF_CODE[frame.stage[t]!] ?? 'planning',
    kpi: (symbol) => {
      const k = frame.kpiSymbols.indexOf(symbol);
      return k < 0 ? 0 : read(k);
    },
  };
  return curveMultiplier(curve, A, cc);
}

/** A points curve reads only `A`. */
const POINTS_ONLY: CurveContext = { year: 0, stage: 'planning', kpi: () => 0 };
