/**
 * The commission's cross-scenario risk comparison (issue #15 question 1; SPEC §0 user 2,
 * §10 `limits`): districts × scenarios, each cell the district's worst broad-ratio tier over
 * the horizon, the first year a district line is crossed (warning or breach) and the least
 * headroom left against any district line in 万元, with its year and rule. Read from the
 * `limits` rows, which carry every evaluated district-year (crossed or not), so a rule added
 * to the table appears here without a change.
 */
import type { LimitRow, RunResult, Tier } from '../../core/result.ts';
import { TIER_RANK } from '../../core/assemble/summary.ts';
import type { ScenarioMeta } from '../meta.ts';
import { headroomInWan } from './ruleFormat.ts';

export interface CrossCell {
  /** The worst tier of the broad debt ratio over the horizon; null when no year has one. */
  readonly worstTier: Tier | null;
  /** The first year a line of the district's own is crossed, with the rule and level of the worst crossing that year. */
  readonly firstCrossed: { readonly year: number; readonly rule: string; readonly level: 'warning' | 'breach' } | null;
  /** The least headroom in 万元 against any district line, its year and rule (negative: crossed by that much). */
  readonly leastHeadroom: { readonly value: number; readonly year: number; readonly rule: string } | null;
}

export interface CrossRow {
  readonly id: string;
  readonly name: string;
  /** One cell per scenario, in the order given; null when the scenario has no such district. */
  readonly cells: readonly (CrossCell | null)[];
}

const districtRows = (r: RunResult, id: string): LimitRow[] => r.limits.filter((l) => l.subject.kind === 'district' && l.subject.id === id);

/** One scenario's cell for one district. */
export function crossCell(r: RunResult, id: string): CrossCell | null {
  const d = r.districts.find((x) => x.id === id);
  if (!d) return null;
  let worstTier: Tier | null = null;
  for (const t of d.tier) if (t !== null && (worstTier === null || TIER_RANK[t] > TIER_RANK[worstTier])) worstTier = t;
  const rows = districtRows(r, id);
  let firstCrossed: CrossCell['firstCrossed'] = null;
  let leastHeadroom: CrossCell['leastHeadroom'] = null;
  for (const l of rows) {
    if (l.level !== 'ok') {
      const better = firstCrossed === null || l.year < firstCrossed.year || (l.year === firstCrossed.year && l.level === 'breach' && firstCrossed.level === 'warning');
      if (better) firstCrossed = { year: l.year, rule: l.rule, level: l.level };
    }
    if (l.headroom !== null && Number.isFinite(l.headroom) && headroomInWan(l.rule)) {
      if (leastHeadroom === null || l.headroom < leastHeadroom.value || (l.headroom === leastHeadroom.value && l.year < leastHeadroom.year)) {
        leastHeadroom = { value: l.headroom, year: l.year, rule: l.rule };
      }
    }
  }
  return { worstTier, firstCrossed, leastHeadroom };
}

/** Districts × scenarios; districts in the order they first appear across the scenarios. */
export function crossScenarioRisk(runs: readonly { readonly result: RunResult; readonly meta: ScenarioMeta }[]): CrossRow[] {
  const districts = new Map<string, string>();
  for (const { meta } of runs) for (const d of meta.districts) if (!districts.has(d.id)) districts.set(d.id, d.name);
  return [...districts].map(([id, name]) => ({ id, name, cells: runs.map(({ result }) => crossCell(result, id)) }));
}

/** Every line evaluated for one district, by year then rule: the value, the line in force and the headroom, crossed or not. */
export function districtLines(r: RunResult, id: string): LimitRow[] {
  return districtRows(r, id).sort((a, b) => a.year - b.year || a.rule.localeCompare(b.rule));
}
