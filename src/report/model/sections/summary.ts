/**
 * Key metrics of one run (SPEC §10 `summary`). Totals that also appear in the city table
 * are taken from that table's total row, so the summary shows the same displayed figure
 * as the table it summarises (the report foots across tables, not only within one).
 */
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Cell, Label, MoneyUnit, Table, Unit } from '../types.ts';
import { moneyLabel } from '../../format/units.ts';
import { TIER_LABELS } from '../../../core/labels/enumLabels.ts';
import { METHODOLOGY } from '../formulas.ts';
import { limitsWhereNote, type SectionContext } from './context.ts';

/** Chinese names of the risk tiers (SPEC §6), from the shared label table. */
export const TIER_ZH = { green: TIER_LABELS.green.zh, yellow: TIER_LABELS.yellow.zh, orange: TIER_LABELS.orange.zh, red: TIER_LABELS.red.zh } as const;

function totalOf(t: Table, key: string): number | null {
  const i = t.columns.findIndex((c) => c.key === key);
  const v = t.total?.[i];
  return typeof v === 'number' ? v : null;
}

const NONE: Label = { zh: '', en: '' };
/** The unit column's words (money: the report's money unit). */
const unitWords = (money: MoneyUnit): Readonly<Record<Unit, Label>> => ({
  wan: { zh: moneyLabel(money).zh, en: moneyLabel(money).zh }, share: { zh: '%', en: '%' }, ratio: { zh: '倍', en: '×' }, number: NONE, raw: NONE,
  pp: { zh: '个百分点', en: 'pp' }, count: { zh: '条', en: 'count' }, mu: { zh: '亩', en: 'mu' }, perJob: { zh: '万元/人', en: '10,000 yuan per job' }, year: { zh: '年', en: 'year' }, text: NONE,
});

/** A note followed by where the formulas are (issue #18: a figure traces to its formula). */
function withFormulasPointer(note: Label): Label {
  return {
    zh: `${note.zh}各项指标的计算口径、包括与不包括的内容和依据文件见「计算口径」表及 ${METHODOLOGY}。`,
    en: `${note.en} How each figure is computed, what it includes and leaves out, and its documents: the table "How the figures are computed" and ${METHODOLOGY}.`,
  };
}

/**
 * Key metrics; `city`, `ppp` and `towns` are the section's city, PPP-obligation and towns
 * tables, whose displayed totals the summary repeats.
 */
export function summaryTable(ctx: SectionContext, city: Table, ppp: Table, towns: Table): Table {
  const s = ctx.result.summary;
  const words = unitWords(ctx.moneyUnit ?? 'wan');
  // [metric, zh, en, value, unit]
  const rows: Array<[string, string, string, Cell, Unit]> = [
    ['fiscalCostTotal', '财政成本合计', 'Fiscal cost, total', totalOf(city, 'fiscalCost'), 'wan'],
    ['fiscalCostNpv', '财政成本现值', 'Fiscal cost, NPV', s.fiscalCostNpv, 'wan'],
    ['rewardsTotal', '奖补支付合计', 'Rewards paid, total', totalOf(city, 'rewardsPaid'), 'wan'],
    ['wastedOnRemoved', '支付给后被淘汰小镇', 'Paid to towns later removed', s.wastedOnRemoved, 'wan'],
    ['receivableAtEnd', '期末未追回的追缴款', 'Clawbacks receivable at the end', totalOf(towns, 'receivableAtEnd'), 'wan'],
    ['rewardPoolDueAfterHorizon', '期后到期的资金池申领', 'Pool claims due after the horizon', ctx.result.city.rewardPool.dueAfterHorizon, 'wan'],
    ['rewardCostPerInvestment', '每万元投资的奖补成本', 'Reward cost per 万元 invested', s.rewardCostPerInvestment, 'ratio'],
    ['rewardCostPerJob', '每个就业岗位的奖补成本', 'Reward cost per job', s.rewardCostPerJob, 'perJob'],
    ['pppObligationsTotal', '小镇PPP项目支出责任合计', 'Town PPP obligations, total', totalOf(ppp, 'total'), 'wan'],
    ['pppObligationsWithExisting', '市级PPP支出责任合计（含存量）', 'City PPP obligations, total (incl. existing)', totalOf(city, 'pppObligations'), 'wan'],
    ['peakPppShare', 'PPP支出占比峰值', 'Peak PPP share', s.peakPppShare, 'share'],
    ['investmentMobilised', '撬动投资', 'Investment mobilised', s.investmentMobilised, 'wan'],
    ['investmentPerFiscal', '每财政万元撬动投资', 'Investment per fiscal 万元', s.investmentPerFiscal, 'ratio'],
    ['peakLegalRatio', '法定债务率峰值（官方）', 'Peak legal debt ratio (official)', s.peakLegalRatio, 'share'],
    ['worstTier', '最差法定债务率等级（官方）', 'Worst legal-ratio tier (official)', s.worstTier === null ? null : TIER_LABELS[s.worstTier], 'text'],
    ['peakBroadRatio', '宽口径债务率峰值（实践口径）', 'Peak broad debt ratio (practice line)', s.peakBroadRatio, 'share'],
    ['worstTierBroad', '最差宽口径债务率等级（实践口径）', 'Worst broad-ratio tier (practice line)', s.worstTierBroad === null ? null : TIER_LABELS[s.worstTierBroad], 'text'],
    ['breaches', '违规条数', 'Breaches', s.breaches, 'count'],
    ['warnings', '预警条数', 'Warnings', s.warnings, 'count'],
  ];
  return buildTable({
    id: 'summary',
    title: { zh: '摘要', en: 'Summary' },
    note: withFormulasPointer(limitsWhereNote(ctx.result, ctx.limits ?? 'findings')),
    subject: { kind: 'scenario', id: ctx.result.scenario.id },
    columns: [labelCol('metric', '指标', 'Metric'), valueCol('value', '数值', 'Value', 'wan'), labelCol('unit', '单位', 'Unit')],
    rows: rows.map(([key, zh, en, v, unit]) => ({ metric: key, unit, cells: [{ zh, en }, v, words[unit]] })),
  }, ctx.decimals);
}
