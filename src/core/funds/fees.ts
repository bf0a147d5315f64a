import { assertNever } from '../model/expand.ts';
import type { LifeFlows } from './takahashiAlexander.ts';
import type { FeeBase, ManagementFee } from './types.ts';

/**
 * Management fee due in each year of the fund's life (SPEC §5 "Fees"), `fee_t = rate_t · base_t`:
 *
 * | base | t ≤ investment period | after |
 * | --- | --- | --- |
 * | `commitment-then-nav` | S | NAV_{t−1} |
 * | `paid-in-then-invested` (国办发〔2025〕1号) | PIC_{t−1} | invested capital K_{t−1} |
 *
 * Balances are opening (year-start) balances, since flows happen at year end (SPEC §1 "Time").
 * `rate_t` is `rate` in the investment period and `rateAfterInvestmentPeriod ?? rate` after.
 * Without an investment period the whole life counts as one.
 */
export function managementFees(
  fee: ManagementFee,
  base: FeeBase,
  size: number,
  investmentPeriodYears: number | null,
  flows: LifeFlows,
): Float64Array {
  const L = flows.calls.length;
  const period = investmentPeriodYears ?? L;
  const after = fee.rateAfterInvestmentPeriod ?? fee.rate;
  const out = new Float64Array(L);
  for (let t = 1; t <= L; t++) {
    const inPeriod = t <= period;
    const prev = t - 2; // index of year t − 1
    out[t - 1] = (inPeriod ? fee.rate : after) * feeBaseAmount(base, inPeriod, size, flows, prev);
  }
  return out;
}

/** The balance at index `prev`, 0 before the first year (`prev` = −1). */
function balanceAt(a: Float64Array, prev: number): number {
  return prev >= 0 ? (a[prev] ?? 0) : 0;
}

/** The amount the fee is charged on in a year, from the balances at index `prev` (−1 before the first year). */
function feeBaseAmount(base: FeeBase, inPeriod: boolean, size: number, flows: LifeFlows, prev: number): number {
  switch (base) {
    case 'commitment-then-nav':
      return inPeriod ? size : balanceAt(flows.nav, prev);
    case 'paid-in-then-invested':
      return inPeriod ? balanceAt(flows.paidIn, prev) : balanceAt(flows.invested, prev);
    default:
      return assertNever(base);
  }
}

