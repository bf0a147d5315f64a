/**
 * Headroom (SPEC §6 "Headroom"): for a limit and year, the largest increase — for a ≥
 * rule, the largest decrease — of the restricted quantity that keeps the subject within
 * the limit, in that quantity's unit (万元, km², jobs…). Sums that contain the quantity
 * move with it. For a half-open tier, the amount that brings the subject to the boundary
 * (reaching it enters the next tier). Negative when the limit is already broken (the
 * reduction, or for a ≥ rule the increase, needed); null when the ratio is undefined.
 */

import { isAtLine } from '../rules/atLine.ts';

/**
 * `q / d ≤ cap` (or `< boundary` for a tier) with q the quantity: headroom `cap·d − q`;
 * null when `d ≤ 0`. With `d = 1` this is a plain `q ≤ cap` (debt limit: limit − balance).
 */
export function ceilingHeadroom(q: number, d: number, cap: number): number | null {
  return d > 0 ? cap * d - q : null;
}

/** `q / d ≥ floor`: headroom (the decrease of q allowed) `q − floor·d`; null when `d ≤ 0`. */
export function floorHeadroom(q: number, d: number, floor: number): number | null {
  return d > 0 ? q - floor * d : null;
}

/**
 * `part / whole ≤ cap` where the whole contains the part (residential land within
 * construction land): adding x to both, `(p + x)/(w + x) ≤ cap ⇔ x ≤ (cap·w − p)/(1 − cap)`.
 * Null when `w ≤ 0` or `cap ≥ 1` (then no increase can cross it).
 */
export function shareCeilingHeadroom(part: number, whole: number, cap: number): number | null {
  return whole > 0 && cap < 1 ? (cap * whole - part) / (1 - cap) : null;
}

/**
 * `part / whole ≥ floor` where the whole contains the part (specialty investment within
 * total investment): removing x from both, `(p − x)/(w − x) ≥ floor ⇔ x ≤ (p − floor·w)/(1 − floor)`.
 * Null when `w ≤ 0` or `floor ≥ 1`.
 */
export function shareFloorHeadroom(part: number, whole: number, floor: number): number | null {
  return whole > 0 && floor < 1 ? (part - floor * whole) / (1 - floor) : null;
}

/**
 * A flow forbidden while a ratio is above a trigger (SPEC §6: new town platform borrowing or
 * special bonds while the broad ratio `n / d > τ`, that year's flows included). The flow
 * `f` raises the numerator by `w·f` (w = 1 for bonds, the hidden share for platform debt).
 *
 * - ratio ≤ τ: the flow may grow until the ratio passes τ: `(τ·d − n)/w`; null when `w = 0`
 *   (the flow does not move the ratio: no finite limit).
 * - ratio > τ: every positive flow is forbidden. Headroom `−min(f, (n − τ·d)/w)`: the smaller
 *   of cutting the flow to zero and cutting it until the ratio is back at τ (0 when f = 0).
 *
 * Null when `d ≤ 0` (ratio undefined).
 */
export function onWarningHeadroom(f: number, w: number, n: number, d: number, tau: number): number | null {
  if (!(d > 0)) return null;
  const excess = isAtLine(n / d, tau) ? 0 : n - tau * d; // SPEC §1: at the trigger is not above it
  if (excess <= 0) return w > 0 ? -excess / w : null;
  if (f <= 0) return 0;
  return w > 0 ? -Math.min(f, excess / w) : -f;
}
