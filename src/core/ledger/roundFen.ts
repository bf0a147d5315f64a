import { fromFenInt, toFenInt } from './fenInt.ts';

/**
 * An amount in 万元 rounded to the fen (0.01 yuan = 0.000001 万元), ROUND_HALF_UP, ties
 * away from zero (SPEC §1 "Arithmetic"): `roundFen(x) = round_half_up(x · 10^6) / 10^6`.
 * Rounding happens on the shortest decimal form of `x`, so `roundFen(1.0000005) = 1.000001`.
 * The result is the double nearest that decimal, never −0.
 *
 * @throws RangeError when `x` is not finite (a NaN must not reach the ledger).
 */
export function roundFen(x: number): number {
  return fromFenInt(toFenInt(x));
}
