/**
 * The double-precision filter of `allocateToFen` (SPEC §1 "Arithmetic", §3 "Pool"): the
 * largest-remainder split computed in doubles, returned only when its error bound proves it
 * equals the exact split on the weights' decimal values; otherwise null, and the caller
 * splits exactly (BigInt). A large prorated pool — thousands of towns, every year of every
 * Monte Carlo path — is thus split without reading each weight's digits.
 *
 * Error bound: a weight's shortest decimal d_i lies within 2^-53·w_i of the double w_i (so
 * Σd within 2^-53 of Σw); the sum W, compensated (Neumaier: within 2·2^-53 + n·2^-104 of Σw
 * for non-negative terms, up to a small constant on the second term), the quotient w_i/W and
 * the product |T|·(w_i/W) add 2^-53 each. So the exact share S_i lies within
 * e_i = s_i·(8·2^-52 + n·2^-100) of the computed s_i (a margin of more than two). Proven when
 * (1) no s_i is within e_i of a whole fen, so ⌊S_i⌋ = ⌊s_i⌋ and the fen left over is exact;
 * (2) the remainders that take the fen left over are separated from the rest by more than
 * their bounds, so the same weights take them — or every remainder whose bound reaches the
 * cut belongs to one and the same weight value: identical weights have identical exact
 * remainders, which the exact split serves in index order, as the sort here does (a pool
 * split over many equal claims, e.g. a programme's towns with the same claim).
 * Weights below 1e−200 (near the subnormals, where relative bounds fail) are not proven.
 */

/** Weights the doubles decide for are 0 or at least this: far above the subnormals. */
const MIN_WEIGHT = 1e-200;

/** Parts in whole fen (sign applied by the caller), or null when the doubles cannot prove them. */
export function allocateFiltered(totalFen: number, weights: readonly number[]): number[] | null {
  const n = weights.length;
  const t = Math.abs(totalFen);
  let sum = 0, comp = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    if (w !== 0 && !(w >= MIN_WEIGHT)) return null;
    const next = sum + w;
    comp += sum >= w ? sum - next + w : w - next + sum;
    sum = next;
  }
  sum += comp;
  if (!(sum > 0) || !Number.isFinite(sum)) return null;
  const rel = 8 * 2 ** -52 + n * 2 ** -100;
  const floors = new Array<number>(n);
  const rems = new Float64Array(n);
  const errs = new Float64Array(n);
  let left = t;
  for (let i = 0; i < n; i++) {
    const s = t * (weights[i]! / sum);
    const f = Math.floor(s);
    const r = s - f;
    const e = s * rel;
    if (s !== 0 && (r <= e || r >= 1 - e)) return null;
    floors[i] = f;
    rems[i] = r;
    errs[i] = e;
    left -= f;
  }
  if (left < 0 || left > n) return null;
  if (left === 0) return floors;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rems[b]! - rems[a]! || a - b);
  if (left < n) {
    const inside = order[left - 1]!, outside = order[left]!;
    if (!(rems[inside]! - errs[inside]! > rems[outside]! + errs[outside]!) && !oneWeightAtCut(weights, rems, errs, inside, outside)) return null;
  }
  for (let k = 0; k < left; k++) floors[order[k]!]! += 1;
  return floors;
}

/**
 * True when every remainder whose bound reaches the cut — between the last remainder served
 * (`inside`) and the first not served (`outside`) — comes from one weight value.
 */
function oneWeightAtCut(weights: readonly number[], rems: Float64Array, errs: Float64Array, inside: number, outside: number): boolean {
  const lo = rems[outside]! - errs[outside]!, hi = rems[inside]! + errs[inside]!;
  const w = weights[inside]!;
  for (let i = 0; i < weights.length; i++) {
    if (rems[i]! + errs[i]! >= lo && rems[i]! - errs[i]! <= hi && weights[i] !== w) return false;
  }
  return true;
}
