/**
 * Status decisions beside the §3 rule (SPEC §12 "the engine uses them and shows where its
 * own rule would have decided otherwise"): for every town-year with a decision or a status
 * that differs from the rule's, the status used, the rule's, the evaluation behind it and
 * the failing years that caused it.
 */
import type { Actuals, Evaluation, Grade } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import type { NullableSeries, TownStatus } from '../result.ts';
import { STATUS_OF_CODE, townStatus } from '../rewards/status.ts';
import { FAILING_GRADE } from './defaults.ts';

export interface StatusDecisionRow {
  readonly town: string;
  /** The year the status holds. */
  readonly year: number;
  /** The status used (the commission's where given). */
  readonly status: TownStatus;
  /** What the §3 rule alone (on `A_t`) gives. */
  readonly rule: TownStatus;
  readonly differs: boolean;
  /** `commission` when the commission decided this year's status, else `rule` (a grade may still have moved the streak). */
  readonly decidedBy: 'commission' | 'rule';
  /** The evaluation of the year before: its grade and document. */
  readonly evaluatedYear: number;
  readonly grade: Grade | null;
  readonly document: string | null;
  /** The failing years of the streak ending the year before (by grade where graded, else `A_t < failBelow`). */
  readonly basisYears: readonly number[];
}

/** The §3 rule's statuses on the run's achievements, without any decision or grade. */
export function ruleStatuses(s: Scenario, achievement: NullableSeries, creationYear: number): TownStatus[] {
  const n = s.horizonYears;
  const A = Float64Array.from({ length: n }, (_, t) => achievement[t] ?? 0);
  const hasA = Uint8Array.from({ length: n }, (_, t) => (achievement[t] === null || achievement[t] === undefined ? 0 : 1));
  const out = new Uint8Array(n);
  townStatus(A, hasA, creationYear - s.startYear, s.rewards, out);
  return Array.from(out, (c) => STATUS_OF_CODE[c] ?? 'inactive');
}

/** Failing years of the streak that ends in year index `end` (graded years by grade, others by `A_t`). */
export function streakYears(s: Scenario, achievement: NullableSeries, evals: readonly Evaluation[], end: number): number[] {
  const years: number[] = [];
  for (let t = end; t >= 0; t--) {
    const year = s.startYear + t;
    const e = evals.find((v) => v.year === year && v.grade !== null);
    const a = achievement[t];
    const fail = e ? e.grade === FAILING_GRADE : a === null || a === undefined ? null : a < s.rewards.failBelow;
    if (fail === null) continue;
    if (!fail) break;
    years.unshift(year);
  }
  return years;
}

/** Rows for one town: each year with a decision, or whose status differs from the rule's. */
export function statusDecisionRows(
  s: Scenario, a: Actuals, town: { readonly id: string; readonly creationYear: number },
  status: readonly TownStatus[], achievement: NullableSeries,
): StatusDecisionRow[] {
  const evals = a.evaluations.filter((e) => e.town === town.id);
  const rule = ruleStatuses(s, achievement, town.creationYear);
  const out: StatusDecisionRow[] = [];
  let removalBasis: number[] = [];
  for (let t = 0; t < status.length; t++) {
    const year = s.startYear + t;
    const e = evals.find((v) => v.year === year - 1);
    const decided = e?.decision !== null && e?.decision !== undefined;
    // a removal stays explained by the streak that caused it
    const continued = status[t] === 'removed' && t > 0 && status[t - 1] === 'removed';
    const basis = continued ? removalBasis : t === 0 ? [] : streakYears(s, achievement, evals, t - 1);
    if (status[t] === 'removed' && !continued) removalBasis = basis;
    if (!decided && status[t] === rule[t]) continue;
    out.push({
      town: town.id, year, status: status[t]!, rule: rule[t]!, differs: status[t] !== rule[t],
      decidedBy: decided ? 'commission' : 'rule', evaluatedYear: year - 1, grade: e?.grade ?? null, document: e?.document ?? null,
      basisYears: basis,
    });
  }
  return out;
}
