/**
 * The one Decimal constructor the ledger uses (SPEC §1 "Arithmetic"): 64 significant
 * digits, so sums of weights of different magnitudes and their products with a 16-digit
 * fen count stay exact, and ROUND_HALF_UP (ties away from zero, as Excel's ROUND) as
 * the default rounding mode.
 */
import Decimal from 'decimal.js';

/** Decimal constructor for ledger arithmetic: precision 64, ROUND_HALF_UP. */
export const LedgerDecimal = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });
/** A value made by {@link LedgerDecimal}. */
export type LedgerDecimal = InstanceType<typeof LedgerDecimal>;

/** Fen per 万元: 1 万元 = 10,000 yuan = 1,000,000 fen (SPEC §1). */
export const FEN_PER_WAN = 1_000_000;

/** Message of the error thrown for a non-finite amount: a programming error upstream, never user input. */
export function assertFiniteAmount(x: number, what: string): void {
  if (!Number.isFinite(x)) throw new RangeError(`${what}: amount must be a finite number of 万元, got ${String(x)}`);
}
