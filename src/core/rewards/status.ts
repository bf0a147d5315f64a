/**
 * Dynamic management (SPEC §3 "Dynamic management", 整改或淘汰): a year fails when
 * `A_t < failBelow`; the fail streak counts consecutive failing years and a passing year
 * resets it; a year without `A_t` leaves it as it is. `status_t` is `rectify` when the
 * streak at the end of `t−1` is in `[1, consecutiveFails)`, and `removed` from the year
 * after the streak reaches `consecutiveFails`, for good.
 */
import type { TownStatus } from '../result.ts';

/** Status codes in typed arrays. */
export const STATUS = { inactive: 0, active: 1, rectify: 2, removed: 3 } as const;
/** Status names by code, as in `TownResult.status`. */
export const STATUS_OF_CODE: readonly TownStatus[] = ['inactive', 'active', 'rectify', 'removed'];

/** The policy's dynamic-management parameters (SPEC §3). */
export interface StatusParams {
  readonly failBelow: number;
  readonly consecutiveFails: number;
}

/**
 * Writes each year's status code into `out` (length = years). The streak starts at 0 in
 * the creation year, or in the first simulated year for a town created earlier (its
 * history before the horizon is not in the scenario).
 */
export function townStatus(A: Float64Array, hasA: Uint8Array, creationIndex: number, p: StatusParams, out: Uint8Array): void {
  let streak = 0;
  let removed = false;
  for (let t = 0; t < out.length; t++) {
    if (t < creationIndex) {
      out[t] = STATUS.inactive;
      continue;
    }
    if (removed) {
      out[t] = STATUS.removed;
      continue;
    }
    out[t] = streak >= 1 ? STATUS.rectify : STATUS.active;
    if (hasA[t] === 1) streak = A[t]! < p.failBelow ? streak + 1 : 0;
    if (streak >= p.consecutiveFails) removed = true;
  }
}

/** The first year index a town is removed, or −1. */
export function removalIndex(status: Uint8Array): number {
  return status.indexOf(STATUS.removed);
}
