import { assertFiniteAmount } from './decimal.ts';
import { fromFenInt, toFenInt } from './fenInt.ts';
import { allocateFiltered } from './allocateFiltered.ts';
import { allocateFenInt } from './allocateFenInt.ts';

/**
 * Splits `total` (万元) across claims in proportion to non-negative `weights`, to the fen,
 * so the parts add up exactly to `roundFen(total)` (SPEC §1 "Arithmetic", §3 "Pool"):
 *
 * 1. `T = toFenInt(total)`, `W = Σ w_i`; exact share `s_i = |T| · w_i / W` fen;
 * 2. each claim gets `⌊s_i⌋`; the `|T| − Σ⌊s_i⌋` fen left go one each to the largest
 *    remainders `s_i − ⌊s_i⌋` (largest remainder / Hamilton), ties to the earlier claim;
 * 3. a negative total is split the same way and every part negated.
 *
 * Arithmetic is exact (BigInt) on the shortest decimal form of each weight (0.1 and 0.3
 * are in ratio 1:3), so each part lies within one fen of its exact share.
 * Zero weights claim nothing: when every weight is 0 (or there are none) every part is 0,
 * and the total is not allocated (the one case where the parts do not foot to it).
 *
 * @throws RangeError on a non-finite total, or a weight that is negative or not finite.
 */
export function allocateToFen(total: number, weights: readonly number[]): number[] {
  assertFiniteAmount(total, 'allocateToFen');
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`allocateToFen: weight ${i} must be a finite number ≥ 0, got ${String(w)}`);
  });
  const totalFen = toFenInt(total);
  if (totalFen === 0) return weights.map(() => 0);
  // One positive weight takes everything: the general case below gives exactly this, without BigInt.
  const only = soleWeight(weights);
  if (only >= 0) return weights.map((_, i) => fromFenInt(i === only ? totalFen : (totalFen < 0 ? -1 : 1) * 0));
  const filtered = allocateFiltered(totalFen, weights) ?? onFenGrid(Math.abs(totalFen), weights);
  if (filtered !== null) return filtered.map((f) => fromFenInt(totalFen < 0 ? -f : f));
  const ks = scaledIntegers(weights);
  const sumK = ks.reduce((a, k) => a + k, 0n);
  if (sumK === 0n || totalFen === 0) return weights.map(() => 0);

  const sign = totalFen < 0 ? -1 : 1;
  const t = BigInt(Math.abs(totalFen));
  const floors: number[] = [];
  const remainders: bigint[] = []; // (s_i − ⌊s_i⌋)·K, exact
  let left = Math.abs(totalFen);
  for (const k of ks) {
    const num = t * k;
    const q = num / sumK;
    floors.push(Number(q));
    remainders.push(num - q * sumK);
    left -= Number(q);
  }
  if (left > 0) {
    const order = Array.from(remainders, (_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (let k = 0; k < left; k++) {
      const i = order[k];
      if (i !== undefined) floors[i] = (floors[i] ?? 0) + 1;
    }
  }
  return floors.map((f) => fromFenInt(sign * f));
}

/**
 * Non-negative weights as exact integers in a common decimal scale: each weight's shortest
 * decimal form `m·10^e` (what decimal.js would read) becomes `m·10^(e − E)` with E the
 * smallest exponent, so ratios between weights are exact rationals of their decimal values.
 */
/**
 * The split when every weight is a whole number of fen below 2^32 万元 (money amounts, e.g. a
 * fund's fees, carry and classes): their decimal values are their fen counts × 10^-6
 * (`decimalParts`), so the split is `allocateFenInt` on the fen counts divided by their
 * greatest common divisor (the same ratios, so the same parts; smaller products stay exact
 * in doubles). Null when a weight is off the fen grid.
 */
function onFenGrid(total: number, weights: readonly number[]): number[] | null {
  const ks = new Array<number>(weights.length);
  let g = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i]!;
    if (w === 0) {
      ks[i] = 0;
      continue;
    }
    if (!(w < FEN_WAN_LIMIT)) return null;
    const k = toFenInt(w);
    if (fromFenInt(k) !== w) return null;
    ks[i] = k;
    g = gcd(g, k);
  }
  if (g === 0) return null;
  for (let i = 0; i < ks.length; i++) ks[i] = ks[i]! / g;
  return allocateFenInt(total, ks);
}

/** Greatest common divisor of two whole numbers ≥ 0 (below 2^53). */
function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** Below this (万元) a double's spacing is under 10^-6 (one fen): the fen shortcut of `decimalParts` holds. */
const FEN_WAN_LIMIT = 2 ** 32;

/** The index of the only positive weight, −1 when none or several are. */
function soleWeight(weights: readonly number[]): number {
  let only = -1;
  for (let i = 0; i < weights.length; i++) {
    if ((weights[i] ?? 0) === 0) continue;
    if (only >= 0) return -1;
    only = i;
  }
  return only;
}

function scaledIntegers(weights: readonly number[]): bigint[] {
  const parts = weights.map(decimalParts);
  const minExp = parts.reduce((m, p) => (p.mantissa === 0n ? m : Math.min(m, p.exp)), Infinity);
  if (minExp === Infinity) return parts.map(() => 0n);
  const powers: bigint[] = []; // 10^d by d, each computed once
  const pow10 = (d: number): bigint => (powers[d] ??= 10n ** BigInt(d));
  return parts.map((p) => (p.mantissa === 0n ? 0n : p.mantissa * pow10(p.exp - minExp)));
}

/**
 * `w = mantissa · 10^exp` from the shortest round-trip decimal form of a finite w ≥ 0.
 * A weight that is a whole number of fen (`roundFen(w) === w`, below 2^53 fen: most weights
 * are amounts of money) is `toFenInt(w) · 10^-6` without reading its digits: its shortest
 * form has the same value, since below 2^32 万元 a double's spacing is under 10^-6, so no
 * other decimal of at most six places reads back as w.
 */
function decimalParts(w: number): { mantissa: bigint; exp: number } {
  if (w === 0) return { mantissa: 0n, exp: 0 };
  if (w < FEN_WAN_LIMIT) {
    const fen = toFenInt(w);
    if (fromFenInt(fen) === w) return { mantissa: BigInt(fen), exp: -6 };
  }
  const s = String(w);
  const e = s.indexOf('e');
  const coef = e < 0 ? s : s.slice(0, e);
  const dot = coef.indexOf('.');
  const digits = dot < 0 ? coef : coef.slice(0, dot) + coef.slice(dot + 1);
  const fracLength = dot < 0 ? 0 : coef.length - dot - 1;
  return { mantissa: BigInt(digits), exp: (e < 0 ? 0 : Number(s.slice(e + 1))) - fracLength };
}
