import { allocateToFen, roundFen } from '../ledger/index.ts';
import { own } from '../model/own.ts';

/** Guaranteed amounts per town id, aligned with the scenario's years, 万元. */
export type HiddenDebtByTown = Record<string, number[]>;

/**
 * Allocates a fund's guaranteed amount in each scenario year to towns pro rata to the fund's
 * declared investment by town (SPEC §5 last bullet, §6 `hidden`), with `allocateToFen` so the
 * towns' parts add up to the fund's amount exactly. Adds into `into` (created per town as
 * needed); returns what could not be allocated (a fund with no positive allocation).
 */
export function allocateHiddenDebt(
  guaranteed: readonly number[],
  allocationByTown: Readonly<Record<string, number>>,
  into: HiddenDebtByTown,
): number[] {
  const towns = Object.keys(allocationByTown).filter((id) => (own(allocationByTown, id) ?? 0) > 0);
  const weights = towns.map((id) => own(allocationByTown, id) ?? 0);
  const unallocated: number[] = [];
  for (const id of towns) if (!Object.hasOwn(into, id)) into[id] = guaranteed.map(() => 0);
  guaranteed.forEach((amount, k) => {
    if (towns.length === 0) {
      unallocated.push(amount);
      return;
    }
    unallocated.push(0);
    allocateToFen(amount, weights).forEach((part, j) => {
      const row = into[towns[j] ?? ''];
      if (row) row[k] = roundFen((row[k] ?? 0) + part);
    });
  });
  return unallocated;
}
