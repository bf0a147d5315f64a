/**
 * Display rounding (SPEC §1 "Report tables display 万元 to 2 decimals (configurable)"):
 * decimal.js, ROUND_HALF_UP on the shortest decimal form of each value, so a displayed
 * number is exactly what a reader sees and sums of displayed numbers are exact decimals.
 */
import { LedgerDecimal } from '../../core/ledger/decimal.ts';
import type { MoneyUnit, Unit } from './types.ts';

/** Decimals shown for a unit, given the 万元 decimals (shares are fractions shown as percent); null: not rounded. */
export function unitDecimals(unit: Unit, decimals: number): number | null {
  switch (unit) {
    case 'raw':
      return null;
    case 'number':
      return Math.max(decimals, 2) + 2;
    case 'wan':
      return decimals;
    case 'mu':
    case 'perJob':
    case 'ratio':
      return Math.max(decimals, 2);
    case 'share':
    case 'pp':
      // percent with at least 2 decimals whatever the money unit (113.50%; a Δ of 0.05 个百分点 shows)
      return Math.max(decimals, 2) + 2;
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

/** Powers of ten between 万元 and the shown money unit: 亿元 = 10⁴ 万元 (SPEC §1). */
export function moneyShift(money: MoneyUnit): number {
  return money === 'yi' ? 4 : 0;
}

/**
 * The model's 万元 decimals for a report shown in `money` at `shownDecimals`: 亿元 at 4
 * decimals is 万元 at 0. Rounding once on this grid is rounding once in the shown unit.
 * @throws RangeError when the shown decimals are finer than … or coarser than 万元 (亿元 below 4 decimals).
 */
export function modelDecimals(money: MoneyUnit, shownDecimals: number): number {
  const d = shownDecimals - moneyShift(money);
  if (!Number.isInteger(shownDecimals) || d < 0 || d > 6) {
    throw new RangeError(`report: ${money === 'yi' ? '亿元' : '万元'} decimals must be a whole number ${moneyShift(money)}–${6 + moneyShift(money)}, got ${shownDecimals}`);
  }
  return d;
}

/** Decimals a cell of `unit` shows in the report: money in the shown unit; the rest as `unitDecimals`. */
export function shownPlaces(unit: Unit, decimals: number, money: MoneyUnit): number | null {
  return unit === 'wan' ? decimals + moneyShift(money) : unitDecimals(unit, decimals);
}

/** A displayed model value (万元 for money) in the shown unit: an exact decimal shift for 亿元. */
export function toShown(v: number, unit: Unit, money: MoneyUnit): number {
  const k = unit === 'wan' ? moneyShift(money) : 0;
  return k === 0 ? v : new LedgerDecimal(v).dividedBy(10 ** k).toNumber();
}
