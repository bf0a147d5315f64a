import { assertFiniteAmount, FEN_PER_WAN, LedgerDecimal } from './decimal.ts';

/**
 * An amount in 万元 as a whole number of fen, rounded ROUND_HALF_UP (SPEC §1):
 * `toFenInt(x) = round_half_up(x · 10^6)`, computed on the shortest decimal form of `x`
 * (so `toFenInt(0.0000005) = 1`, not a binary-fraction artefact).
 *
 * @throws RangeError when `x` is not finite or the fen count exceeds 2^53 (≈ 9·10^9 万元).
 */
export function toFenInt(x: number): number {
  assertFiniteAmount(x, 'toFenInt');
  const fen = new LedgerDecimal(x).times(FEN_PER_WAN).toDecimalPlaces(0, LedgerDecimal.ROUND_HALF_UP).toNumber();
  if (!Number.isSafeInteger(fen)) throw new RangeError(`toFenInt: ${x} 万元 is beyond the exact fen range (±2^53 fen)`);
  return fen === 0 ? 0 : fen; // no −0
}

/**
 * A whole number of fen back to 万元: `fen / 10^6`, the double nearest the exact decimal
 * (IEEE division of two exact integers is correctly rounded), so
 * `fromFenInt(toFenInt(x)) === roundFen(x)`.
 */
export function fromFenInt(fen: number): number {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fromFenInt: expected a safe integer fen count, got ${String(fen)}`);
  return fen === 0 ? 0 : fen / FEN_PER_WAN;
}
