/**
 * The chain of reasons of one claim (SPEC §12): KPI actual → target → a_k → A_t (or the
 * assessment window's mean) → curve point m = f(A) → stage, region, status and grade
 * factors → the claim. Read back from the same pieces the engine used (frame, compiled
 * curve, achievements), so that `base · m · factors` is the engine's claim.
 */
import type { Actuals } from '../../model/actuals.ts';
import type { Scenario } from '../../model/scenario.ts';
import type { ClaimContext } from '../../rewards/claimContext.ts';
import { multiplierAt } from '../../rewards/claimContext.ts';
import type { CompiledCurve } from '../../rewards/curve.ts';
import { gradeScaled } from '../../rewards/decided.ts';
import { statusScale } from '../../rewards/eligibility.ts';
import { STAGE_OF_CODE } from '../../rewards/frame.ts';
import type { RewardProgram } from '../../rewards/types.ts';
import { assessmentWindows, windowMean } from '../../rewards/windows.ts';
import type { YearKind } from '../yearKind.ts';
import type { Chain, KpiLink } from './types.ts';

/** The KPI links of a town in year index t: every KPI with a target that year. */
export function kpiLinks(s: Scenario, a: Actuals, ctx: ClaimContext, t: number, kind: YearKind): KpiLink[] {
  const { frame, ach } = ctx;
  const year = s.startYear + t;
  const row = a.towns.find((r) => r.town === frame.town.id && r.year === year);
  let wsum = 0;
  frame.kpiIds.forEach((_, k) => { if (ach.hasTarget[k]![t] === 1) wsum += frame.weights[k]!; });
  return frame.kpiIds.flatMap((id, k) => {
    if (ach.hasTarget[k]![t] !== 1) return [];
    const v = row && Object.hasOwn(row.kpis, id) ? row.kpis[id]! : null;
    return [{
      kpi: id, actual: v?.value ?? null, target: frame.targets[k]![t]!, achievement: ach.perKpi[k]![t]!,
      weight: wsum > 0 ? frame.weights[k]! / wsum : 0, source: v?.source ?? null, verified: v?.verified ?? false,
      kind: v === null ? 'forecast' : kind,
    }];
  });
}

/** Base, achievement, window and curve point of a program's claim in year index t (factors and pool come after). */
export function claimBasis(s: Scenario, p: RewardProgram, ctx: ClaimContext, curve: CompiledCurve, t: number): Pick<Chain, 'achievement' | 'window' | 'curve' | 'base'> {
  const { frame, ach } = ctx;
  switch (p.kind) {
    case 'milestone': {
      if (ach.hasA[t] !== 1) return { achievement: null, window: null, curve: null, base: p.base };
      const A = ach.A[t]!;
      return { achievement: A, window: null, curve: { A, m: multiplierAt(curve, ctx, A, t) }, base: p.base };
    }
    case 'assessment': {
      const w = assessmentWindows(p.window, frame).find((x) => x.end === t);
      const mean = w ? windowMean(ach.A, ach.hasA, w) : null;
      if (!w || mean === null) return { achievement: null, window: null, curve: null, base: p.base };
      return { achievement: mean, window: { from: s.startYear + w.start, to: s.startYear + w.end }, curve: { A: mean, m: multiplierAt(curve, ctx, mean, t, w) }, base: p.base };
    }
    case 'revenue-return': {
      const share = t - frame.creationIndex >= 0 ? (p.schedule[t - frame.creationIndex] ?? 0) : 0;
      return { achievement: null, window: null, curve: null, base: share * ctx.retainedShare * Math.max(0, frame.revenue[t]! - frame.revenueBase) };
    }
    case 'upfront':
    case 'capital-grant':
    case 'land-quota':
      return { achievement: null, window: null, curve: null, base: 'base' in p ? p.base : 0 };
  }
}

/** Stage, region, status and grade factors of a claim in year index t. */
export function claimFactors(s: Scenario, a: Actuals, p: RewardProgram, ctx: ClaimContext, t: number): Chain['factors'] {
  const { frame } = ctx;
  const stage = STAGE_OF_CODE[frame.stage[t]!];
  const stageOk = stage !== null && stage !== undefined && (p.eligibility.stages === null || p.eligibility.stages.includes(stage));
  const e = a.evaluations.find((v) => v.town === frame.town.id && v.year === s.startYear + t);
  return {
    stage: stageOk ? p.stageFactor[stage] : 0,
    region: p.regionFactor[frame.town.region],
    status: statusScale(ctx.status[t]!, ctx.rectifyPayFactor),
    grade: gradeScaled(p) && e?.grade ? a.gradeFactors[e.grade] : 1,
  };
}
