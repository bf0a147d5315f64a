/**
 * The 财政承受能力 table (财金〔2015〕21号, SPEC §4.2 and §4.5), in the layout of published
 * 财承 reports: for one paying level (the city or a district), years × the four
 * expenditure types summed over that level's town projects paid from the general budget,
 * plus its existing non-town obligations, against general budget expenditure, with the
 * share and the 5/7/10% lines in force (the result's `thresholds`, SPEC §10: dated rule
 * table, scenario overrides applied).
 */
import { exceeds } from '../../../core/rules/atLine.ts';
import { ruleDef } from '../../../core/rules/inForce.ts';
import { thresholdAt } from '../../../core/rules/thresholds.ts';
import type { RuleId, SubjectKind, ThresholdRow } from '../../../core/rules/types.ts';
import { formatLineValue } from '../../../charts/lines.ts';
import { formulaNote } from '../formulas.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Label, Row, Table } from '../types.ts';
import { LEVEL_LABELS } from '../../../core/labels/enumLabels.ts';
import { obligationsByType } from '../facts.ts';
import { at, atN, factsOf, type SectionContext } from './context.ts';
import { OBLIGATION_TYPES } from './ppp.ts';

const TYPE_KEYS = OBLIGATION_TYPES.map((t) => t.key);
const CEILING = ruleDef('ppp.share.10').label;

/** Levels with a 财承 table: the city, and every district with PPP obligations (a town project it pays, or existing ones). */
export function caichengLevels(ctx: SectionContext): string[] {
  const s = ctx.scenario;
  const f = factsOf(ctx);
  const paying = new Set(s.ppp.filter((p) => p.payer.budget === 'general').map((p) => p.payer.level));
  return ['city', ...s.districts.map((d) => d.id).filter((id) => paying.has(id) || (f.existing.get(id) ?? []).some((x) => x !== 0))];
}

/** The lines a level's share is judged against, most severe first (the 5% gate is the line for a project procured that year). */
const SHARE_LINES: readonly { rule: RuleId; subjectKind: SubjectKind }[] = [
  { rule: 'ppp.share.10', subjectKind: 'district' }, { rule: 'ppp.share.7', subjectKind: 'district' }, { rule: 'ppp.share.5.government-pay', subjectKind: 'ppp' },
];

/** `超7%（PPP支出占比7%预警线）>7% (PPP share 7% warning line)`: the highest line in force the share is above (SPEC §1 "at the line"), or within. */
function lineStatus(share: number | null, year: number, thresholds: readonly ThresholdRow[], level: SubjectKind): Label | string {
  if (share === null) return '—';
  for (const l of SHARE_LINES) {
    const line = thresholdAt(thresholds, l.rule, l.subjectKind === 'ppp' ? 'ppp' : level, year)?.value ?? null;
    if (line === null || !exceeds(share, line)) continue;
    const { label } = ruleDef(l.rule);
    const v = formatLineValue(line, 'share');
    return { zh: `超${v}（${label.zh}）`, en: `Above ${v} (${label.en})` };
  }
  return LEVEL_LABELS.ok;
}

/** The 财承 table of one paying level (`city` or a district id); money columns foot both ways. */
export function caichengTable(ctx: SectionContext, level: string): Table {
  const { result: r, scenario: s } = ctx;
  const district = s.districts.find((d) => d.id === level);
  const f = factsOf(ctx);
  const projects = s.ppp.filter((p) => p.payer.budget === 'general' && p.payer.level === level).map((p) => p.id);
  const existing = f.existing.get(level) ?? [];
  const expenditure = f.budget.get(level) ?? [];
  const byTypeSeries = TYPE_KEYS.map((k) => obligationsByType(f, projects, k));
  const share = district ? (r.districts.find((d) => d.id === level)?.pppShare ?? []) : r.city.pppShare;
  const levelName = district ? district.name : `${s.city.name}（市级）`;
  const rows = r.years.map((y, i): Row => {
    const byType = byTypeSeries.map((series) => at(series, i));
    const limit10 = thresholdAt(r.thresholds, 'ppp.share.10', district ? 'district' : 'city', y)?.value ?? null;
    const e = at(expenditure, i);
    return {
      year: y,
      cells: [y, ...byType, null, at(existing, i), null, e, null, limit10, null, null, lineStatus(atN(share, i), y, r.thresholds, district ? 'district' : 'city')],
    };
  });
  return buildTable({
    id: `caicheng-${level}`,
    title: { zh: `财政承受能力论证：${levelName}`, en: `Fiscal affordability review (财承): ${district ? district.name : 'city level'}` },
    sheet: district ? { zh: `财承 ${district.name}`, en: `Affordability ${district.name}` } : { zh: '财承 市级', en: 'Affordability city' },
    subject: { kind: district ? 'district' : 'city', id: level },
    columns: [
      labelCol('year', '年份', 'Year', 'year'),
      ...OBLIGATION_TYPES.map((t) => valueCol(t.key, t.zh, t.en, 'wan', { total: true })),
      valueCol('townProjects', '小镇项目小计', 'Town projects, subtotal', 'wan', { total: true, sumOf: TYPE_KEYS }),
      valueCol('existing', '存量非小镇项目', 'Existing non-town projects', 'wan', { total: true }),
      valueCol('obligations', '支出责任合计', 'Obligations, total', 'wan', { total: true, sumOf: [...TYPE_KEYS, 'existing'] }),
      valueCol('budgetExpenditure', '一般公共预算支出', 'General budget expenditure', 'wan', { total: true }),
      valueCol('pppShare', '占比', 'Share', 'share', { formula: { kind: 'ratio', num: ['obligations'], den: ['budgetExpenditure'] } }),
      valueCol('limitShare', CEILING.zh, CEILING.en, 'share'),
      valueCol('limit10', `${CEILING.zh}对应金额`, `${CEILING.en}, amount`, 'wan', { formula: { kind: 'product', of: ['limitShare', 'budgetExpenditure'] } }),
      valueCol('headroom', '距红线空间', 'Headroom under the ceiling', 'wan', { formula: { kind: 'difference', a: 'limit10', b: 'obligations' } }),
      valueCol('status', '占比线（现行）', 'Share lines in force', 'text'),
    ],
    rows,
    keepTogether: true,
    note: formulaNote(ctx.result, ['pppShare'], { zh: '仅计一般公共预算支付的项目。', en: 'General-budget projects only.' }, {
      zh: '红线对应金额 = 红线 × 一般公共预算支出；距红线空间 = 红线对应金额 − 支出责任合计。占比线判断按未舍入数。',
      en: 'Ceiling amount = ceiling × expenditure; headroom = ceiling amount − obligations. The lines are judged on unrounded figures.',
    }),
  }, ctx.decimals);
}
