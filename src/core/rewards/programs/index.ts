/**
 * Claims of one program for one town, by earning year (SPEC §3 "Program kinds"): the
 * exhaustive dispatch on `kind`. Money programs write 万元; `land-quota` writes mu.
 */
import { assertNever } from '../../model/expand.ts';
import type { ClaimContext } from '../claimContext.ts';
import type { CompiledCurve } from '../curve.ts';
import type { RewardProgram } from '../types.ts';
import { assessmentClaims } from './assessment.ts';
import type { AssessmentOutcome } from './assessment.ts';
import { capitalGrantClaims } from './capitalGrant.ts';
import { landQuotaRewards } from './landQuota.ts';
import { milestoneClaims } from './milestone.ts';
import { revenueReturnClaims } from './revenueReturn.ts';
import { upfrontClaims } from './upfront.ts';

export { assessmentOutcomes } from './assessment.ts';
export type { AssessmentOutcome } from './assessment.ts';
export { landQuotaDeductions } from './landQuota.ts';

/** Whether a program's claims are money (万元) rather than land (mu). */
export function isMoneyProgram(p: RewardProgram): boolean {
  return p.kind !== 'land-quota';
}

/**
 * Writes the program's claims for the town into `out[off + t]`, t = earning-year index.
 * `curve` is the program's compiled curve (its own, or the policy's); kinds without a curve ignore it.
 * `outcomes`: an assessment's outcomes for this town when the caller has them (else worked out).
 */
export function writeClaims(p: RewardProgram, ctx: ClaimContext, curve: CompiledCurve, out: Float64Array, off: number, outcomes?: readonly AssessmentOutcome[]): void {
  switch (p.kind) {
    case 'upfront':
      return upfrontClaims(p, ctx, out, off);
    case 'milestone':
      return milestoneClaims(p, ctx, curve, out, off);
    case 'assessment':
      return assessmentClaims(p, ctx, curve, out, off, outcomes);
    case 'revenue-return':
      return revenueReturnClaims(p, ctx, out, off);
    case 'capital-grant':
      return capitalGrantClaims(p, ctx, out, off);
    case 'land-quota':
      return landQuotaRewards(p, ctx, out, off);
    default:
      return assertNever(p);
  }
}
