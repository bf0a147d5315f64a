import type { FeeBase, FeeBaseChoice } from './types.ts';

/** One dated default of the management-fee base, keyed to the fund's `establishedYear` (SPEC §1 "Dated rules"). */
export interface FeeBaseVersion {
  readonly from: number;
  readonly base: FeeBase;
  readonly source: string;
}

/**
 * Default fee base by establishment year (SPEC §5 "Fees"): the commitment in the investment
 * period then NAV (market practice); from 2025 paid-in, then invested capital (国办发〔2025〕1号,
 * 管理费以实缴出资或实际投资金额为计费基础).
 */
export const FEE_BASE_VERSIONS: readonly FeeBaseVersion[] = [
  { from: 1900, base: 'commitment-then-nav', source: '行业惯例 (market practice)' },
  { from: 2025, base: 'paid-in-then-invested', source: '国办发〔2025〕1号' },
];

/** The fee base a fund uses: its own choice, or for `dated` the version in force in `establishedYear`. */
export function resolveFeeBase(choice: FeeBaseChoice, establishedYear: number): FeeBase {
  if (choice !== 'dated') return choice;
  let found: FeeBase = 'commitment-then-nav';
  for (const v of FEE_BASE_VERSIONS) if (v.from <= establishedYear) found = v.base;
  return found;
}
