/** Excel number formats of the report's units (money in the shown unit with its decimals, shares as percent). */
import { shownPlaces, unitDecimals } from '../model/round.ts';
import type { MoneyUnit, Unit } from '../model/types.ts';

function places(n: number): string {
  return n > 0 ? `.${'0'.repeat(n)}` : '';
}

/** The number format of a cell in `unit`, at the report's 万元 `decimals`, money shown in `money`. */
export function excelNumberFormat(unit: Unit, decimals: number, money: MoneyUnit = 'wan'): string {
  switch (unit) {
    case 'share':
    case 'pp':
      return `0${places((unitDecimals('share', decimals) ?? 2) - 2)}%`;
    case 'year':
      return '0';
    case 'count':
      return '#,##0';
    case 'raw':
    case 'text':
      return 'General';
    default:
      return `#,##0${places(shownPlaces(unit, decimals, money) ?? 0)}`;
  }
}
