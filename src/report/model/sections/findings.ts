/**
 * Limits and findings (SPEC §10 `limits`, `findings`; §11 rule ids): every warning and
 * breach with its message and source, a count per rule of what was evaluated, and every
 * evaluated limit with its headroom.
 */
import type { RunResult } from '../../../core/result.ts';
import { isRuleId, ruleDef } from '../../../core/rules/inForce.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Label, Row, Table } from '../types.ts';
import { LEVEL_LABELS } from '../../../core/labels/enumLabels.ts';
import { limitsWhereNote, messageLabel, officialSource, subjectLabel, type SectionContext } from './context.ts';

/** A rule's short label from the rule table, or '' for an id the table does not know. */
function ruleName(rule: string): Label | string {
  if (!isRuleId(rule)) return '';
  return ruleDef(rule).label;
}

const LEVEL_LABEL = LEVEL_LABELS;

/** Every warning and breach (SPEC §10 `findings`) with rule, source, subject, year, value, limit, headroom, message. */
export function findingsTable({ result: r, scenario, decimals }: SectionContext): Table {
  return buildTable({
    id: 'findings',
    title: { zh: '预警与违规', en: 'Warnings and breaches' },
    subject: { kind: 'scenario', id: r.scenario.id },
    columns: [
      labelCol('level', '级别', 'Level'),
      labelCol('rule', '规则编号', 'Rule id'),
      labelCol('ruleName', '规则名称', 'Rule name'),
      labelCol('source', '依据', 'Source'),
      labelCol('subject', '对象', 'Subject', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('value', '数值', 'Value', 'number'),
      valueCol('limit', '限值', 'Limit', 'number'),
      valueCol('headroom', '空间', 'Headroom', 'number'),
      valueCol('message', '说明', 'Message', 'text', { userText: true }),
    ],
    rows: r.findings.map((f): Row => ({
      subject: f.subject, metric: f.rule, year: f.year,
      cells: [LEVEL_LABEL[f.level], f.rule, ruleName(f.rule), officialSource(f.source), subjectLabel(scenario, f.subject), f.year, f.value, f.limit, f.headroom, messageLabel(f.message)],
    })),
  }, decimals);
}

interface RuleCount { evaluated: number; warnings: number; breaches: number }

/** Per rule: how many subject-years were evaluated, and how many warned or broke (a total row foots the counts). */
export function limitsSummaryTable({ result: r, decimals, limits = 'findings' }: SectionContext): Table {
  const counts = countByRule(r);
  return buildTable({
    note: limitsWhereNote(r, limits),
    id: 'limits-summary',
    title: { zh: '限额检查汇总（按规则）', en: 'Limits evaluated, by rule' },
    subject: { kind: 'scenario', id: r.scenario.id },
    columns: [
      labelCol('rule', '规则编号', 'Rule id'),
      labelCol('ruleName', '规则名称', 'Rule name'),
      valueCol('evaluated', '检查次数', 'Evaluated', 'count', { total: true }),
      valueCol('warnings', '预警', 'Warnings', 'count', { total: true }),
      valueCol('breaches', '违规', 'Breaches', 'count', { total: true }),
    ],
    rows: [...counts].map(([rule, c]): Row => ({ metric: rule, cells: [rule, ruleName(rule), c.evaluated, c.warnings, c.breaches] })),
  }, decimals);
}

function countByRule(r: RunResult): Map<string, RuleCount> {
  const m = new Map<string, RuleCount>();
  const get = (rule: string) => {
    let c = m.get(rule);
    if (!c) m.set(rule, (c = { evaluated: 0, warnings: 0, breaches: 0 }));
    return c;
  };
  for (const l of r.limits) get(l.rule).evaluated += 1;
  for (const f of r.findings) get(f.rule)[f.level === 'breach' ? 'breaches' : 'warnings'] += 1;
  return m;
}

/**
 * The evaluated limits with their headroom (SPEC §6 "Headroom"): every one with `limits:
 * 'all'`, else (the default) those at warning or breach, the note saying where the rest are.
 */
export function limitsTable({ result: r, scenario, decimals, limits = 'findings' }: SectionContext): Table {
  const all = limits === 'all';
  return buildTable({
    id: 'limits',
    title: all ? { zh: '全部限额检查', en: 'Every limit evaluated' } : { zh: '限额检查（预警与违规）', en: 'Limits at warning or breach' },
    note: limitsWhereNote(r, limits),
    subject: { kind: 'scenario', id: r.scenario.id },
    columns: [
      labelCol('rule', '规则编号', 'Rule id'),
      labelCol('subject', '对象', 'Subject', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('value', '数值', 'Value', 'number'),
      valueCol('limit', '限值', 'Limit', 'number'),
      valueCol('headroom', '空间', 'Headroom', 'number'),
      valueCol('level', '级别', 'Level', 'text'),
    ],
    rows: (all ? r.limits : r.limits.filter((l) => l.level !== 'ok')).map((l): Row => ({
      subject: l.subject, metric: l.rule, year: l.year,
      cells: [l.rule, subjectLabel(scenario, l.subject), l.year, l.value, l.limit, l.headroom, LEVEL_LABEL[l.level]],
    })),
  }, decimals);
}
