import { fromFenInt, toFenInt } from './fenInt.ts';

/**
 * Sum of amounts in 万元, each rounded to the fen first, added as whole fen so no float
 * drift accumulates (SPEC §1: a displayed total equals the sum of its displayed rows):
 * `sumFen(v) = Σ toFenInt(v_i) / 10^6`. The empty sum is 0.
 *
 * @throws RangeError on a non-finite value, or when the running total leaves the exact fen range.
 */
export function sumFen(values: Iterable<number>): number {
  let fen = 0;
  for (const v of values) {
    fen += toFenInt(v);
    if (!Number.isSafeInteger(fen)) throw new RangeError('sumFen: total is beyond the exact fen range (±2^53 fen)');
  }
  return fromFenInt(fen);
}
