/**
 * `assessment` 事后 (SPEC §3): at the end of each window, `base · f(mean A over the
 * window) · stageFactor · regionFactor`, earned in the window's last year. When the mean
 * is below `failBelow` the town fails the assessment: the engine claws back
 * `clawbackFactor ×` the milestone payments made in the window (`clawback.ts`).
 */
import type { ClaimContext } from '../claimContext.ts';
import { multiplierAt } from '../claimContext.ts';
import type { CompiledCurve } from '../curve.ts';
import { stageScale, statusScale } from '../eligibility.ts';
import type { AssessmentProgram } from '../types.ts';
import { assessmentWindows, windowMean } from '../windows.ts';
import type { WindowSpan } from '../windows.ts';

/** One assessed window: its mean achievement (null when no year in it has an `A_t`) and whether it failed. */
export interface AssessmentOutcome extends WindowSpan {
  readonly mean: number | null;
  readonly failed: boolean;
}

/** The town's assessment outcomes; windows without any `A_t` are neither passed nor failed. */
export function assessmentOutcomes(p: AssessmentProgram, ctx: ClaimContext): AssessmentOutcome[] {
  const failBelow = p.failBelow ?? ctx.failBelow;
  const out: AssessmentOutcome[] = [];
  for (const w of assessmentWindows(p.window, ctx.frame)) {
    const mean = windowMean(ctx.ach.A, ctx.ach.hasA, w);
    out.push({ start: w.start, end: w.end, mean, failed: mean !== null && mean < failBelow });
  }
  return out;
}

/** Writes `base · f(mean A) · stageFactor · regionFactor` (× status scaling) at each window's last year (`outcomes`: the town's, when already worked out). */
export function assessmentClaims(
  p: AssessmentProgram, ctx: ClaimContext, curve: CompiledCurve, out: Float64Array, off: number, outcomes: readonly AssessmentOutcome[] = assessmentOutcomes(p, ctx),
): void {
  const { frame, status } = ctx;
  for (const w of outcomes) {
    if (w.mean === null) continue;
    const scale = stageScale(p, frame.town, frame.stage[w.end]!) * statusScale(status[w.end]!, ctx.rectifyPayFactor);
    if (scale === 0) continue;
    out[off + w.end] = p.base * multiplierAt(curve, ctx, w.mean, w.end, w) * scale;
  }
}
