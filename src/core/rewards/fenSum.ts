/**
 * Adding amounts that are already on the fen grid (outputs of `roundFen` /
 * `allocateToFen`) without going through decimal.js again: such a value `v` is the double
 * nearest `n / 10^6` for a whole `n`, so `v · 10^6` lies within far less than ½ of `n`
 * (|n| < 2^53) and `Math.round` recovers `n` exactly. Sums are whole fen, converted back
 * with the ledger's `fromFenInt`, so a total equals the sum of its rows (SPEC §1).
 * Only for values already rounded to the fen; anything else goes through `roundFen`.
 */
import { FEN_PER_WAN, fromFenInt } from '../ledger/index.ts';

/** The whole number of fen of an amount already rounded to the fen. */
export function fenOfRounded(v: number): number {
  return Math.round(v * FEN_PER_WAN);
}

/** Σ of amounts already rounded to the fen, in whole fen, back to 万元. */
export function sumRounded(values: ArrayLike<number>): number {
  let fen = 0;
  for (let i = 0; i < values.length; i++) fen += fenOfRounded(values[i]!);
  return fromFenInt(fen);
}
