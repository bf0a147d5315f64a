/**
 * 主要假设 Key assumptions (issue #18 "Assumptions as a table"): what a reader must know to
 * judge the figures — the horizon, discounting, the city's retained tax share, the reward
 * policy (pool, KPI weights, elastic curve, fail line, removal streak, rectification
 * factor), the composite ratio's conversion rates — and every rule line in force after the
 * scenario's overrides (SPEC §10 `thresholds`), each with label, value, unit and source.
 * Labels, units and document numbers of the lines come from `src/core/rules`; none is a
 * literal here. The raw parameter dump (`assumptions.ts`) stays in XLSX and CSV only.
 */
import { overrideOf, ruleDef, ruleVersions } from '../../../core/rules/inForce.ts';
import type { ThresholdRow } from '../../../core/rules/types.ts';
import { DEFAULT_CONVERSION_RATES } from '../../../core/debt/defaults.ts';
import type { Scenario } from '../../../core/model/scenario.ts';
import type { SeriesSpec } from '../../../core/model/series.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Cell, Label, Row, Table, Unit } from '../types.ts';
import type { SectionContext } from './context.ts';
import { RULE_UNIT_LABELS } from '../../format/units.ts';

/** How a line is shown: shares and district debt ratios in percent (as the tables show ratios), others in their unit. */
export function lineUnit(t: Pick<ThresholdRow, 'rule' | 'unit'>): Unit {
  if (t.unit === 'share') return 'share';
  if (t.unit === 'ratio') return t.rule.startsWith('district.') ? 'share' : 'ratio';
  if (t.unit === 'count' || t.unit === 'years') return 'count';
  return 'raw';
}

/** Words of the named parameters of multi-line rules (tier edges, area bounds, warning band). */
const PARAM_WORD: Readonly<Record<string, Label>> = {
  yellow: { zh: '黄档起点', en: 'yellow tier from' },
  orange: { zh: '橙档起点', en: 'orange tier from' },
  red: { zh: '红档起点', en: 'red tier from' },
  min: { zh: '下限', en: 'minimum' },
  max: { zh: '上限', en: 'maximum' },
  warnAbove: { zh: '预警线', en: 'warning above' },
};

const SUBJECT_WORD: Readonly<Record<ThresholdRow['subjectKind'], Label>> = {
  city: { zh: '市级', en: 'city' }, district: { zh: '区级', en: 'district' }, town: { zh: '小镇', en: 'town' },
  ppp: { zh: 'PPP项目', en: 'PPP project' }, fund: { zh: '子基金', en: 'fund' }, bond: { zh: '专项债', en: 'special bond' },
  program: { zh: '奖补项目', en: 'reward program' },
};

const KPI_WORD: Readonly<Record<string, Label>> = {
  investment: { zh: '投资', en: 'investment' }, tax: { zh: '税收', en: 'tax' }, jobs: { zh: '就业', en: 'jobs' },
  enterprises: { zh: '入驻企业', en: 'enterprises' }, visitors: { zh: '游客', en: 'visitors' },
};
const POOL_MODE: Readonly<Record<string, Label>> = { prorate: { zh: '按比例兑付', en: 'prorated' }, queue: { zh: '排队结转', en: 'queued to later years' } };

/** A series input in words: `100,000 万元/年，年增长 0%`, or `按年设定（见XLSX/CSV）`. */
function seriesText(s: SeriesSpec): Label {
  if (s.kind === 'growth') {
    const base = s.base.toLocaleString('en-US', { maximumFractionDigits: 6 });
    const g = `${Number((s.growth * 100).toFixed(4))}%`;
    return { zh: `${base} 万元/年，年增长 ${g}`, en: `${base} 万元 a year, growing ${g} a year` };
  }
  return { zh: '按年份设定（逐年取值见XLSX/CSV假设表）', en: 'set year by year (values in the XLSX/CSV assumptions)' };
}

const pctText = (x: number) => `${Number((x * 100).toFixed(4))}%`;

/** One key-assumption row; `value` in `unit`, the unit word and the source as text. */
interface KeyRow { readonly metric: string; readonly label: Label; readonly value: Cell; readonly unit: Unit; readonly unitText: Label; readonly source: Label }

const SCENARIO_SOURCE = (path: string): Label => ({ zh: `情景参数 ${path}`, en: `scenario input ${path}` });

