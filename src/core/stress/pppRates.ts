/**
 * Rate shifts on PPP contracts flagged `rateIndexed` (SPEC §8: rates shift new borrowing,
 * floating debt and LPR-linked PPP contracts; contracted payments otherwise stay fixed). The
 * shift is recorded on the project and applied by the PPP model (`ppp/rateIndexed.ts`);
 * shifts compose (a preset's +200 bp, then a Monte Carlo path's draw, add up).
 */
import type { PppProject } from '../ppp/types.ts';

/** `p` with a rate shift `delta` from `fromYear` on when it is rate-indexed; otherwise `p` itself. */
export function shiftIndexedRate(p: PppProject, delta: number, fromYear: number): PppProject {
  if (p.rateIndexed !== true || delta === 0) return p;
  const prior = p.rateShift;
  return { ...p, rateShift: { delta: (prior?.delta ?? 0) + delta, fromYear: prior ? Math.min(prior.fromYear, fromYear) : fromYear } };
}
