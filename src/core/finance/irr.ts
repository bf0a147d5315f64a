import { nearestRoot } from './nearestRoot.ts';
import { periodicMagnitudeScaled, periodicNpvScaled, periodicNpvScaledWithSlope } from './periodicFlows.ts';
import { signChanges } from './signChanges.ts';

/**
 * Internal rate of return as Excel's IRR (SPEC §10): the rate r > −1 with
 * `Σ_{i=0}^{n−1} v_i / (1+r)^i = 0` (first value at t = 0, undiscounted). When several
 * rates solve it, the one nearest `guess`; one sign change in the flows (Descartes) means
 * exactly one root, found without scanning. The root is verified before it is returned.
 * Search range: r ∈ (−1 + 1e−10, 1e10).
 *
 * @returns null when the flows never change sign, no root lies in the search range, an
 *   input is not finite, fewer than two values are given, or `guess ≤ −1`.
 */
export function irr(values: ArrayLike<number>, guess = 0.1): number | null {
  if (values.length < 2) return null;
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) return null;
  const changes = signChanges(values);
  if (changes === 0) return null;
  return nearestRoot({
    h: (z) => periodicNpvScaled(values, z),
    hd: (z, out) => periodicNpvScaledWithSlope(values, z, out),
    magnitude: (z) => periodicMagnitudeScaled(values, z),
    unique: changes === 1,
  }, guess);
}
