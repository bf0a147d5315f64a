/**
 * `land-quota` (SPEC §3, 浙政发〔2015〕8号): a share (`share`, `boostedShare` for the chosen
 * themes) of the construction-land quota used (`landUse.ts`) in a year the town met its
 * targets (`A_t ≥ meetAt`), × stageFactor · regionFactor; a failed assessment deducts
 * `landClawbackFactor ×` (加倍倒扣) the quota rewarded in that assessment's window. In mu,
 * never added to money; status rules apply as to claims, `rectifyPayFactor` does not
 * (only passing years earn land).
 */
import type { ClaimContext } from '../claimContext.ts';
import { stageScales, statusScale } from '../eligibility.ts';
import type { LandQuotaProgram } from '../types.ts';
import type { AssessmentOutcome } from './assessment.ts';

/** Rewarded quota (mu) by earning year. */
export function landQuotaRewards(p: LandQuotaProgram, ctx: ClaimContext, out: Float64Array, off: number): void {
  const { frame, ach, status } = ctx;
  const share = p.boostedThemes.includes(frame.town.theme) ? p.boostedShare : p.share;
  const stageScale = stageScales(p, frame.town.region);
  for (let t = 0; t < frame.years; t++) {
    if (ach.hasA[t] === 0 || ach.A[t]! < p.meetAt || statusScale(status[t]!, 1) === 0) continue;
    out[off + t] = share * frame.landUseMu[t]! * stageScale[frame.stage[t]!]!;
  }
}

/**
 * Deductions (mu) for failed assessments: `landClawbackFactor · Σ reward earned in the
 * window`, recorded in the year the assessment's clawback falls due (window end + its lag)
 * when that is inside the horizon.
 */
export function landQuotaDeductions(
  p: LandQuotaProgram, outcomes: readonly AssessmentOutcome[], lag: number,
  earned: Float64Array, off: number, years: number, deduction: Float64Array, dOff: number,
): void {
  for (const w of outcomes) {
    const due = w.end + lag;
    if (!w.failed || due >= years) continue;
    let sum = 0;
    for (let t = Math.max(0, w.start); t <= w.end; t++) sum += earned[off + t]!;
    deduction[dOff + due] = deduction[dOff + due]! + p.landClawbackFactor * sum;
  }
}
