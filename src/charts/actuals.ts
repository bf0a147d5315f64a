/**
 * Chart data of actual against plan (SPEC §12): a town's composite achievement and its
 * reward payments, as the run with actuals gives them (actual years solid, forecast years
 * shaded) beside the plan (the same scenario run without its actuals, dashed).
 */
import type { YearKind } from '../core/actuals/yearKind.ts';
import type { NullableSeries, Series } from '../core/result.ts';
import type { ChartData, Lang } from './types.ts';
import { clean } from './types.ts';
import { greyscaleReadable } from './style.ts';

/** What the chart reads of one town: its run with actuals, its plan, and the kind of each year. */
export interface ActualVsPlanInput {
  readonly years: readonly number[];
  readonly yearKind: readonly YearKind[];
  readonly achievement: NullableSeries;
  readonly paid: Series;
  readonly planAchievement: NullableSeries;
  readonly planPaid: Series;
}

const L = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** Payments (bars: actual years dark, forecast light) and achievement A (line: actual, forecast; plan dashed), forecast years shaded. */
export function actualVsPlan(d: ActualVsPlanInput, lang: Lang): ChartData {
  const isActual = (i: number) => d.yearKind[i] === 'actual';
  const only = (values: ArrayLike<number | null>, keep: (i: number) => boolean) => clean(Array.from(values, (v, i) => (keep(i) ? v : null)));
  return {
    labels: d.years.map(String),
    datasets: greyscaleReadable([
      { label: L(lang, '奖补支付（实际年）', 'Rewards paid (actual years)'), data: only(d.paid, isActual), colour: '#0072B2', type: 'bar', stack: 'paid' },
      { label: L(lang, '奖补支付（预测年）', 'Rewards paid (forecast years)'), data: only(d.paid, (i) => !isActual(i)), colour: '#9ecae1', type: 'bar', stack: 'paid' },
      { label: L(lang, '计划奖补支付', 'Planned rewards paid'), data: clean(d.planPaid), colour: '#555555', type: 'line', dashed: true },
      { label: L(lang, '综合达成率 A', 'Achievement A'), data: clean(d.achievement), colour: '#D55E00', type: 'line', axis: 'y2' },
      { label: L(lang, '计划达成率 A', 'Planned achievement A'), data: clean(d.planAchievement), colour: '#E69F00', type: 'line', axis: 'y2', dash: [3, 3] },
    ]),
    unit: 'wan',
    unit2: 'ratio',
    stacked: true,
    forecast: d.yearKind.flatMap((k, i) => (k === 'forecast' ? [i] : [])),
  };
}
