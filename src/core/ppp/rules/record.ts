/**
 * Turning an evaluated limit into a `LimitRow` and, when crossed, a bilingual `Finding`
 * (SPEC §10 `limits` / `findings`, §11). One place for the message format.
 */
import { ruleDef } from '../../rules/inForce.ts';
import type { Finding, LimitRow, RuleId, RuleVersion, Subject } from '../../rules/types.ts';

/** How a rule's value and limit read in a message (rates are decimals in data, percent in text, SPEC §1). */
export type Unit = 'share' | 'ratio' | 'years' | 'count' | 'wan';

/** One rule evaluated for one subject and year, before it becomes a row. */
export interface Evaluation {
  readonly rule: RuleId;
  readonly version: RuleVersion;
  readonly subject: Subject;
  readonly year: number;
  readonly value: number | null;
  readonly limit: number | null;
  /** In the unit of the restricted quantity (SPEC §6 "Headroom"); negative when broken. */
  readonly headroom: number | null;
  readonly broken: boolean;
  readonly unit: Unit;
}

/** Accumulated rows and findings, in evaluation order. */
export interface RuleOutput {
  readonly limits: LimitRow[];
  readonly findings: Finding[];
}

/** Number as shown in a message: shares in percent, money in 万元, both to 2 decimals. */
export function formatValue(x: number | null, unit: Unit): string {
  if (x === null || !Number.isFinite(x)) return '—';
  switch (unit) {
    case 'share':
      return `${(x * 100).toFixed(2)}%`;
    case 'ratio':
      return x.toFixed(2);
    case 'years':
    case 'count':
      return String(Math.round(x * 100) / 100);
    case 'wan':
      return `${x.toFixed(2)} 万元`;
  }
}

const clean = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** Appends the limit row, and its finding when the limit is crossed. */
export function record(out: RuleOutput, e: Evaluation): void {
  const level = e.broken ? e.version.level : 'ok';
  const row: LimitRow = { rule: e.rule, subject: e.subject, year: e.year, value: clean(e.value), limit: clean(e.limit), headroom: clean(e.headroom), level };
  out.limits.push(row);
  if (level === 'ok') return;
  const def = ruleDef(e.rule);
  const v = formatValue(e.value, e.unit);
  const l = formatValue(e.limit, e.unit);
  const who = `${e.subject.kind} ${e.subject.id}`;
  out.findings.push({
    ...row,
    level,
    source: e.version.source,
    message: `${def.zh}（${who}，${e.year}年：${v}，限值 ${l}） / ${def.en} (${who}, ${e.year}: ${v}, limit ${l})`,
  });
}
