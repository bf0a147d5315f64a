/**
 * Overlaid chart data for 2–4 scenarios side by side (issue #8 "Compare"). Scenarios may
 * cover different years: the labels are the union of their years and each line has a gap
 * where its scenario has no such year.
 */
import type { RunResult } from '../../core/result.ts';
import type { Lang } from '../i18n.ts';
import type { ChartData, Dataset } from './types.ts';
import { clean, colourAt } from './types.ts';
import type { Unit } from '../format.ts';

export interface OverlaySeries {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: Unit;
  readonly pick: (r: RunResult) => readonly (number | null)[];
}

/** The city series compared by default. */
export const OVERLAY_SERIES: readonly OverlaySeries[] = [
  { key: 'fiscalCost', zh: '财政成本（年）', en: 'Fiscal cost per year', unit: 'wan', pick: (r) => r.city.fiscalCost },
  { key: 'rewardsPaid', zh: '奖补支付（年）', en: 'Rewards paid per year', unit: 'wan', pick: (r) => r.city.rewardsPaid },
  { key: 'pppShare', zh: '全市PPP支出占比', en: 'City PPP share', unit: 'share', pick: (r) => r.city.pppShare },
  { key: 'peakDistrictPppShare', zh: '各区PPP支出占比最高值', en: 'Highest district PPP share', unit: 'share', pick: (r) => maxAcross(r.years.length, r.districts.map((d) => d.pppShare)) },
  { key: 'peakBroadRatio', zh: '各区宽口径债务率最高值', en: 'Highest district broad debt ratio', unit: 'ratio', pick: (r) => maxAcross(r.years.length, r.districts.map((d) => d.broadRatio)) },
  { key: 'investmentPerFiscal', zh: '每财政万元撬动投资', en: 'Investment per fiscal 万元', unit: 'ratio', pick: (r) => r.city.investmentPerFiscal },
];

/** Per year, the largest non-null value across several series; null when all are null. */
export function maxAcross(length: number, series: readonly (readonly (number | null)[])[]): (number | null)[] {
  return Array.from({ length }, (_, t) => {
    let best: number | null = null;
    for (const s of series) {
      const v = s[t];
      if (typeof v === 'number' && Number.isFinite(v) && (best === null || v > best)) best = v;
    }
    return best;
  });
}

/** Dash patterns of scenarios B, C, D (A is solid). */
export const OVERLAY_DASH: readonly (readonly number[])[] = [[8, 4], [2, 3], [10, 3, 2, 3]];

/** One line per scenario of the chosen series, aligned on the union of their years. */
export function overlay(results: readonly RunResult[], series: OverlaySeries, _lang: Lang): ChartData {
  const years = [...new Set(results.flatMap((r) => r.years))].sort((a, b) => a - b);
  const datasets: Dataset[] = results.map((r, i) => {
    const values = clean(series.pick(r));
    const at = new Map(r.years.map((y, k) => [y, values[k] ?? null] as const));
    return {
      label: `${String.fromCharCode(65 + i)} · ${r.scenario.name}`,
      data: years.map((y) => at.get(y) ?? null),
      colour: colourAt(i),
      type: 'line',
      ...(i > 0 ? { dash: OVERLAY_DASH[(i - 1) % OVERLAY_DASH.length] } : {}),
    };
  });
  return { labels: years.map(String), datasets, unit: series.unit };
}
