/**
 * What a program reads to compute one town's claims in one run: the town's frame, its
 * achievements and statuses, the policy parameters, and the curve multiplier at a year
 * (SPEC §3 "Elastic curve").
 */
import type { CompiledCurve } from './curve.ts';
import { capMultiplier, piecewiseLinear } from './curve.ts';
import type { TownAchievement } from './achievement.ts';
import type { TownFrame } from './frame.ts';
import { windowMean } from './windows.ts';
import type { WindowSpan } from './windows.ts';

/** One town in one run, as every program's claim function reads it. */
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
 * `f(A)` in year index `t` (SPEC §3 "Elastic curve"). A formula curve also reads `year`,
 * `stage` and `a_<kpi>`: that KPI's achievement in `t` (0 when it has no target then), or
 * with `window` given, its mean over the window's years with a target (assessment).
 * Written without per-call closures: it runs once per town-year.
 */
export function multiplierAt(curve: CompiledCurve, ctx: ClaimContext, A: number, t: number, window?: WindowSpan): number {
  if (curve.kind === 'points') return Math.max(0, piecewiseLinear(curve.xs, curve.ys, A));
  const { frame, ach } = ctx;
  const s = curve.scope;
  s.set('A', A);
  s.set('year', frame.startYear + t);
  s.set('stage', frame.stage[t]!);
  for (const sym of curve.kpiSymbols) {
    const k = frame.kpiSymbols.indexOf(sym);
    let v = 0;
    if (k >= 0 && window !== undefined) v = windowMean(ach.perKpi[k]!, ach.hasTarget[k]!, window) ?? 0;
    else if (k >= 0 && ach.hasTarget[k]![t] === 1) v = ach.perKpi[k]![t]!;
    s.set(sym, v);
  }
  return capMultiplier(curve.formula.evaluate(s, 0));
}
