/**
 * Splitting an exhausted pool over its claims (SPEC §1 "Arithmetic", §3 "Pool"): exactly
 * `allocateToFen(pool, weights)` (largest remainder on the exact decimal values of the
 * weights, ties to the earlier claim), decided in doubles where doubles decide it, so a
 * large run does not parse thousands of weights into BigInt every year.
 *
 * Why doubles decide it: each weight's shortest decimal form `d_i` is within 2^−53 of the
 * double `w_i` (relative), so the exact share `s*_i = T·d_i / Σd` and the double
 * `s_i = T·w_i / W` (W summed with compensation) differ by less than `6·2^−53·s_i`. With a
 * margin `ε = 4·10^−15 · max s_i` (over 6 times that):
 * - `⌊s*_i⌋ = ⌊s_i⌋` when the fraction of `s_i` is more than ε away from 0 and 1;
 * - the fen left go to the same claims when the last remainder served and the first not
 *   served are more than 2ε apart, or every remainder in that band belongs to an identical
 *   weight (then the exact remainders are equal too, and both orders take the earlier index).
 * Otherwise, and for anything but two or more finite weights of at least 1e−200 and a
 * positive pool, the ledger's `allocateToFen` decides.
 */
import { allocateToFen, fromFenInt, toFenInt } from '../ledger/index.ts';
import { zeroedF64 } from './slab.ts';

/** Smallest weight the doubles decide for: far above the subnormals, where the relative bounds would fail. */
const MIN_WEIGHT = 1e-200;

/** `allocateToFen(total, weights)`, the same parts, without decimal arithmetic where the doubles are decisive. */
export function splitPool(total: number, weights: readonly number[]): number[] {
  const n = weights.length;
  const T = Number.isFinite(total) && total > 0 ? toFenInt(total) : 0;
  if (T <= 0 || n < 2) return allocateToFen(total, weights);
  // W = Σ w, Neumaier-compensated (relative error within 2^-53 for positive terms)
  let W = 0, comp = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (!(w >= MIN_WEIGHT) || !Number.isFinite(w)) return allocateToFen(total, weights);
    const s = W + w;
    comp += Math.abs(W) >= w ? (W - s) + w : (w - s) + W;
    W = s;
  }
  W += comp;
  const floors = new Array<number>(n);
  const rems = zeroedF64(n);
  let maxShare = 0, left = T;
  for (let i = 0; i < n; i++) {
    const s = (T * weights[i]!) / W;
    const q = Math.floor(s);
    floors[i] = q;
    rems[i] = s - q;
    left -= q;
    if (s > maxShare) maxShare = s;
  }
  const eps = 4e-15 * maxShare;
  for (let i = 0; i < n; i++) if (rems[i]! <= eps || rems[i]! >= 1 - eps) return allocateToFen(total, weights);
  if (left < 0 || left > n) return allocateToFen(total, weights);
  if (left > 0 && !serveRemainders(floors, rems, weights, left, eps)) return allocateToFen(total, weights);
  for (let i = 0; i < n; i++) floors[i] = fromFenInt(floors[i]!);
  return floors;
}

/**
 * Adds the `left` fen to the claims with the largest remainders, ties to the earlier claim,
 * when the doubles decide which claims those are (see the module comment); false otherwise.
 */
function serveRemainders(floors: number[], rems: Float64Array, weights: readonly number[], left: number, eps: number): boolean {
  const n = rems.length;
  const sorted = rems.slice().sort(); // ascending, numeric
  const hi = sorted[n - left]!; // the smallest remainder served
  const lo = left < n ? sorted[n - left - 1]! : -Infinity; // the largest not served
  if (hi - lo > 2 * eps) {
    for (let i = 0; i < n; i++) if (rems[i]! >= hi) floors[i] = floors[i]! + 1;
    return true;
  }
  // a band of near-equal remainders at the cut: decisive only when they are all one weight's
  let w: number | null = null;
  for (let i = 0; i < n; i++) {
    const r = rems[i]!;
    if (r < lo - 2 * eps || r > hi + 2 * eps) continue;
    if (w === null) w = weights[i]!;
    else if (weights[i] !== w) return false;
  }
  // one weight: one remainder (hi), exact ties in index order; the rest lie clear of it
  let rest = left;
  for (let i = 0; i < n; i++) if (rems[i]! > hi) { floors[i] = floors[i]! + 1; rest--; }
  for (let i = 0; i < n && rest > 0; i++) if (rems[i] === hi) { floors[i] = floors[i]! + 1; rest--; }
  return true;
}
