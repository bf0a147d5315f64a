/**
 * `upfront` 事前补贴 (SPEC §3): `base · stageFactor[s] · regionFactor` in the year a town
 * enters an eligible stage `s`, whatever it later achieves. Entering = the stage differs
 * from the previous year's (a stage skipped within one year is not entered); stages
 * entered before the horizon were paid before it.
 */
import type { ClaimContext } from '../claimContext.ts';
import { stageScale, statusScale } from '../eligibility.ts';
import type { UpfrontProgram } from '../types.ts';

/** Writes `base · stageFactor[s] · regionFactor` (× status scaling) in each year the town enters stage s. */
export function upfrontClaims(p: UpfrontProgram, ctx: ClaimContext, out: Float64Array, off: number): void {
  const { frame, status } = ctx;
  let prev = frame.stageBefore;
  for (let t = 0; t < frame.years; t++) {
    const s = frame.stage[t]!;
    if (s !== prev && s !== 0) out[off + t] = p.base * stageScale(p, frame.town, s) * statusScale(status[t]!, ctx.rectifyPayFactor);
    prev = s;
  }
}
