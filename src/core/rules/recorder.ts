/**
 * The one recorder of every evaluated limit (SPEC §10 `limits`, `findings`; §11): each
 * evaluation becomes a `LimitRow`, crossed or not; a warning or breach also becomes a
 * `Finding` with the rule version's source document and the one message style of
 * `message.ts`. PPP, fund, debt and compliance rules all record here.
 *
 * The level is judged here by the rule's comparison (SPEC §1 "At the line") unless the
 * caller states it (tiers, ranges, flags, warning bands); the headroom of a value on its
 * limit is exactly 0 (SPEC §1), never a ±1e−16 residue.
 */
import { snapHeadroom } from './atLine.ts';
import { ruleDef } from './inForce.ts';
import { breaks, crossesLine, isLineComparison } from './judge.ts';
import { findingMessage } from './message.ts';
import type { Finding, Level, LimitRow, RuleDef, RuleId, RuleVersion, Subject } from './types.ts';

/** Where evaluations are collected, in evaluation order. */
export interface Collector {
  readonly limits: LimitRow[];
  readonly findings: Finding[];
  /**
   * A Monte Carlo path's collector (SPEC §1 "One engine", §8): no findings (their messages
   * belong to the output boundary), and only the rows whose level is not ok — a path is
   * reduced to the rows it crosses, and an ok row would be built only to be skipped.
   */
  readonly quiet?: boolean;
}

/** An empty collector; `quiet` keeps only the rows not at ok, and no findings (Monte Carlo paths). */
export function collector(quiet = false): Collector {
  return quiet ? { limits: [], findings: [], quiet } : { limits: [], findings: [] };
}

/** One rule evaluated for one subject and year, before it is recorded (numbers may be non-finite). */
export interface Evaluation {
  readonly rule: RuleId;
  /** The version in force (its level, source and threshold). */
  readonly version: RuleVersion;
  readonly subject: Subject;
  readonly year: number;
  readonly value: number | null;
  readonly limit: number | null;
  /** In the rule's headroom unit (SPEC §6 "Headroom"); negative when broken; null when undefined. */
  readonly headroom: number | null;
  /** Stated by rules with their own test (tier, range, flag, warning band); else judged from value and limit. */
  readonly level?: Level;
  /** The line crossed, when it is not `limit` (a warning line inside the limit): for the message. */
  readonly line?: number;
  /** `[中文, English]` after the standard clause; built only when the row is a finding. */
  readonly detail?: () => readonly [string, string];
}

/** The number itself when finite (−0 as 0), else null (SPEC §1: no NaN or Infinity in a result). */
export function finiteOrNull(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  return x === 0 ? 0 : x;
}

/** `version.level` when `value` breaks `limit` by the rule's comparison (at the line is on it), else ok. */
export function judgedLevel(rule: RuleId, version: RuleVersion, value: number | null, limit: number | null): Level {
  return breaks(rule, finiteOrNull(value), finiteOrNull(limit)) ? version.level : 'ok';
}

/**
 * Appends one limit row, the only object a row costs (SPEC §1 "One engine"): the numbers
 * made finite or null, the headroom snapped to 0 on the line, the level `level` when the
 * caller states it, else judged by the rule's comparison. The hot path of every check loop:
 * positional arguments, the rule definition resolved by the caller once per rule, the
 * subject shared per subject (`townSubject`). Add the finding with `recordFinding` when
 * the returned row's level is not ok. A quiet collector keeps no ok row: the row returned
 * then is a shared one, valid until the next call.
 */
export function recordRow(
  out: Collector, def: RuleDef, version: RuleVersion, subject: Subject, year: number,
  value: number | null, limit: number | null, headroom: number | null, level?: Level,
): LimitRow {
  const v = finiteOrNull(value);
  const l = finiteOrNull(limit);
  const lv = level ?? (v !== null && l !== null && crosses(def, v, l) ? version.level : 'ok');
  const raw = finiteOrNull(headroom);
  // a quiet collector's ok row is read for its level only: its headroom is not snapped
  if (lv === 'ok' && out.quiet === true) return okRow(def.id, subject, year, v, l, raw);
  const h = raw !== null && v !== null && l !== null ? snapHeadroom(raw, v, l) : raw;
  const row: LimitRow = { rule: def.id, subject, year, value: v, limit: l, headroom: h, level: lv };
  out.limits.push(row);
  return row;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The one row handed back for an ok row of a quiet collector: read it at once, never keep it. */
const OK_ROW: Mutable<LimitRow> = { rule: 'district.tier', subject: { kind: 'city', id: '' }, year: 0, value: null, limit: null, headroom: null, level: 'ok' };

/** `OK_ROW` filled with an ok row's fields (a quiet collector does not keep ok rows). */
function okRow(rule: RuleId, subject: Subject, year: number, value: number | null, limit: number | null, headroom: number | null): LimitRow {
  OK_ROW.rule = rule;
  OK_ROW.subject = subject;
  OK_ROW.year = year;
  OK_ROW.value = value;
  OK_ROW.limit = limit;
  OK_ROW.headroom = headroom;
  return OK_ROW;
}

/** `value` breaks `line` by the rule's comparison; range and flag rules state their level instead. */
function crosses(def: RuleDef, value: number, line: number): boolean {
  const c = def.comparison;
  if (!isLineComparison(c)) throw new Error(`rule ${def.id} has comparison ${c}: judge it with its own test`);
  return crossesLine(c, value, line);
}

/**
 * Appends the finding of a crossed `row` (nothing when its level is ok): the row's fields,
 * the version's source document and the one message of `message.ts`; `line` is the line
 * crossed when it is not the row's limit (a warning line inside it), `detail` the
 * `[中文, English]` clause after the standard one (build it only for crossed rows).
 */
export function recordFinding(
  out: Collector, def: RuleDef, row: LimitRow, source: string, line?: number, detail?: readonly [string, string],
): void {
  const level = row.level;
  if (level === 'ok' || out.quiet === true) return;
  const { subject, year, value, limit, headroom } = row;
  const message = findingMessage(def, { subject, year, value, line: finiteOrNull(line ?? limit), headroom, detail });
  out.findings.push({ rule: row.rule, subject, year, value, limit, headroom, level, source, message });
}

/** Appends the evaluation as a limit row and, when its level is not ok, as a finding; returns the row. */
export function record(out: Collector, e: Evaluation): LimitRow {
  const def = ruleDef(e.rule);
  const row = recordRow(out, def, e.version, e.subject, e.year, e.value, e.limit, e.headroom, e.level);
  if (row.level !== 'ok' && out.quiet !== true) recordFinding(out, def, row, e.version.source, e.line, e.detail?.());
  return row;
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

const SUBJECTS = new Map<string, Subject>();

/**
 * The (shared, frozen) subject of a town's rows: one object per town id instead of one per
 * row, which matters for the ~300,000 compliance rows of a 2,000-town run.
 */
export function townSubject(id: string): Subject {
  let s = SUBJECTS.get(id);
  if (!s) {
    s = Object.freeze({ kind: 'town', id });
    SUBJECTS.set(id, s);
  }
  return s;
}
