/**
 * Limits and findings (SPEC §10 `limits`, `findings`; §11 rule ids): every warning and
 * breach with its message and source, a count per rule of what was evaluated, and every
 * evaluated limit with its headroom.
 */
import type { RunResult } from '../../../core/result.ts';
import { isRuleId, ruleDef } from '../../../core/rules/inForce.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Label, MoneyUnit, Row, Table, Unit } from '../types.ts';
import type { RuleUnit } from '../../../core/rules/types.ts';
import { moneyLabel, RULE_UNIT_LABELS } from '../../format/units.ts';
import { LEVEL_LABELS } from '../../../core/labels/enumLabels.ts';
import { limitsWhereNote, messageLabel, officialSource, subjectLabel, type SectionContext } from './context.ts';

/** A rule's short label from the rule table, or '' for an id the table does not know. */
function ruleName(rule: string): Label | string {
  if (!isRuleId(rule)) return '';
  return ruleDef(rule).label;
}

const LEVEL_LABEL = LEVEL_LABELS;

/** How a value in a rule's unit is shown (shares in percent, ratios as multiples, money in the report's unit). */
const SHOWN: Readonly<Record<RuleUnit, Unit>> = { share: 'share', ratio: 'ratio', wan: 'wan', wanPerMu: 'number', km2: 'number', years: 'number', count: 'number', flag: 'number' };

/**
 * The units of a limit row, read from the rule table (SPEC §6 "Headroom"): the row's unit
 * for value and limit, and the words for both units (money in the report's money unit;
 * the headroom stays in its rule unit, 万元 for money).
 */
function unitsOf(rule: string, money: MoneyUnit): { row: Unit; value: Label; headroom: Label } {
  if (!isRuleId(rule)) return { row: 'number', value: { zh: '', en: '' }, headroom: { zh: '', en: '' } };
  const d = ruleDef(rule);
  const words = (u: RuleUnit, shifted: boolean): Label => (u === 'wan' && shifted ? moneyLabel(money) : RULE_UNIT_LABELS[u]);
  return { row: SHOWN[d.unit], value: words(d.unit, true), headroom: words(d.headroomUnit ?? d.unit, false) };
}

/** Every warning and breach (SPEC §10 `findings`) with rule, source, subject, year, value, limit, headroom, message. */
export function findingsTable({ result: r, scenario, decimals, moneyUnit = 'wan' }: SectionContext): Table {
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
      labelCol('unit', '单位', 'Unit'),
      valueCol('headroom', '空间', 'Headroom', 'number', { fixedUnit: true }),
      labelCol('headroomUnit', '空间单位', 'Headroom unit'),
      valueCol('message', '说明', 'Message', 'text', { userText: true }),
    ],
    rows: r.findings.map((f): Row => {
      const u = unitsOf(f.rule, moneyUnit);
      return {
        subject: f.subject, metric: f.rule, year: f.year, unit: u.row,
        cells: [LEVEL_LABEL[f.level], f.rule, ruleName(f.rule), officialSource(f.source), subjectLabel(scenario, f.subject), f.year, f.value, f.limit, u.value, f.headroom, u.headroom, messageLabel(f.message, scenario, f.subject)],
      };
    }),
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
export function limitsTable({ result: r, scenario, decimals, limits = 'findings', moneyUnit = 'wan' }: SectionContext): Table {
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
      labelCol('unit', '单位', 'Unit'),
      valueCol('headroom', '空间', 'Headroom', 'number', { fixedUnit: true }),
      labelCol('headroomUnit', '空间单位', 'Headroom unit'),
      valueCol('level', '级别', 'Level', 'text'),
    ],
    rows: (all ? r.limits : r.limits.filter((l) => l.level !== 'ok')).map((l): Row => {
      const u = unitsOf(l.rule, moneyUnit);
      return {
        subject: l.subject, metric: l.rule, year: l.year, unit: u.row,
        cells: [l.rule, subjectLabel(scenario, l.subject), l.year, l.value, l.limit, u.value, l.headroom, u.headroom, LEVEL_LABEL[l.level]],
      };
    }),
  }, decimals);
}
