/**
 * The rule lines in force (SPEC §10 `thresholds`, §11): every line the run was judged
 * against — rule, its name from the rule table, kind of subject, parameter, span of key
 * years, value in the rule's unit and the level crossing it gives — after the scenario's
 * overrides and dated versions, so a printed report states the lines its findings, charts
 * and bands used. Flag rules (no line) are left out.
 */
import { ruleDef } from '../../../core/rules/inForce.ts';
import type { RuleUnit } from '../../../core/rules/types.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Row, Table, Unit } from '../types.ts';
import type { SectionContext } from './context.ts';
import { anyEnumLabel, LEVEL_LABELS, SUBJECT_KIND_LABELS } from '../../../core/labels/enumLabels.ts';
import { RULE_UNIT_LABELS } from '../../format/units.ts';

/** How a line's value is shown: shares as percent, ratios as multiples, others as given. */
const SHOWN: Readonly<Record<RuleUnit, Unit>> = { share: 'share', ratio: 'ratio', wan: 'wan', wanPerMu: 'raw', km2: 'raw', years: 'raw', count: 'raw', flag: 'raw' };
const UNIT_TEXT = RULE_UNIT_LABELS;
const LEVEL_LABEL = LEVEL_LABELS;
const KIND_LABEL = SUBJECT_KIND_LABELS;

/** One row per threshold in force with a value (`result.thresholds`, in rule-table order). */
export function ruleLinesTable({ result: r, decimals }: SectionContext): Table {
  return buildTable({
    id: 'rule-lines',
    title: { zh: '规则线（现行，含情景覆盖）', en: 'Rule lines in force (scenario overrides applied)' },
    subject: { kind: 'scenario', id: r.scenario.id },
    columns: [
      labelCol('rule', '规则编号', 'Rule id'),
      labelCol('ruleName', '规则名称', 'Rule name'),
      labelCol('subjectKind', '对象类别', 'Subject kind'),
      labelCol('param', '参数', 'Parameter'),
      labelCol('from', '起始年', 'From', 'year'),
      labelCol('to', '截止年', 'To', 'year'),
      valueCol('value', '线值', 'Line', 'raw'),
      labelCol('unit', '单位', 'Unit'),
      labelCol('level', '级别', 'Level'),
    ],
    rows: r.thresholds.flatMap((t): Row[] => {
      if (t.value === null) return [];
      const { label } = ruleDef(t.rule);
      return [{
        metric: t.param ? `${t.rule}.${t.param}` : t.rule,
        unit: SHOWN[t.unit],
        cells: [t.rule, label, KIND_LABEL[t.subjectKind], t.param ? (anyEnumLabel(t.param) ?? t.param) : '', t.from, t.to, t.value, UNIT_TEXT[t.unit], LEVEL_LABEL[t.level]],
      }];
    }),
    note: { zh: '键年份：市、区、小镇规则为模拟年份，PPP项目为采购年份，子基金为设立年份；截止年为空表示持续有效。', en: 'Key year: the simulated year for city, district and town rules, the procurement year for PPP projects, the establishment year for funds; an empty "to" is open-ended.' },
  }, decimals);
}
