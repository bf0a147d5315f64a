/**
 * The charts of a report (issue #11 "one pure module turns a result into chart data"): the
 * same chart data as the dashboard (`src/charts`), lines and tier bands from the result's
 * `thresholds` (SPEC §10), with every value rounded as the report's tables round it (SPEC
 * §1 display precision) and money in the report's unit (万元, or 亿元 with `--unit yi`,
 * issue #18), so a chart and its table show the same figures. Pure and browser-safe.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult } from '../../core/result.ts';
import { OVERLAY_SERIES, overlay } from '../../charts/compare.ts';
import { REPORT_CHART_IDS, scenarioChart } from '../../charts/overview.ts';
import type { ChartData, ChartNames, ChartUnit } from '../../charts/types.ts';
import { roundDisplay, toShown, unitDecimals } from './round.ts';
import type { Label, Lang, MoneyUnit, Table } from './types.ts';

/** The y unit of a report chart: the shared chart units, and 亿元 (`yi`) in a report shown in 亿元 (SPEC §1). */
export type ReportChartUnit = ChartUnit | 'yi';

/**
 * A chart of the report: the shared chart data with a stable id and a bilingual title, its
 * axes in the report's units (the dashboard's `ChartUnit` has no 亿元, so it stays as it is).
 */
export interface ReportChart extends Omit<ChartData, 'unit' | 'unit2'> {
  readonly id: string;
  readonly title: Label;
  readonly unit: ReportChartUnit;
  readonly unit2?: ReportChartUnit;
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

/**
 * A 万元 chart in the report's money unit: for 亿元, every value on a 万元 axis (data, and
 * the bands and upper end of a 万元 y axis) shifted exactly by 10⁴ (`toShown`, as the
 * tables shift their cells) and the axis unit `yi`; other axes and 万元 reports unchanged.
 * Round first (`roundChart`, on the model's 万元 grid): the shifted values are then the
 * tables' 亿元 figures.
 */
export function inMoneyUnit<C extends ChartData>(c: C, money: MoneyUnit): Omit<C, 'unit' | 'unit2'> & { unit: ReportChartUnit; unit2?: ReportChartUnit } {
  if (money === 'wan') return c;
  const axisUnit = (axis: 'y' | 'y2' | undefined): ChartUnit => (axis === 'y2' ? (c.unit2 ?? c.unit) : c.unit);
  const shift = (v: number) => (Number.isFinite(v) ? toShown(v, 'wan', money) : v);
  const y = c.unit === 'wan';
  return {
    ...c,
    unit: y ? 'yi' : c.unit,
    ...(c.unit2 === undefined ? {} : { unit2: c.unit2 === 'wan' ? 'yi' : c.unit2 }),
    datasets: c.datasets.map((d) => (axisUnit(d.axis) === 'wan' ? { ...d, data: d.data.map((v) => (v === null ? null : shift(v))) } : d)),
    ...(y && c.bands ? { bands: c.bands.map((b) => ({ ...b, from: shift(b.from), to: shift(b.to) })) } : {}),
    ...(y && c.yMax !== undefined ? { yMax: shift(c.yMax) } : {}),
  };
}

/** The city series a chart draws as totals, and the city table's columns that show them. */
const SHOWN_CITY: readonly ('rewardsPaid' | 'fiscalCost')[] = ['rewardsPaid', 'fiscalCost'];

/**
 * The result with the city totals a chart draws (rewards paid, fiscal cost) replaced by the
 * figures the city table shows, year by year: each is the sum of the table's rounded rows,
 * which a total rounded on its own can miss by one step (issue #18 "one figure, one value").
 * Unchanged without a city table.
 */
export function shownCity(result: RunResult, tables: readonly Table[]): RunResult {
  const city = tables.find((t) => t.id === 'city');
  if (!city) return result;
  const replaced = { ...result.city };
  for (const key of SHOWN_CITY) {
    const col = city.columns.findIndex((c) => c.key === key);
    if (col < 0) continue;
    replaced[key] = result.years.map((y, i) => {
      const v = city.rows.find((r) => r.year === y)?.cells[col];
      return typeof v === 'number' ? v : (result.city[key][i] ?? 0);
    });
  }
  return { ...result, city: replaced };
}

/** The names a scenario gives its districts, reward programs and funds. */
export function scenarioNames(s: Scenario): ChartNames {
  return { districts: s.districts, programs: s.rewards.programs, funds: s.funds };
}

/** The charts of one scenario's section (`REPORT_CHART_IDS`), rounded for display (`decimals` of 万元, the model's grid), money in `money`. */
export function sectionCharts(run: { readonly result: RunResult; readonly scenario: Scenario }, decimals: number, lang: Lang, money: MoneyUnit, tables: readonly Table[] = []): ReportChart[] {
  const names = scenarioNames(run.scenario);
  const result = shownCity(run.result, tables);
  return REPORT_CHART_IDS.map((id) => {
    const c = scenarioChart(id);
    return inMoneyUnit(roundChart({ ...c.build(result, names, lang), id: c.id, title: c.title }, decimals), money);
  });
}

/** The comparison charts of several runs (`REPORT_OVERLAY_KEYS`), each scenario's own lines drawn, money in `money`. */
export function comparisonCharts(results: readonly RunResult[], decimals: number, lang: Lang, money: MoneyUnit): ReportChart[] {
  return OVERLAY_SERIES.filter((s) => REPORT_OVERLAY_KEYS.includes(s.key)).map((s) =>
    inMoneyUnit(roundChart({ ...overlay(results, s, lang), id: `compare-${s.key}`, title: { zh: `各情景${s.zh}`, en: `${s.en} by scenario` } }, decimals), money));
}
