/**
 * Chart data of one scenario, shared by the dashboard's overview and the HTML report (issue
 * #11: one pure module): rewards by year, fiscal cost, PPP share against the lines in force
 * (SPEC §4.6), district broad debt ratios over the tier bands in force (SPEC §6), fund
 * J-curves of government cash flows (SPEC §5), investment mobilised per fiscal 万元 (SPEC §1).
 * Every line and band reads the result's `thresholds` (SPEC §10).
 */
import type { RunResult } from '../core/result.ts';
import { constantEdges, ruleLineDatasets, tierBands, tierEdges } from './lines.ts';
import type { ChartData, ChartNames, Dataset, Label, Lang } from './types.ts';
import { clean, colourAt, cumulative, nameIn, sumSeries } from './types.ts';
import { greyscaleReadable } from './style.ts';

const yearLabels = (r: RunResult): string[] => r.years.map(String);
const L = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/**
 * Rewards paid per year, stacked by program (summed over towns), clawbacks recovered as a
 * negative bar, and the city's rewards-paid line on top.
 */
export function rewardsByYear(r: RunResult, names: ChartNames, lang: Lang): ChartData {
  const n = r.years.length;
  const programIds = [...new Set(r.towns.flatMap((t) => Object.keys(t.rewards.byProgram)))].sort();
  const datasets: Dataset[] = programIds.map((id, i) => ({
    label: nameIn(names.programs, id),
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
  return { labels: yearLabels(r), datasets: greyscaleReadable(datasets), unit: 'wan', stacked: true };
}

/** The PPP-share lines drawn (SPEC §4.6, §11): the 5% government-pay gate, the 7% warning and the 10% ceiling, as in force. */
export const PPP_SHARE_RULES = [
  { rule: 'ppp.share.5.government-pay', subjectKind: 'ppp' },
  { rule: 'ppp.share.7', subjectKind: 'district' },
  { rule: 'ppp.share.10', subjectKind: 'district' },
] as const;

/**
 * PPP obligations / general budget expenditure: the city and every district, with the
 * 5/7/10% lines read from the result's `thresholds` (overrides and dated versions
 * included; the 5% gate is the line in force for a project procured that year).
 */
export function pppShare(r: RunResult, names: ChartNames, lang: Lang): ChartData {
  const datasets: Dataset[] = [
    { label: L(lang, '全市', 'City'), data: clean(r.city.pppShare), colour: '#000000', type: 'line' },
    ...r.districts.map((d, i): Dataset => ({ label: nameIn(names.districts, d.id), data: clean(d.pppShare), colour: colourAt(i), type: 'line' })),
    ...ruleLineDatasets(r.thresholds, r.years, PPP_SHARE_RULES, lang),
  ];
  return { labels: yearLabels(r), datasets: greyscaleReadable(datasets), unit: 'share' };
}

/**
 * The top of a ratio axis: 10% above the highest value, and at least a quarter above the
 * first tier edge so the yellow band shows over a green city; one decimal.
 */
function ratioAxisTop(peak: number, firstEdge: number | null): number {
  return Math.ceil(Math.max(peak * 1.1, (firstEdge ?? 0) * 1.25, 0.1) * 10) / 10;
}

/**
 * Broad debt ratio (宽口径债务率) per district, in percent as the tables show it (issue #18:
 * 113.5%, not 1.13; the tier edges converted the same way, 1.2 → 120%), over the bands of the tier rule on that ratio,
 * `district.tier-broad` (the commission's practice line; since issue #13 `district.tier` is on
 * the legal ratio), in force (SPEC §6, §10 `thresholds`). When the edges change within the horizon (a dated
 * override), the bands give way to the three edges drawn as dashed lines year by year.
 */
export function broadRatios(r: RunResult, names: ChartNames, lang: Lang): ChartData {
  const datasets: Dataset[] = r.districts.map((d, i) => ({ label: nameIn(names.districts, d.id), data: clean(d.broadRatio), colour: colourAt(i), type: 'line' }));
  const peak = Math.max(0, ...datasets.flatMap((d) => d.data.filter((v): v is number => v !== null)));
  const edges = tierEdges(r.thresholds, r.years, 'district.tier-broad');
  const fixed = constantEdges(edges);
  const firstEdge = edges.find((e) => e !== null)?.yellow ?? null;
  const yMax = ratioAxisTop(peak, firstEdge);
  if (fixed) return { labels: yearLabels(r), datasets: greyscaleReadable(datasets), unit: 'share', bands: tierBands(fixed, yMax, lang, 'share'), yMax };
  const edgeLines = ruleLineDatasets(r.thresholds, r.years, (['yellow', 'orange', 'red'] as const).map((param) => ({ rule: 'district.tier-broad' as const, subjectKind: 'district' as const, param })), lang, 'share')
    .map((d, i) => ({ ...d, label: `${L(lang, ['黄', '橙', '红'][i] ?? '', ['yellow', 'orange', 'red'][i] ?? '')} · ${d.label}` }));
  return { labels: yearLabels(r), datasets: greyscaleReadable([...datasets, ...edgeLines]), unit: 'share', yMax };
}

/**
 * Fund J-curves: the government's (guidance fund's) cumulative net cash flow per fund
 * (calls negative, distributions positive, SPEC §5), a line per fund.
 */
export function fundJCurves(r: RunResult, names: ChartNames, lang: Lang): ChartData {
  const datasets: Dataset[] = r.funds.map((f, i) => ({
    label: `${nameIn(names.funds, f.id)} · ${L(lang, '政府累计净现金流', 'government cumulative net cash flow')}`,
    data: cumulative(clean(f.government.cashflows)),
    colour: colourAt(i),
    type: 'line',
  }));
  return { labels: yearLabels(r), datasets: greyscaleReadable(datasets), unit: 'wan' };
}

/** Investment mobilised per fiscal 万元 (cumulative; a gap while the fiscal cost to date ≤ 0, SPEC §1). */
export function investmentPerFiscal(r: RunResult, _names: ChartNames, lang: Lang): ChartData {
  return {
    labels: yearLabels(r),
    datasets: greyscaleReadable([{ label: L(lang, '每财政万元撬动投资（累计）', 'Investment per fiscal 万元 (cumulative)'), data: clean(r.city.investmentPerFiscal), colour: '#0072B2', type: 'line' }]),
    unit: 'ratio',
  };
}

/**
 * Fiscal cost per year (SPEC §1): rewards paid, the towns' PPP obligations (every project in
 * the result), the government's net fund calls (calls − distributions), and the total line.
 */
export function fiscalCost(r: RunResult, _names: ChartNames, lang: Lang): ChartData {
  const n = r.years.length;
  const ppp = sumSeries(r.ppp.map((p) => p.obligations.total), n);
  const fundNet = sumSeries(r.funds.map((f) => f.government.cashflows), n).map((v) => (v === 0 ? 0 : -v));
  return {
    labels: yearLabels(r),
    datasets: greyscaleReadable([
      { label: L(lang, '奖补支付', 'Rewards paid'), data: clean(r.city.rewardsPaid), colour: '#E69F00', type: 'bar', stack: 'c' },
      { label: L(lang, '小镇PPP支出责任', 'Town PPP obligations'), data: clean(ppp), colour: '#0072B2', type: 'bar', stack: 'c' },
      { label: L(lang, '政府出资净额（基金）', 'Government net fund calls'), data: clean(fundNet), colour: '#009E73', type: 'bar', stack: 'c' },
      { label: L(lang, '财政成本合计', 'Fiscal cost'), data: clean(r.city.fiscalCost), colour: '#000000', type: 'line' },
    ]),
    unit: 'wan',
    stacked: true,
  };
}

/** One chart of a scenario: a stable id (file names, canvas ids), its title and its builder. */
export interface ScenarioChart {
  readonly id: string;
  readonly title: Label;
  readonly build: (r: RunResult, names: ChartNames, lang: Lang) => ChartData;
}

/** The scenario charts, in the dashboard's order; the HTML report draws those of `REPORT_CHART_IDS`. */
export const SCENARIO_CHARTS: readonly ScenarioChart[] = [
  { id: 'fiscal-cost', title: { zh: '各年财政成本构成', en: 'Fiscal cost by year' }, build: fiscalCost },
  { id: 'rewards', title: { zh: '各年奖补支付（按项目）', en: 'Rewards paid by year (by program)' }, build: rewardsByYear },
  { id: 'ppp-share', title: { zh: 'PPP支出责任占一般公共预算支出比例', en: 'PPP obligations / general budget expenditure' }, build: pppShare },
  { id: 'broad-ratio', title: { zh: '各区宽口径债务率与风险等级', en: 'District broad debt ratios and tiers' }, build: broadRatios },
  { id: 'fund-j-curves', title: { zh: '子基金J曲线（政府现金流累计）', en: 'Fund J-curves (government cumulative cash flow)' }, build: fundJCurves },
  { id: 'investment-per-fiscal', title: { zh: '每财政万元撬动投资', en: 'Investment mobilised per fiscal 万元' }, build: investmentPerFiscal },
];

/** The charts of a scenario in the HTML report (printed: the four of issue #7). */
export const REPORT_CHART_IDS: readonly string[] = ['rewards', 'ppp-share', 'broad-ratio', 'fund-j-curves'];

/** A scenario chart by id; throws on an unknown id (a programming error). */
export function scenarioChart(id: string): ScenarioChart {
  const c = SCENARIO_CHARTS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown chart: ${id}`);
  return c;
}
