/**
 * `revenue-return` 新增财政收入返还 (SPEC §3): `schedule_k · retainedShare ·
 * max(0, R_t − R_base)`, k = year − creationYear + 1 (creation year = 1), nothing beyond
 * the schedule; × stageFactor · regionFactor and the status scaling.
 */
import type { ClaimContext } from '../claimContext.ts';
import { stageScales, statusScale } from '../eligibility.ts';
import type { RevenueReturnProgram } from '../types.ts';

/** Writes `schedule_k · retainedShare · max(0, R_t − R_base)` (× factors and status scaling) per year. */
export function revenueReturnClaims(p: RevenueReturnProgram, ctx: ClaimContext, out: Float64Array, off: number): void {
  const { frame, status } = ctx;
  const stageScale = stageScales(p, frame.town.region);
  for (let t = Math.max(0, frame.creationIndex); t < frame.years; t++) {
    const share = p.schedule[t - frame.creationIndex] ?? 0;
    if (share === 0) continue;
    const increase = Math.max(0, frame.revenue[t]! - frame.revenueBase);
    const scale = stageScale[frame.stage[t]!]! * statusScale(status[t]!, ctx.rectifyPayFactor);
    out[off + t] = share * ctx.retainedShare * increase * scale;
  }
}
