/**
 * Contingent liabilities against the affordability room of the paying level (issue #14;
 * SPEC §4.5, §8): per paying level and year, the room left under the 财承 ceiling — the
 * `ppp.share.10` row's headroom of the deterministic run, `line × general budget expenditure
 * − the level's PPP obligations (town projects and existing ones)` in 万元, its line read
 * from the rule row (scenario overrides included), never a literal — beside the expected and
 * P95 payout of the contingent terms of the projects that level pays (the P95 of the level's
 * total per path, not a sum of the projects' P95s) and the share of paths whose payout exceeds
 * the room. The room is the planned one: payouts are
 * shown against it, not added into it (docs/decisions.md "Stress model gaps").
 */
import { roundFen } from '../ledger/index.ts';
import type { Scenario } from '../model/scenario.ts';
import { scenarioYears } from '../model/timeline.ts';
import { levelSubject } from '../ppp/rules/shareRules.ts';
import { exceeds } from '../rules/atLine.ts';
import type { LimitRow } from '../rules/types.ts';
import { rowKey } from './paths.ts';
import { percentilesInPlace } from './percentiles.ts';

/** The rule whose headroom is the affordability room (SPEC §4.6, §11). */
export const ROOM_RULE = 'ppp.share.10';

/** One paying level and year (SPEC §10 `stress.contingentRoom`, additive). */
export interface ContingentRoomRow {
  /** `city` or a district id: the level that pays the projects. */
  readonly level: string;
  readonly year: number;
  /** The 财承 line (share of general budget expenditure) in force that year; null when the rule is not evaluated. */
  readonly line: number | null;
  /** Room under the line, 万元 (negative when already above it); null when the share is undefined or not evaluated. */
  readonly room: number | null;
  /** Mean contingent payout over the paths, 万元. */
  readonly expected: number;
  /** 95th percentile of the level's contingent payout per path, 万元. */
  readonly p95: number;
  /** Share of paths whose payout exceeds the room (SPEC §1 "at the line": a payout equal to the room fits); null when the room is. */
  readonly probabilityAboveRoom: number | null;
}

/**
 * The rows for every paying level of a project with a contingent term (first appearance in
 * `projects` order), each simulated year. `payouts(c, t)` gives the per-path payouts of
 * contingent project c (index into `projects`) in year index t; `N` paths.
 */
export function contingentRoom(
  s: Scenario, projects: readonly number[], baseLimits: readonly LimitRow[], payouts: (c: number, t: number) => Float64Array, N: number,
): ContingentRoomRow[] {
  const rows = new Map<string, LimitRow>();
  for (const r of baseLimits) if (r.rule === ROOM_RULE) rows.set(rowKey(r), r);
  const levels: string[] = [];
  for (const p of projects) {
    const level = s.ppp[p]!.payer.level;
    if (!levels.includes(level)) levels.push(level);
  }
  const out: ContingentRoomRow[] = [];
  const total = new Float64Array(N);
  for (const level of levels) {
    const mine = projects.flatMap((p, c) => (s.ppp[p]!.payer.level === level ? [c] : []));
    scenarioYears(s).forEach((year, t) => {
      total.fill(0);
      for (const c of mine) {
        const v = payouts(c, t);
        for (let j = 0; j < N; j++) total[j] = total[j]! + v[j]!;
      }
      const row = rows.get(rowKey({ rule: ROOM_RULE, subject: levelSubject(level), year }));
      const room = row?.headroom === null || row?.headroom === undefined ? null : roundFen(row.headroom);
      let sum = 0, above = 0;
      for (const x of total) {
        sum += x;
        if (room !== null && exceeds(x, room)) above++;
      }
      out.push({
        level, year, line: row?.limit ?? null, room,
        expected: roundFen(N > 0 ? sum / N : 0), p95: roundFen(percentilesInPlace(total, [95])[0] ?? 0), // reorders `total`: refilled next year
        probabilityAboveRoom: room === null || N === 0 ? null : above / N,
      });
    });
  }
  return out;
}
