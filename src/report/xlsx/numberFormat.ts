/** Excel number formats of the report's units (万元 with the report's decimals, shares as percent). */
import { unitDecimals } from '../model/round.ts';
import type { Unit } from '../model/types.ts';

function places(n: number): string {
  return n > 0 ? `.${'0'.repeat(n)}` : '';
}

/** The number format of a cell in `unit`, at the report's 万元 `decimals`. */
export function excelNumberFormat(unit: Unit, decimals: number): string {
  switch (unit) {
    case 'share':
      return `0${places(decimals)}%`;
    case 'year':
      return '0';
    case 'count':
      return '#,##0';
    case 'raw':
    case 'text':
      return 'General';
    default:
      return `#,##0${places(unitDecimals(unit, decimals) ?? 0)}`;
  }
}
