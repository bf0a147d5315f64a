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
export function sumFen(values: Iterable<number> | ArrayLike<number>): number {
  const acc = { fen: 0, big: null as bigint | null };
  if (isArrayLike(values)) for (let i = 0; i < values.length; i++) addFen(acc, values[i]!);
  else for (const v of values) addFen(acc, v);
  const { fen, big } = acc;
  if (big === null) return fromFenInt(fen);
  if (big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER)) return fromFenInt(Number(big));
  return new LedgerDecimal(big.toString()).div(FEN_PER_WAN).toNumber();
}

/** Arrays and typed arrays are summed by index: no iterator object per value (the path's hot loops). */
function isArrayLike(v: Iterable<number> | ArrayLike<number>): v is ArrayLike<number> {
  return Array.isArray(v) || ArrayBuffer.isView(v);
}

/** Adds `v`'s whole fen to the running sum, moving it to BigInt once it leaves the safe range. */
function addFen(acc: { fen: number; big: bigint | null }, v: number): void {
  const f = toFenInt(v);
  if (acc.big !== null) acc.big += BigInt(f);
  else {
    acc.fen += f;
    if (!Number.isSafeInteger(acc.fen)) acc.big = BigInt(acc.fen - f) + BigInt(f); // fen − f is the exact safe total before this value
  }
}