/** The scenario's own key inputs (SPEC §1–§3, §6). */
function scenarioRows(s: Scenario): KeyRow[] {
  const p = s.rewards;
  const none: Label = { zh: '', en: '' };
  const rows: KeyRow[] = [
    { metric: 'startYear', label: { zh: '起始年份', en: 'First year' }, value: s.startYear, unit: 'year', unitText: { zh: '年', en: 'year' }, source: SCENARIO_SOURCE('startYear') },
    { metric: 'horizonYears', label: { zh: '模拟年数', en: 'Years simulated' }, value: s.horizonYears, unit: 'count', unitText: { zh: '年', en: 'years' }, source: SCENARIO_SOURCE('horizonYears') },
    s.city.discountRate.kind === 'flat'
      ? { metric: 'discountRate', label: { zh: '折现率（地方政府债券收益率）', en: 'Discount rate (local-government bond yield)' }, value: s.city.discountRate.rate, unit: 'share', unitText: { zh: '%', en: '%' }, source: SCENARIO_SOURCE('city.discountRate') }
      : {
        metric: 'discountRate', label: { zh: '折现率曲线（按期限，地方政府债券收益率）', en: 'Discount-rate curve by tenor (local-government bond yield)' },
        value: s.city.discountRate.byTenor.map(pctText).join(' → '), unit: 'text', unitText: { zh: '%', en: '%' }, source: SCENARIO_SOURCE('city.discountRate'),
      },
    { metric: 'retainedShare', label: { zh: '市级税收留成比例', en: "City's retained share of town taxes" }, value: s.city.retainedShare, unit: 'share', unitText: { zh: '%', en: '%' }, source: SCENARIO_SOURCE('city.retainedShare') },
    {
      metric: 'rewards.pool', label: { zh: '奖补资金池', en: 'Reward pool' },
      value: p.pool === null ? { zh: '不设上限', en: 'no cap' } : seriesText(p.pool), unit: 'text', unitText: { zh: '万元', en: '万元' }, source: SCENARIO_SOURCE('rewards.pool'),
    },
    { metric: 'rewards.poolMode', label: { zh: '资金池不足时', en: 'When claims exceed the pool' }, value: POOL_MODE[p.poolMode] ?? { zh: p.poolMode, en: p.poolMode }, unit: 'text', unitText: none, source: SCENARIO_SOURCE('rewards.poolMode') },
    { metric: 'rewards.achievementCap', label: { zh: '单项达成率上限', en: 'Cap on each KPI achievement' }, value: p.achievementCap, unit: 'ratio', unitText: { zh: '倍', en: '×' }, source: SCENARIO_SOURCE('rewards.achievementCap') },
    {
      metric: 'rewards.weights', label: { zh: '考核指标权重', en: 'KPI weights' },
      value: Object.keys(p.weights).length === 0 ? { zh: '等权', en: 'equal' } : {
        zh: Object.entries(p.weights).map(([k, w]) => `${KPI_WORD[k]?.zh ?? k} ${pctText(w)}`).join('、'),
        en: Object.entries(p.weights).map(([k, w]) => `${KPI_WORD[k]?.en ?? k} ${pctText(w)}`).join(', '),
      },
      unit: 'text', unitText: { zh: '%', en: '%' }, source: SCENARIO_SOURCE('rewards.weights'),
    },
    {
      metric: 'rewards.curve', label: { zh: '弹性系数曲线 m = f(A)', en: 'Elastic curve m = f(A)' },
      value: p.curve.kind === 'points' ? p.curve.points.map((q) => `(${q.A}, ${q.m})`).join('、') : p.curve.formula,
      unit: 'text', unitText: { zh: '（达成度, 系数）', en: '(achievement, multiplier)' }, source: SCENARIO_SOURCE('rewards.curve'),
    },
    { metric: 'rewards.failBelow', label: { zh: '年度考核不合格线（综合达成度低于）', en: 'A year fails below composite achievement' }, value: p.failBelow, unit: 'ratio', unitText: { zh: '倍', en: '×' }, source: SCENARIO_SOURCE('rewards.failBelow') },
    { metric: 'rewards.consecutiveFails', label: { zh: '连续不合格淘汰年数', en: 'Consecutive failing years that remove a town' }, value: p.consecutiveFails, unit: 'count', unitText: { zh: '年', en: 'years' }, source: SCENARIO_SOURCE('rewards.consecutiveFails') },
    { metric: 'rewards.rectifyPayFactor', label: { zh: '整改期奖补系数', en: 'Pay factor in rectification' }, value: p.rectifyPayFactor, unit: 'ratio', unitText: { zh: '倍', en: '×' }, source: SCENARIO_SOURCE('rewards.rectifyPayFactor') },
  ];
  // districts with the same rates share a row (the bundled ones all take the defaults)
  const groups = new Map<string, { names: string[]; ids: string[]; given: boolean; g: number; p: number }>();
  for (const d of s.districts) {
    const c = d.conversionRates ?? DEFAULT_CONVERSION_RATES;
    const key = `${c.guaranteed}|${c.platform}|${d.conversionRates !== undefined}`;
    const e = groups.get(key) ?? { names: [], ids: [], given: d.conversionRates !== undefined, g: c.guaranteed, p: c.platform };
    e.names.push(d.name); e.ids.push(d.id);
    groups.set(key, e);
  }
  for (const e of groups.values()) {
    const all = e.ids.length === s.districts.length;
    const source: Label = e.given ? SCENARIO_SOURCE('districts[].conversionRates') : { zh: '默认值：2013年全国政府性债务审计折算率（发改规划〔2017〕2084号）', en: 'default: the 2013 national audit rates (发改规划〔2017〕2084号)' };
    rows.push({
      metric: `conversionRates:${e.ids.join('|')}`,
      label: { zh: `${all ? '各区' : e.names.join('、')} 综合债务率折算率（担保债务、平台债务）`, en: `${all ? 'Every district' : e.ids.join(', ')}: composite-ratio conversion rates (guaranteed, platform)` },
      value: `${e.g}、${e.p}`, unit: 'text', unitText: { zh: '倍', en: '×' }, source,
    });
  }
  return rows;
}

