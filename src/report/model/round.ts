/**
 * Display rounding (SPEC §1 "Report tables display 万元 to 2 decimals (configurable)"):
 * decimal.js, ROUND_HALF_UP on the shortest decimal form of each value, so a displayed
 * number is exactly what a reader sees and sums of displayed numbers are exact decimals.
 */
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import type { Unit } from './types.ts';

/** Decimals shown for a unit, given the 万元 decimals (shares are fractions shown as percent); null: not rounded. */
export function unitDecimals(unit: Unit, decimals: number): number | null {
  switch (unit) {
    case 'raw':
      return null;
    case 'number':
      return decimals + 2;
    case 'wan':
    case 'mu':
      return decimals;
    case 'share':
      return decimals + 2;
    case 'ratio':
      return Math.max(decimals, 2);
    case 'count':
    case 'year':
    case 'text':
      return 0;
  }
}

/**
 * `x` rounded half up to `places` decimals. Null stays null (an undefined ratio, "—").
 * @throws RangeError on NaN or ±Infinity: a programming error upstream must not reach a report.
 */
export function roundDisplay(x: number | null, places: number | null): number | null {
  if (x === null) return null;
  if (!Number.isFinite(x)) throw new RangeError(`report: a non-finite number (${String(x)}) cannot be displayed`);
  if (places === null) return x === 0 ? 0 : x;
  const r = new LedgerDecimal(x).toDecimalPlaces(places, LedgerDecimal.ROUND_HALF_UP).toNumber();
  return r === 0 ? 0 : r;
}

/** Exact decimal sum of displayed numbers (nulls count 0), as the nearest double. */
export function sumDisplayed(values: readonly (number | null)[]): number {
  const s = values.reduce<InstanceType<typeof LedgerDecimal>>((a, v) => (v === null ? a : a.plus(v)), new LedgerDecimal(0)).toNumber();
  return s === 0 ? 0 : s;
}
