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

/** Beyond 2^43 fen (≈ 8.8·10^6 万元) a double's fen fraction is too coarse for the fast path. */
const FAST_LIMIT = 2 ** 43;

/**
 * The fast path of `toFenInt`, in doubles: y = x·10^6 differs from the exact fen count of
 * the shortest decimal form of x by at most a few ulps of y (< |y|·10^-15), so away from a
 * half-fen tie by more than that, rounding y half-up away from zero gives the same whole fen
 * as rounding the decimal. Near a tie, or for large amounts, it returns null and the caller
 * decides in decimal (about 1 call in 10^12 for money-like values; large amounts always).
 */
function toFenIntFast(x: number): number | null {
  const y = x * FEN_PER_WAN;
  const ay = Math.abs(y);
  if (!(ay < FAST_LIMIT)) return null;
  const floor = Math.floor(ay);
  const frac = ay - floor; // exact: floor(ay) is within a factor 2 of ay, or 0
  if (Math.abs(frac - 0.5) <= ay * 1e-15 + 1e-12) return null;
  const whole = frac > 0.5 ? floor + 1 : floor;
  return whole === 0 ? 0 : y < 0 ? -whole : whole;
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
