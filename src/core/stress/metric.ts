/**
 * The scalar a sensitivity or goal seek reads from a run (SPEC §8): a numeric field of the
 * result's `summary` (`summary.fiscalCostTotal`), or a key series (SPEC §10 series keys,
 * `district.conghua.broadRatio`) in one year — by default its largest value over the horizon.
 */
import type { RunResult } from '../result.ts';
import type { Scenario } from '../model/scenario.ts';
import { keySeriesNames, readKeySeries } from './keySeries.ts';

/** The metrics a scenario offers: numeric summary fields, then its key series. */
export function metricNames(s: Scenario, r: RunResult): string[] {
  const summary = Object.entries(r.summary).filter(([, v]) => typeof v === 'number').map(([k]) => `summary.${k}`);
  return [...summary, ...keySeriesNames(s)];
}

/** The value of `metric` in `r` (year: calendar year of a series; absent → the series' maximum); null when undefined. */
export function readMetric(s: Scenario, r: RunResult, metric: string, year?: number): number | null {
  if (metric.startsWith('summary.')) {
    const v = (r.summary as unknown as Record<string, unknown>)[metric.slice('summary.'.length)];
    return typeof v === 'number' ? v : null;
  }
  const k = keySeriesNames(s).indexOf(metric);
  if (k < 0) return null;
  const t0 = year === undefined ? -1 : year - s.startYear;
  let out: number | null = null;
  readKeySeries(r, (kk, t, v) => {
    if (kk !== k || Number.isNaN(v)) return;
    if (t0 >= 0 ? t === t0 : out === null || v > out) out = v;
  });
  return out;
}
