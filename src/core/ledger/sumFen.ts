import { FEN_PER_WAN, LedgerDecimal } from './decimal.ts';
import { fromFenInt, toFenInt } from './fenInt.ts';

/**
 * Sum of amounts in 万元, each rounded to the fen first, added as whole fen so no float
 * drift accumulates (SPEC §1: a displayed total equals the sum of its displayed rows):
 * `sumFen(v) = Σ toFenInt(v_i) / 10^6`. The empty sum is 0.
 *
 * Each amount must be within the exact fen range (±2^53 fen ≈ ±9·10^9 万元). A total may
 * leave it — a national scenario's investment over thirty years does (issue #12) — and is
 * then added exactly in BigInt and returned as the double nearest the exact decimal total:
 * beyond 2^53 fen a double cannot hold every fen, so that is the best any number can do.
 *
 * @throws RangeError on a non-finite value, or a value beyond the exact fen range.
 */
export function sumFen(values: Iterable<number>): number {
  let fen = 0;
  let big: bigint | null = null;
  for (const v of values) {
    const f = toFenInt(v);
    if (big !== null) big += BigInt(f);
    else {
      fen += f;
      if (!Number.isSafeInteger(fen)) big = BigInt(fen - f) + BigInt(f); // fen − f is the exact safe total before this value
    }
  }
  if (big === null) return fromFenInt(fen);
  if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) return fromFenInt(Number(big));
  return new LedgerDecimal(big.toString()).div(FEN_PER_WAN).toNumber();
}
