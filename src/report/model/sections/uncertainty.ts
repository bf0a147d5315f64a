/**
 * 不确定性 Uncertainty (SPEC §8, issue #14): the tables of a stress run in a report — the
 * fan-chart percentiles of each key series by year, the probability of crossing each limit
 * (rows crossed on at least one path; every row at once over the horizon), and the PPP
 * contingent liabilities, by project and by paying level against its 财承 room. Each table's
 * note names the seed, the path count and the scenario hash, so the figures trace to their
 * run, and cites docs/methodology.md (never the specification). Probabilities are shares
 * (shown as percents).
 */
import type { Scenario } from '../../../core/model/scenario.ts';
import type { StressResult } from '../../../core/stress/reduce.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Label, Table } from '../types.ts';
import { SUBJECT_KIND_LABELS } from '../../../core/labels/enumLabels.ts';
import type { Subject, SubjectKind } from '../../../core/rules/types.ts';
import { namer, subjectLabel } from './context.ts';

/** Unit of a key series: debt ratios and shares in percent (issue #18), money in the report's unit. */
function seriesUnit(key: string): 'wan' | 'share' {
  return key.endsWith('Ratio') || key.endsWith('pppShare') ? 'share' : 'wan';
}

/** Words of the key series' measures (`src/core/stress/keySeries.ts` names them `city.fiscalCost`, `district.<id>.broadRatio`, …). */
const MEASURES: Readonly<Record<string, Label>> = {
  fiscalCost: { zh: '财政成本', en: 'Fiscal cost' },
  rewardsPaid: { zh: '奖补支付', en: 'Rewards paid' },
  pppShare: { zh: 'PPP支出占比', en: 'PPP share' },
  'rewardPool.lapsed': { zh: '资金池失效申领', en: 'Pool claims lapsed' },
  broadRatio: { zh: '宽口径债务率', en: 'Broad debt ratio' },
  legalRatio: { zh: '法定债务率', en: 'Legal debt ratio' },
  debtHeadroom: { zh: '债务限额空间', en: 'Headroom under the debt limit' },
};

/** `市级 财政成本`, `从化区 宽口径债务率`: a key series in words (districts by name when the scenario is given). */
function seriesLabel(key: string, districtName: (id: string) => string): Label | string {
  const [level, ...rest] = key.split('.');
  const district = level === 'district' ? rest.shift() : undefined;
  const measure = MEASURES[rest.join('.')];
  if (!measure || (level !== 'city' && district === undefined)) return key;
  const where = district === undefined ? { zh: '市级', en: 'City' } : { zh: districtName(district), en: districtName(district) };
  return { zh: `${where.zh} ${measure.zh}`, en: `${where.en}: ${measure.en}` };
}

function provenance(s: StressResult): Label {
  const h = s.scenario.hash.slice(0, 12);
  return {
    zh: `蒙特卡洛：种子 ${s.seed}，${s.paths} 条路径${s.preset ? `，预设 ${s.preset}` : ''}，情景哈希 ${h}。分布参数为校准值而非事实（见 docs/methodology.md#uncertainty）。`,
    en: `Monte Carlo: seed ${s.seed}, ${s.paths} paths${s.preset ? `, preset ${s.preset}` : ''}, scenario hash ${h}. The distributions are calibrations, not facts (docs/methodology.md#uncertainty).`,
  };
}

/** Percentiles P5…P95 of every key series by year (fan-chart data). */
export function fanChartTable(s: StressResult, decimals: number, districtName: (id: string) => string = (id) => id): Table {
  const rows = Object.entries(s.series).flatMap(([key, byYear]) => byYear.map((q, t) => ({
    cells: [key, seriesLabel(key, districtName), s.years[t]!, ...q],
    metric: key,
    year: s.years[t]!,
    unit: seriesUnit(key),
  })));
  return buildTable({
    id: 'stress-fan',
    title: { zh: '不确定性：关键序列分位数', en: 'Uncertainty: percentiles of the key series' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('seriesId', '序列编号', 'Series id'),
      labelCol('series', '序列', 'Series'),
      labelCol('year', '年份', 'Year', 'year'),
      ...s.percentiles.map((p) => valueCol(`p${p}`, `P${p}`, `P${p}`, 'number')),
    ],
    rows,
    note: provenance(s),
  }, decimals);
}

/** `小镇 conghua-hot-spring`: the subject's kind in words, then its id (when no scenario names it). */
function kindAndId(subject: { readonly kind: SubjectKind; readonly id: string }): Label {
  const k = SUBJECT_KIND_LABELS[subject.kind];
  return { zh: `${k.zh} ${subject.id}`, en: `${k.en} ${subject.id}` };
}

/**
 * Limit rows crossed on at least one path: probability and expected shortfall; then per rule
 * and subject, at least once. The subject column names it as a reader knows it (`区 从化区`,
 * `subject` from the scenario's districts, towns, PPP projects, funds and programs; issue #18
 * "no English codes in Chinese output"); the row's `subject` keeps the kind and id.
 */
