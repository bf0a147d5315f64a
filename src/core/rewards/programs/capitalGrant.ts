/**
 * `capital-grant` (SPEC §3): a capital budget grant (市基本建设统筹资金) to a social sector
 * (education, health, culture, sport) of each eligible town: `base · stageFactor ·
 * regionFactor` in each of the program's listed years.
 */
import type { ClaimContext } from '../claimContext.ts';
import { stageScale, statusScale } from '../eligibility.ts';
import type { CapitalGrantProgram } from '../types.ts';

/** Writes `base · stageFactor · regionFactor` (× status scaling) in each listed year inside the horizon. */
export function capitalGrantClaims(p: CapitalGrantProgram, ctx: ClaimContext, out: Float64Array, off: number): void {
  const { frame, status } = ctx;
  for (const y of p.years) {
    const t = y - frame.startYear;
    if (t < 0 || t >= frame.years) continue;
    out[off + t] = p.base * stageScale(p, frame.town, frame.stage[t]!) * statusScale(status[t]!, ctx.rectifyPayFactor);
  }
}
