import { datedNpvScaled, datedNpvScaledWithSlope, timeOrderedNetFlows } from './datedFlows.ts';
import { yearsFromFirst, type DateInput } from './dayCount.ts';
import { nearestRoot } from './nearestRoot.ts';
import { signChanges } from './signChanges.ts';

/**
 * Internal rate of return of dated flows as Excel's XIRR (SPEC §10): the rate r > −1 with
 * `Σ v_i / (1+r)^((d_i − d_0)/365) = 0`, day counts in whole UTC calendar days. Dates may
 * come in any order but none before the first (Excel). With several roots, the one
 * nearest `guess`; a single sign change of the time-ordered flows (Laguerre) means one
 * root, found without scanning. The root is verified. Search range: r ∈ (−1 + 1e−10, 1e10).
 *
 * @returns null when the flows never change sign, no root lies in the search range,
 *   lengths differ, fewer than two values, an invalid or out-of-order date, a non-finite
 *   value, or `guess ≤ −1`.
 */
export function xirr(values: ArrayLike<number>, dates: readonly DateInput[], guess = 0.1): number | null {
  if (values.length < 2) return null;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return null;
  const t = yearsFromFirst(dates, values.length);
  if (t === null) return null;
  const changes = signChanges(timeOrderedNetFlows(values, t));
  if (changes === 0) return null;
  const tMax = t.reduce((a, x) => Math.max(a, x), 0);
  return nearestRoot({
    h: (z) => datedNpvScaled(values, t, tMax, z),
    hd: (z, out) => datedNpvScaledWithSlope(values, t, tMax, z, out),
    magnitude: (z) => datedNpvScaled(values, t, tMax, z, true),
    unique: changes === 1,
  }, guess);
}