export function breachProbabilityTable(s: StressResult, decimals: number, subject: (x: Subject) => Label = kindAndId): Table {
  const ever = s.breachesEver.filter((b) => b.probability > 0);
  const rows = [
    ...ever.map((b) => ({ cells: [b.rule, subject(b.subject), { zh: '期内任一年', en: 'any year' }, b.probability, null], subject: b.subject })),
    ...s.breaches.filter((b) => b.probability > 0).map((b) => ({
      cells: [b.rule, subject(b.subject), String(b.year), b.probability, b.expectedShortfall], subject: b.subject, year: b.year,
    })),
  ];
  return buildTable({
    id: 'stress-breaches',
    title: { zh: '不确定性：越线概率', en: 'Uncertainty: probability of crossing a limit' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('rule', '规则编号', 'Rule id'),
      labelCol('subject', '对象', 'Subject', 'text', true),
      labelCol('year', '年份', 'Year'),
      valueCol('probability', '概率', 'Probability', 'share'),
      valueCol('expectedShortfall', '越线部分均值', 'Expected shortfall', 'number'),
    ],
    rows,
    note: {
      zh: `越线 = 违规，风险等级为黄及以上；未列出的限额在所有路径中均未越线。${provenance(s).zh}`,
      en: `Crossed = a breach, or a tier of yellow or worse; limits not listed were never crossed on any path. ${provenance(s).en}`,
    },
  }, decimals);
}

/** PPP contingent liabilities (minimum-revenue guarantees, buy-backs): expected payout and P95 per project (its id for pivots, then its name) and year. */
export function contingentTable(s: StressResult, decimals: number, pppName: (id: string) => string = (id) => id): Table {
  return buildTable({
    id: 'stress-contingent',
    title: { zh: '不确定性：PPP 或有负债', en: 'Uncertainty: PPP contingent liabilities' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('projectId', '项目编号', 'Project id', 'text', true),
      labelCol('ppp', '项目', 'Project', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('expected', '期望支付', 'Expected payout', 'wan', { total: true }),
      valueCol('p95', 'P95', 'P95', 'wan'),
    ],
    rows: s.contingent.map((c) => ({ cells: [c.ppp, pppName(c.ppp), c.year, c.expected, c.p95], subject: { kind: 'ppp', id: c.ppp }, year: c.year })),
    note: {
      zh: `保底承诺：收入低于保底比例的差额；回购：约定金额。${provenance(s).zh}`,
      en: `Minimum-revenue guarantee: the revenue shortfall below the floor; buy-back: the contracted amount. ${provenance(s).en}`,
    },
  }, decimals);
}

/**
 * Contingent payouts per paying level and year beside the level's 财承 room (SPEC §4.5; issue
 * #14 "shown against the affordability room of the paying level"): the line in force, the
 * room under it in the deterministic run, the expected and P95 payout, and the room left
 * after a P95 payout. Years with no payout on any path are left out.
 */
export function contingentRoomTable(s: StressResult, decimals: number, name: (id: string) => string = (id) => id): Table {
  const rows = (s.contingentRoom ?? []).filter((r) => r.p95 > 0 || r.expected > 0).map((r) => {
    const subject = r.level === 'city' ? { kind: 'city' as const, id: 'city' } : { kind: 'district' as const, id: r.level };
    return { cells: [r.level === 'city' ? { zh: '市级', en: 'City level' } : name(r.level), r.year, r.line, r.room, r.expected, r.p95, r.room === null ? null : r.room - r.p95, r.probabilityAboveRoom ?? null], subject, year: r.year };
  });
  return buildTable({
    id: 'stress-contingent-room',
    title: { zh: '不确定性：或有负债与财承空间', en: 'Uncertainty: contingent liabilities against the affordability room' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('level', '付费层级', 'Paying level', 'text', true),
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('line', '财承红线', 'Ceiling', 'share'),
      valueCol('room', '财承空间', 'Room', 'wan'),
      valueCol('expected', '期望支付', 'Expected payout', 'wan'),
      valueCol('p95', 'P95', 'P95', 'wan'),
      valueCol('roomAfterP95', 'P95 支付后剩余空间', 'Room after a P95 payout', 'wan'),
      valueCol('probabilityAboveRoom', '支付超出空间的概率', 'Probability the payout exceeds the room', 'share'),
    ],
    rows,
    note: {
      zh: `财承空间 = 红线 × 一般公共预算支出 − 该层级已有 PPP 支出责任（确定性运行，见 docs/methodology.md#ppp-share）；或有支付列示于旁，未计入空间。${provenance(s).zh}`,
      en: `Room = the ceiling × general budget expenditure − the level's PPP obligations (deterministic run; docs/methodology.md#ppp-share); payouts are shown beside it, not added into it. ${provenance(s).en}`,
    },
  }, decimals);
}

/** The uncertainty section's tables (the 财承-room table when the run has contingent terms), subjects named from `scenario`. */
export function uncertaintyTables(s: StressResult, decimals: number, scenario: Scenario): Table[] {
  const name = namer(scenario.districts);
  const room = (s.contingentRoom ?? []).some((r) => r.p95 > 0 || r.expected > 0) ? [contingentRoomTable(s, decimals, name)] : [];
  return [fanChartTable(s, decimals, name), breachProbabilityTable(s, decimals, (x) => subjectLabel(scenario, x)), contingentTable(s, decimals, namer(scenario.ppp)), ...room];
}
