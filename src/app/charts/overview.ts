/**
 * Chart data of the one-scenario overview (issue #8): rewards by year, PPP share against the
 * 5/7/10% lines (SPEC §4.6), district broad debt ratios over the tier bands (SPEC §6), fund
 * J-curves of government cash flows (SPEC §5), investment mobilised per fiscal 万元 (SPEC §1).
 */
import type { RunResult } from '../../core/result.ts';
import type { Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import { nameOf } from '../meta.ts';
import type { Band, ChartData, Dataset } from './types.ts';
import { clean, colourAt, constant, cumulative, sumSeries, TIER_BAND_COLOUR } from './types.ts';

const yearLabels = (r: RunResult): string[] => r.years.map(String);
const L = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/**
 * Rewards paid per year, stacked by program (summed over towns), clawbacks recovered as a
 * negative bar, and the city's rewards-paid line on top.
 */
export function rewardsByYear(r: RunResult, meta: ScenarioMeta, lang: Lang): ChartData {
  const n = r.years.length;
  const programIds = [...new Set(r.towns.flatMap((t) => Object.keys(t.rewards.byProgram)))].sort();
  const datasets: Dataset[] = programIds.map((id, i) => ({
    label: nameOf(meta.programs, id),
    data: clean(sumSeries(r.towns.map((t) => t.rewards.byProgram[id]?.paid ?? []), n)),
    colour: colourAt(i),
    type: 'bar',
    stack: 'paid',
  }));
  const clawback = sumSeries(r.towns.map((t) => t.rewards.clawback), n);
  if (clawback.some((v) => v !== 0)) {
    datasets.push({ label: L(lang, '追回', 'Clawback recovered'), data: clean(clawback.map((v) => (v === 0 ? 0 : -Math.abs(v)))), colour: '#7f7f7f', type: 'bar', stack: 'paid' });
  }
  datasets.push({ label: L(lang, '奖补支付合计（市）', 'Rewards paid (city)'), data: clean(r.city.rewardsPaid), colour: '#000000', type: 'line' });
  return { labels: yearLabels(r), datasets, unit: 'wan', stacked: true };
}

/** The SPEC §4.6 PPP-share lines: 5% (government-pay gate), 7% (warning), 10% (breach). */
export const PPP_SHARE_LINES = [
  { value: 0.05, colour: '#E69F00', zh: '5%：不得新上政府付费项目', en: '5%: no new government-pay projects' },
  { value: 0.07, colour: '#D55E00', zh: '7%：风险预警', en: '7%: risk warning' },
  { value: 0.1, colour: '#B00020', zh: '10%：不得新上PPP项目', en: '10%: no new PPP projects' },
] as const;

/** PPP obligations / general budget expenditure: the city and every district, with the 5/7/10% lines. */
export function pppShare(r: RunResult, meta: ScenarioMeta, lang: Lang): ChartData {
  const n = r.years.length;
  const datasets: Dataset[] = [
    { label: L(lang, '全市', 'City'), data: clean(r.city.pppShare), colour: '#000000', type: 'line' },
    ...r.districts.map((d, i): Dataset => ({ label: nameOf(meta.districts, d.id), data: clean(d.pppShare), colour: colourAt(i), type: 'line' })),
    ...PPP_SHARE_LINES.map((l): Dataset => ({ label: L(lang, l.zh, l.en), data: constant(l.value, n), colour: l.colour, type: 'line', dashed: true })),
  ];
  return { labels: yearLabels(r), datasets, unit: 'share' };
}

/** SPEC §6 tiers on the broad ratio, half-open: green [0,1.2), yellow [1.2,2), orange [2,3), red [3,∞). */
export const TIER_EDGES = [
  { tier: 'green', from: 0, to: 1.2 },
  { tier: 'yellow', from: 1.2, to: 2.0 },
  { tier: 'orange', from: 2.0, to: 3.0 },
  { tier: 'red', from: 3.0, to: Infinity },
] as const;

const TIER_WORDS = { green: ['绿', 'green'], yellow: ['黄', 'yellow'], orange: ['橙', 'orange'], red: ['红', 'red'] } as const;

/**
 * Broad debt ratio (宽口径债务率) per district over the tier bands. The top of the axis is the
 * larger of the highest ratio (+10%) and 1.5, so a green city is not squashed under empty
 * red space; the red band is clipped to it.
 */
export function broadRatios(r: RunResult, meta: ScenarioMeta, lang: Lang): ChartData {
  const datasets: Dataset[] = r.districts.map((d, i) => ({ label: nameOf(meta.districts, d.id), data: clean(d.broadRatio), colour: colourAt(i), type: 'line' }));
  const peak = Math.max(0, ...datasets.flatMap((d) => d.data.filter((v): v is number => v !== null)));
  const yMax = Math.max(1.5, Math.ceil(peak * 1.1 * 10) / 10);
  const bands: Band[] = TIER_EDGES.filter((e) => e.from < yMax).map((e) => {
    const [zh, en] = TIER_WORDS[e.tier];
    return { from: e.from, to: Math.min(e.to, yMax), colour: TIER_BAND_COLOUR[e.tier], label: L(lang, `${zh}档`, `${en} tier`) };
  });
  return { labels: yearLabels(r), datasets, unit: 'ratio', bands, yMax };
}

/**
 * Fund J-curves: the government's (guidance fund's) cumulative net cash flow per fund
 * (calls negative, distributions positive, SPEC §5), a line per fund.
 */
export function fundJCurves(r: RunResult, meta: ScenarioMeta, lang: Lang): ChartData {
  const datasets: Dataset[] = r.funds.map((f, i) => ({
    label: `${nameOf(meta.funds, f.id)} · ${L(lang, '政府累计净现金流', 'government cumulative net cash flow')}`,
    data: cumulative(clean(f.government.cashflows)),
    colour: colourAt(i),
    type: 'line',
  }));
  return { labels: yearLabels(r), datasets, unit: 'wan' };
}

/** Investment mobilised per fiscal 万元 (cumulative; a gap while the fiscal cost to date ≤ 0, SPEC §1). */
export function investmentPerFiscal(r: RunResult, _meta: ScenarioMeta, lang: Lang): ChartData {
  return {
    labels: yearLabels(r),
    datasets: [{ label: L(lang, '每财政万元撬动投资（累计）', 'Investment per fiscal 万元 (cumulative)'), data: clean(r.city.investmentPerFiscal), colour: '#0072B2', type: 'line' }],
    unit: 'ratio',
  };
}

/**
 * Fiscal cost per year (SPEC §1): rewards paid, the towns' PPP obligations (every project in
 * the result), the government's net fund calls (calls − distributions), and the total line.
 */
export function fiscalCost(r: RunResult, _meta: ScenarioMeta, lang: Lang): ChartData {
  const n = r.years.length;
  const ppp = sumSeries(r.ppp.map((p) => p.obligations.total), n);
  const fundNet = sumSeries(r.funds.map((f) => f.government.cashflows), n).map((v) => (v === 0 ? 0 : -v));
  return {
    labels: yearLabels(r),
    datasets: [
      { label: L(lang, '奖补支付', 'Rewards paid'), data: clean(r.city.rewardsPaid), colour: '#E69F00', type: 'bar', stack: 'c' },
      { label: L(lang, '小镇PPP支出责任', 'Town PPP obligations'), data: clean(ppp), colour: '#0072B2', type: 'bar', stack: 'c' },
      { label: L(lang, '政府出资净额（基金）', 'Government net fund calls'), data: clean(fundNet), colour: '#009E73', type: 'bar', stack: 'c' },
      { label: L(lang, '财政成本合计', 'Fiscal cost'), data: clean(r.city.fiscalCost), colour: '#000000', type: 'line' },
    ],
    unit: 'wan',
    stacked: true,
  };
}