/** A source as an official report prints it: without the rule table's notes on where a figure was read (issue #18). */
export function officialText(source: string): string {
  return source.replace(/[，,;；]?\s*secondary\b/g, '').replace(/[（(]\s*[)）]/g, '').replace(/\s+([；;)）])/g, '$1').trim();
}

/** The document number of the version of `t.rule` in force from `t.from`; `情景覆盖` when the scenario overrides it. */
function lineSource(t: ThresholdRow, s: Scenario): Label {
  const versions = ruleVersions(t.rule, s.rules);
  let doc = versions[0]?.source ?? '';
  for (const v of versions) if (v.from <= t.from) doc = v.source;
  doc = officialText(doc);
  if (overrideOf(t.rule, s.rules) === undefined) return { zh: doc, en: doc };
  return { zh: `情景覆盖 rules.${t.rule}（原依据：${doc}）`, en: `scenario override rules.${t.rule} (table: ${doc})` };
}

/** A line in force from this year or earlier applies to every year (the rule table's "always" versions). */
const ALWAYS = 1900;
const PARAM_ORDER = ['min', 'max', 'warnAbove', 'yellow', 'orange', 'red'];

/** One row per line in force with a value (`result.thresholds`, rule-table order; tier edges low to high). */
function lineRows(all: readonly ThresholdRow[], s: Scenario): KeyRow[] {
  const ruleRank = new Map<string, number>();
  all.forEach((t, i) => { if (!ruleRank.has(t.rule)) ruleRank.set(t.rule, i); });
  const rows = all.map((t, i) => ({ t, i })).sort((a, b) => (ruleRank.get(a.t.rule) ?? 0) - (ruleRank.get(b.t.rule) ?? 0)
    || PARAM_ORDER.indexOf(a.t.param ?? '') - PARAM_ORDER.indexOf(b.t.param ?? '') || a.i - b.i).map((x) => x.t);
  return rows.flatMap((t): KeyRow[] => {
    if (t.value === null) return [];
    const def = ruleDef(t.rule);
    const param = t.param ? (PARAM_WORD[t.param] ?? { zh: t.param, en: t.param }) : null;
    const always = t.from <= ALWAYS && t.to === null;
    const span = always ? '' : `，${t.from}${t.to === null ? '年起' : `–${t.to}年`}`;
    const spanEn = always ? '' : t.to === null ? `, from ${t.from}` : `, ${t.from}–${t.to}`;
    const unit = lineUnit(t);
    const who = SUBJECT_WORD[t.subjectKind];
    return [{
      metric: t.param ? `${t.rule}.${t.param}` : t.rule,
      label: {
        zh: `${def.label.zh}${param ? `·${param.zh}` : ''}（${who.zh}${span}）`,
        en: `${def.label.en}${param ? `, ${param.en}` : ''} (${who.en}${spanEn})`,
      },
      value: t.value,
      unit,
      unitText: unit === 'share' ? RULE_UNIT_LABELS.share : RULE_UNIT_LABELS[t.unit],
      source: lineSource(t, s),
    }];
  });
}

/** 主要假设: the scenario's key inputs, then the rule lines in force. */
export function keyAssumptionsTable({ result, scenario, decimals }: SectionContext): Table {
  const rows = [...scenarioRows(scenario), ...lineRows(result.thresholds, scenario)].map((k): Row => ({
    metric: k.metric,
    unit: k.unit,
    cells: [k.label, k.value, k.unitText, k.source],
  }));
  return buildTable({
    id: 'key-assumptions',
    title: { zh: '主要假设（含现行规则线）', en: 'Key assumptions (with the rule lines in force)' },
    subject: { kind: 'scenario', id: scenario.id },
    columns: [
      labelCol('item', '项目', 'Item', 'text', true),
      valueCol('value', '取值', 'Value', 'number', { userText: true }),
      labelCol('unit', '单位', 'Unit'),
      labelCol('source', '来源', 'Source'),
    ],
    rows,
    note: {
      zh: '规则线为本情景实际适用的数值（已含情景覆盖和分年版本）；债务率以百分数列示。全部输入参数逐项列于XLSX与CSV的「假设」表。计算方法见 docs/methodology.md。',
      en: 'Rule lines are the values this scenario was judged against (overrides and dated versions applied); debt ratios in percent. Every input, path by path, is in the XLSX and CSV "Assumptions" table. Methods: docs/methodology.md.',
    },
  }, decimals);
}
