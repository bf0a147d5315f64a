/**
 * Recording evaluated limits (SPEC §10 `limits`, `findings`): every evaluation becomes a
 * `LimitRow`, crossed or not; a warning or breach also becomes a `Finding` carrying the
 * rule version's source document and a `中文 / English` message.
 */
import type { Finding, LimitRow, RuleVersion, Subject } from '../rules/types.ts';

const TOWN_SUBJECTS = new Map<string, Subject>();

/**
 * The (shared, immutable) subject of a town's rows: one object per town id instead of one
 * per row, which matters for the ~300,000 compliance rows of a 2,000-town run.
 */
export function townSubject(id: string): Subject {
  let s = TOWN_SUBJECTS.get(id);
  if (!s) {
    s = Object.freeze({ kind: 'town', id });
    TOWN_SUBJECTS.set(id, s);
  }
  return s;
}

/** Where evaluations are collected, in evaluation order. */
export interface Collector {
  readonly limits: LimitRow[];
  readonly findings: Finding[];
}

/** An empty collector. */
export function collector(): Collector {
  return { limits: [], findings: [] };
}

/** One evaluation of a rule for a subject and year, before it is recorded (a limit row, possibly with non-finite numbers). */
export type Evaluation = LimitRow;

/**
 * Appends the evaluation as a `LimitRow` and, when its level is not `ok`, as a `Finding`
 * with `version.source` and the message (built only then). Null-safe: never stores NaN or
 * ±Infinity (they become null, SPEC §1).
 */
export function record(out: Collector, version: RuleVersion, e: Evaluation, message: () => string): void {
  const row: LimitRow = {
    rule: e.rule, subject: e.subject, year: e.year,
    value: finiteOrNull(e.value), limit: finiteOrNull(e.limit), headroom: finiteOrNull(e.headroom), level: e.level,
  };
  out.limits.push(row);
  if (row.level === 'ok') return;
  out.findings.push({ ...row, level: row.level, source: version.source, message: message() });
}

/** The number itself when finite (−0 as 0), else null. */
export function finiteOrNull(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return x === 0 ? 0 : x; // no −0 in a result
}

/** A named parameter of a rule version (SPEC §11 multi-threshold rules); throws when the table lacks it. */
export function param(version: RuleVersion, name: string): number {
  const v = version.params?.[name];
  if (v === undefined) throw new Error(`rule version from ${version.from} has no parameter "${name}"`);
  return v;
}

/** The threshold of a rule version; throws when the table gives none (a programming error). */
export function threshold(version: RuleVersion): number {
  if (version.threshold === null) throw new Error(`rule version from ${version.from} has no threshold`);
  return version.threshold;
}
