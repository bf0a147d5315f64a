/**
 * Columns of rows keyed by a rule and a subject (SPEC §10 `limits`, `findings`, stress
 * `breaches`): the rule, the subject, and the rule's units from the rule table (SPEC §6
 * "Headroom": the headroom is in the restricted quantity's unit).
 */
import { isRuleId, ruleDef } from '../core/rules/inForce.ts';
import type { Finding, LimitRow, Subject } from '../core/rules/types.ts';
import { col, type Cell, type Column } from './columns.ts';

const unitOf = (rule: string): Cell => (isRuleId(rule) ? ruleDef(rule).unit : null);
const headroomUnitOf = (rule: string): Cell => (isRuleId(rule) ? (ruleDef(rule).headroomUnit ?? ruleDef(rule).unit) : null);

/** `rule`, `subjectKind`, `subject` of a row keyed by rule and subject (`kinds`: the subject kinds, for the description). */
export function ruleSubjectColumns<R extends { readonly rule: string; readonly subject: Subject }>(kinds?: string): Column<R, unknown>[] {
  return [
    col<R, unknown>('rule', 'id', '规则编号', 'rule id', (r) => r.rule),
    col<R, unknown>('subjectKind', 'text', kinds ? `对象类型（${kinds}）` : '对象类型', 'subject kind', (r) => r.subject.kind),
    col<R, unknown>('subject', 'id', '对象编号', 'subject id', (r) => r.subject.id),
  ];
}

/** The columns a limit row and a finding share, after `scenario` and before `level` (findings) / `value` (limits). */
export function ruleRowHead<R extends LimitRow | Finding>(kinds: string): Column<R, unknown>[] {
  return [...ruleSubjectColumns<R>(kinds), col<R, unknown>('year', 'year', '预算年度', 'budget year', (r) => r.year)];
}
/** `value`, `limit`, `headroom` of a limit row or finding, then the rule's units. */
export function ruleRowFigures<R extends LimitRow | Finding>(): Column<R, unknown>[] {
  return [
    col<R, unknown>('value', 'rule', '指标值', 'value', (r) => r.value),
    col<R, unknown>('limit', 'rule', '限值', 'line', (r) => r.limit),
    col<R, unknown>('headroom', 'ruleHeadroom', '空间（越线为负）', 'headroom (negative when crossed)', (r) => r.headroom),
    ...ruleUnitColumns<R>(),
  ];
}

/** `unit` and `headroomUnit` of a row's rule, from the rule table (`ruleDef(rule)`, SPEC §6 "Headroom"); null for an id the table lacks. */
export function ruleUnitColumns<R extends { readonly rule: string }>(): Column<R, unknown>[] {
  return [
    col<R, unknown>('unit', 'text', '规则单位（ruleDef(rule).unit）', "the rule's unit (value and line)", (r) => unitOf(r.rule)),
    col<R, unknown>('headroomUnit', 'text', '空间单位（受限量的单位，SPEC §6）', "the headroom's unit (the restricted quantity, SPEC §6)", (r) => headroomUnitOf(r.rule)),
  ];
}
