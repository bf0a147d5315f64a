/**
 * The charts of a report (issue #11 "one pure module turns a result into chart data"): the
 * same chart data as the dashboard (`src/charts`), lines and tier bands from the result's
 * `thresholds` (SPEC §10), with every value rounded as the report's tables round it (SPEC
 * §1 display precision), so a chart and its table show the same figures. Pure and
 * browser-safe.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult } from '../../core/result.ts';
import { OVERLAY_SERIES, overlay } from '../../charts/compare.ts';
import { REPORT_CHART_IDS, scenarioChart } from '../../charts/overview.ts';
import type { ChartData, ChartNames, ChartUnit } from '../../charts/types.ts';
import { roundDisplay, unitDecimals } from './round.ts';
import type { Label, Lang } from './types.ts';

/** A chart of the report: the shared chart data with a stable id and a bilingual title. */
export interface ReportChart extends ChartData {
  readonly id: string;
  readonly title: Label;
}

/** The overlays of a multi-scenario report: fiscal cost, and the highest district PPP share against its lines. */
export const REPORT_OVERLAY_KEYS: readonly string[] = ['fiscalCost', 'peakDistrictPppShare'];

/** Chart values at the display precision of their unit (`unitDecimals`, as in the tables). */
export function roundChart<C extends ChartData>(c: C, decimals: number): C {
  const places = (u: ChartUnit) => unitDecimals(u, decimals);
  return {
    ...c,
    datasets: c.datasets.map((d) => ({ ...d, data: d.data.map((v) => roundDisplay(v, places(d.axis === 'y2' ? (c.unit2 ?? c.unit) : c.unit))) })),
  };
}

/** The names a scenario gives its districts, reward programs and funds. */
export function scenarioNames(s: Scenario): ChartNames {
  return { districts: s.districts, programs: s.rewards.programs, funds: s.funds };
}

/** The charts of one scenario's section (`REPORT_CHART_IDS`), rounded for display. */
export function sectionCharts(run: { readonly result: RunResult; readonly scenario: Scenario }, decimals: number, lang: Lang): ReportChart[] {
  const names = scenarioNames(run.scenario);
  return REPORT_CHART_IDS.map((id) => {
    const c = scenarioChart(id);
    return roundChart({ ...c.build(run.result, names, lang), id: c.id, title: c.title }, decimals);
  });
}

/** The comparison charts of several runs (`REPORT_OVERLAY_KEYS`), each scenario's own lines drawn. */
export function comparisonCharts(results: readonly RunResult[], decimals: number, lang: Lang): ReportChart[] {
  return OVERLAY_SERIES.filter((s) => REPORT_OVERLAY_KEYS.includes(s.key)).map((s) =>
    roundChart({ ...overlay(results, s, lang), id: `compare-${s.key}`, title: { zh: `各情景${s.zh}`, en: `${s.en} by scenario` } }, decimals));
}
