import { allocateToFen, roundFen } from '../ledger/index.ts';
import { own } from '../model/own.ts';

/** Guaranteed amounts per town id, aligned with the scenario's years, 万元. */
export type HiddenDebtByTown = Record<string, number[]>;

/**
 * True when `x`, an amount already rounded to the fen (a `roundFen` result or 0), is its own
 * `roundFen`: below 10^6 万元 (10^12 fen, within `toFenInt`'s exact double path) `x·10^6` lies
 * within a few ulps of its whole fen count, far from a half-fen tie, so it rounds back to it.
 */
export function keepsFen(x: number): boolean {
  return Math.abs(x) < 1e6 && !Object.is(x, -0);
}

/**
 * Allocates a fund's guaranteed amount in each scenario year to towns pro rata to the fund's
 * declared investment by town (SPEC §5 last bullet, §6 `hidden`), with `allocateToFen` so the
 * towns' parts add up to the fund's amount exactly. Adds into `into` (created per town as
 * needed); returns what could not be allocated (a fund with no positive allocation).
 * `rounded`: the rows of `into` hold fen-rounded amounts (or 0), so a year with nothing to
 * allocate leaves a row below 10^6 万元 as it is (`keepsFen`) instead of rounding it again.
 */
export function allocateHiddenDebt(
  guaranteed: readonly number[],
  allocationByTown: Readonly<Record<string, number>>,
  into: HiddenDebtByTown,
  rounded = false,
): number[] {
  const towns = Object.keys(allocationByTown).filter((id) => (own(allocationByTown, id) ?? 0) > 0);
  const weights = towns.map((id) => own(allocationByTown, id) ?? 0);
  const unallocated: number[] = [];
  for (const id of towns) if (!Object.hasOwn(into, id)) into[id] = new Array<number>(guaranteed.length).fill(0);
  const rows = towns.map((id) => into[id]);
  for (let k = 0; k < guaranteed.length; k++) {
    const amount = guaranteed[k]!;
    if (towns.length === 0) {
      unallocated.push(amount);
      continue;
    }
    unallocated.push(0);
    if (amount === 0 && rounded) {
      // every part is 0: each row keeps roundFen(row + 0), which is the row itself (`keepsFen`)
      for (const row of rows) if (row && !keepsFen(row[k] ?? 0)) row[k] = roundFen((row[k] ?? 0) + 0);
      continue;
    }
    const parts = allocateToFen(amount, weights);
    for (let j = 0; j < parts.length; j++) {
      const row = rows[j];
      if (row) row[k] = roundFen((row[k] ?? 0) + parts[j]!);
    }
  }
  return unallocated;
}
