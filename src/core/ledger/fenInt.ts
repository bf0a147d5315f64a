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
  const fast = toFenIntFast(x);
  if (fast !== null) return fast;
  const fen = new LedgerDecimal(x).times(FEN_PER_WAN).toDecimalPlaces(0, LedgerDecimal.ROUND_HALF_UP).toNumber();
  if (!Number.isSafeInteger(fen)) throw new RangeError(`toFenInt: ${x} 万元 is beyond the exact fen range (±2^53 fen)`);
  return fen === 0 ? 0 : fen; // no −0
}

/** Amounts below this many 万元 take the fast path: their fen count stays below 2^53. */
const FAST_LIMIT_WAN = (2 ** 53 - FEN_PER_WAN) / FEN_PER_WAN;

/**
 * The fast path of `toFenInt`, in doubles. Write |x| = w + f, w its whole 万元 and f < 1 its
 * fraction (both exact in doubles); then the fen count is w·10^6 (an exact integer below
 * 2^53) plus the rounding of f·10^6. The shortest decimal form of x lies within half an ulp
 * of x, i.e. within |x|·2^-53 万元 = |x|·10^6·2^-53 fen, and f·10^6 is computed within
 * 10^6·2^-53 fen; so away from a half-fen tie by more than |x|·10^6·2^-52 + 10^-9 fen, rounding
 * f·10^6 half-up gives the same whole fen as rounding the decimal. Near a tie, or beyond
 * ≈ 9·10^9 万元, it returns null and the caller decides in decimal (splitting off w keeps the
 * city's totals of 10^7 万元 and more on this path; a double's fen fraction alone would not).
 */
function toFenIntFast(x: number): number | null {
  const ax = Math.abs(x);
  if (!(ax < FAST_LIMIT_WAN)) return null;
  const w = Math.floor(ax);
  const y = (ax - w) * FEN_PER_WAN;
  const floor = Math.floor(y);
  const frac = y - floor;
  if (Math.abs(frac - 0.5) <= ax * FEN_PER_WAN * 2 ** -52 + 1e-9) return null;
  const whole = w * FEN_PER_WAN + (frac > 0.5 ? floor + 1 : floor);
  return whole === 0 ? 0 : x < 0 ? -whole : whole;
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
