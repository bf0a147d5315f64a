/**
 * `milestone` 事中 (SPEC §3): each year a town is in an eligible stage and has an `A_t`:
 * `base · f(A_t) · stageFactor · regionFactor` (× `rectifyPayFactor` in rectify years).
 */
import type { ClaimContext } from '../claimContext.ts';
import { multiplierAt } from '../claimContext.ts';
import type { CompiledCurve } from '../curve.ts';
import { stageScales, statusScale } from '../eligibility.ts';
import type { MilestoneProgram } from '../types.ts';

/** Writes `base · f(A_t) · stageFactor · regionFactor` (× status scaling) for each year with an `A_t`. */
export function milestoneClaims(p: MilestoneProgram, ctx: ClaimContext, curve: CompiledCurve, out: Float64Array, off: number): void {
  const { frame, ach, status } = ctx;
  const stageScale = stageScales(p, frame.town.region);
  for (let t = 0; t < frame.years; t++) {
    if (ach.hasA[t] === 0) continue;
    const scale = stageScale[frame.stage[t]!]! * statusScale(status[t]!, ctx.rectifyPayFactor);
    if (scale === 0) continue;
    out[off + t] = p.base * multiplierAt(curve, ctx, ach.A[t]!, t) * scale;
  }
}
