/**
 * "Findings that a swap causes say so" (SPEC §6 "Hidden-debt swap"): a swap moves hidden
 * debt into special debt, so it can lift the legal ratio, special debt and special interest
 * past a line the year would not have crossed without it. The note is appended to the
 * message of such a finding.
 */
import type { Level } from '../rules/types.ts';

const RANK: Readonly<Record<Level, number>> = { ok: 0, warning: 1, breach: 2 };

/** The note when the level with the swap is worse than the level without it, else ''. */
export function swapNote(withSwap: Level, withoutSwap: Level): string {
  return RANK[withSwap] > RANK[withoutSwap]
    ? '（由隐性债务置换引起：置换把隐性债务转为专项债务）'
    : '';
}
