import { assertFiniteAmount, LedgerDecimal } from './decimal.ts';
import { fromFenInt, toFenInt } from './fenInt.ts';

/**
 * Splits `total` (万元) across claims in proportion to non-negative `weights`, to the fen,
 * so the parts add up exactly to `roundFen(total)` (SPEC §1 "Arithmetic", §3 "Pool"):
 *
 * 1. `T = toFenInt(total)`, `W = Σ w_i`; exact share `s_i = |T| · w_i / W` fen;
 * 2. each claim gets `⌊s_i⌋`; the `|T| − Σ⌊s_i⌋` fen left go one each to the largest
 *    remainders `s_i − ⌊s_i⌋` (largest remainder / Hamilton), ties to the earlier claim;
 * 3. a negative total is split the same way and every part negated.
 *
 * Arithmetic is exact in decimal on the shortest decimal form of each weight (0.1 and 0.3
 * are in ratio 1:3), so each part lies within one fen of its exact share.
 * Zero weights claim nothing: when every weight is 0 (or there are none) every part is 0,
 * and the total is not allocated (the one case where the parts do not foot to it).
 *
 * @throws RangeError on a non-finite total, or a weight that is negative or not finite.
 */
export function allocateToFen(total: number, weights: readonly number[]): number[] {
  assertFiniteAmount(total, 'allocateToFen');
  const ws = weights.map((w, i) => {
    if (!Number.isFinite(w) || w < 0) throw new RangeError(`allocateToFen: weight ${i} must be a finite number ≥ 0, got ${String(w)}`);
    return new LedgerDecimal(w);
  });
  const sumW = ws.reduce((a, w) => a.plus(w), new LedgerDecimal(0));
  const totalFen = toFenInt(total);
  if (sumW.isZero() || totalFen === 0) return ws.map(() => 0);

  const sign = totalFen < 0 ? -1 : 1;
  const t = new LedgerDecimal(Math.abs(totalFen));
  const floors: number[] = [];
  const remainders: LedgerDecimal[] = []; // s_i − ⌊s_i⌋, scaled by W (exact)
  let left = Math.abs(totalFen);
  for (const w of ws) {
    const num = t.times(w);
    let q = num.dividedToIntegerBy(sumW);
    let r = num.minus(q.times(sumW));
    // Guard against a quotient rounded at the working precision.
    while (r.isNegative()) { q = q.minus(1); r = r.plus(sumW); }
    while (r.gte(sumW)) { q = q.plus(1); r = r.minus(sumW); }
    floors.push(q.toNumber());
    remainders.push(r);
    left -= q.toNumber();
  }
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (let k = 0; k < left; k++) {
    const i = order[k]?.i;
    if (i !== undefined) floors[i] = (floors[i] ?? 0) + 1;
  }
  return floors.map((f) => fromFenInt(sign * f));
}
