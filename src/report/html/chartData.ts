/**
 * Chart data of the HTML report, from the report model (so charts show the displayed
 * figures): rewards paid by program and year, PPP share against the 5/7/10% lines, district
 * broad debt ratios against the tier bands, and each fund's J-curve (cumulative net cash
 * flow to its investors). Pure; Chart.js only runs in the page.
 */
import { sumDisplayed } from '../model/round.ts';
import type { ScenarioSection, Table } from '../model/types.ts';

/** One line or bar series of a chart. */
export interface Series {
  readonly label: string;
  readonly data: readonly (number | null)[];
  /** Dashed reference line (the 5/7/10% lines). */
  readonly reference?: boolean;
}

/** A chart as plain data; the page script turns it into a Chart.js configuration. */
export interface ChartSpec {
  readonly id: string;
  readonly kind: 'bar' | 'line';
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly Series[];
  readonly yUnit: '万元' | '%' | '×';
  readonly stacked?: boolean;
  /** Horizontal bands drawn behind the lines: [from, to, colour]. */
  readonly bands?: readonly (readonly [number, number, string])[];
  /** The y axis reaches at least this far (so the next band up shows). */
  readonly yMin?: number;
  readonly yMax?: number;
}

function table(s: ScenarioSection, id: string): Table | undefined {
  return s.tables.find((t) => t.id === id);
}

function col(t: Table, key: string): number {
  return t.columns.findIndex((c) => c.key === key);
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Rewards paid by program (stacked bars), summed over towns. */
export function rewardsChart(s: ScenarioSection): ChartSpec {
  const t = table(s, 'town-rewards');
  const years = s.years.map(String);
  const byProgram = new Map<string, number[][]>();
  for (const r of t?.rows ?? []) {
    const key = String(r.cells[1] ?? '');
    const cols = byProgram.get(key) ?? s.years.map(() => []);
    s.years.forEach((y, i) => { const v = num(r.cells[col(t!, `y${y}`)]); if (v !== null) cols[i]?.push(v); });
    byProgram.set(key, cols);
  }
  return {
    id: 'rewards', kind: 'bar', stacked: true, yUnit: '万元', labels: years,
    title: `奖补支付（按项目） Rewards paid by program${byProgram.size === 0 ? ' — 情景未设奖补项目 no reward programs' : ''}`,
    series: [...byProgram].map(([label, cols]) => ({ label, data: cols.map((v) => sumDisplayed(v)) })),
  };
}

/** PPP share of the general budget per paying level, with the 5%, 7% and 10% lines, in percent. */
export function pppShareChart(s: ScenarioSection): ChartSpec {
  const levels = s.tables.filter((t) => t.id.startsWith('caicheng-'));
  const pct = (v: number | null) => (v === null ? null : Number((v * 100).toFixed(4)));
  return {
    id: 'ppp-share', kind: 'line', yUnit: '%', labels: s.years.map(String),
    title: 'PPP支出占一般公共预算支出比例 PPP share of general budget',
    series: [
      ...levels.map((t) => ({ label: t.subject.id, data: t.rows.map((r) => pct(num(r.cells[col(t, 'pppShare')]))) })),
      ...[5, 7, 10].map((p) => ({ label: `${p}%`, data: s.years.map(() => p), reference: true })),
    ],
  };
}

/** District broad debt ratios over the tier bands green [0,1.2), yellow [1.2,2), orange [2,3), red ≥ 3 (SPEC §6). */
export function debtRatioChart(s: ScenarioSection): ChartSpec {
  const t = table(s, 'districts');
  const ids = [...new Set((t?.rows ?? []).map((r) => r.subject?.id ?? ''))];
  const top = Math.max(1.5, ...(t?.rows ?? []).map((r) => num(r.cells[col(t!, 'broadRatio')]) ?? 0)) * 1.1;
  const yMax = Math.ceil(top * 10) / 10;
  return {
    id: 'debt-ratio', kind: 'line', yUnit: '×', labels: s.years.map(String), yMin: 0, yMax,
    title: '区宽口径债务率与风险等级 District broad debt ratio and tiers',
    series: ids.map((id) => ({ label: id, data: (t?.rows ?? []).filter((r) => r.subject?.id === id).map((r) => num(r.cells[col(t!, 'broadRatio')])) })),
    bands: [[0, 1.2, 'rgba(46,160,67,0.10)'], [1.2, 2, 'rgba(230,190,0,0.14)'], [2, 3, 'rgba(240,120,0,0.14)'], [3, Math.max(yMax, 3.3), 'rgba(220,40,40,0.12)']],
  };
}

/** Each fund's J-curve: cumulative distributions − calls, by year. */
export function fundJCurveChart(s: ScenarioSection): ChartSpec {
  const t = table(s, 'fund-flows');
  const ids = [...new Set((t?.rows ?? []).map((r) => r.subject?.id ?? ''))];
  return {
    id: 'fund-jcurve', kind: 'line', yUnit: '万元', labels: s.years.map(String),
    title: '子基金J曲线（累计净现金流） Fund J-curve (cumulative net cash flow)',
    series: ids.map((id) => {
      let acc: number[] = [];
      return {
        label: id,
        data: (t?.rows ?? []).filter((r) => r.subject?.id === id).map((r) => {
          acc = [...acc, num(r.cells[col(t!, 'distributions')]) ?? 0, -(num(r.cells[col(t!, 'calls')]) ?? 0)];
          return sumDisplayed(acc);
        }),
      };
    }),
  };
}

/** Several scenarios: fiscal cost by year, one line per scenario (from the side-by-side table). */
export function comparisonChart(t: Table): ChartSpec {
  const cols = t.columns.filter((c) => c.key.startsWith('fiscalCost:'));
  return {
    id: 'compare-fiscal', kind: 'line', yUnit: '万元', labels: t.rows.map((r) => String(r.year ?? '')),
    title: '各情景财政成本 Fiscal cost by scenario',
    series: cols.map((c) => {
      const i = t.columns.indexOf(c);
      return { label: c.key.slice('fiscalCost:'.length), data: t.rows.map((r) => num(r.cells[i])) };
    }),
  };
}

/** The four charts of a scenario section. */
export function toChartData(s: ScenarioSection): ChartSpec[] {
  return [rewardsChart(s), pppShareChart(s), debtRatioChart(s), fundJCurveChart(s)];
}
