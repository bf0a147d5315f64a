/**
 * Charts and the side-by-side headline follow the report's money unit (issue #18 "a 亿元
 * option", SPEC §1 display precision): in a 亿元 report every 万元 axis becomes 亿元, each
 * value the 万元 figure rounded on the model's grid (whole 万元 for 亿元 at 4 decimals) and
 * shifted exactly by 10⁴; shares and ratios are unchanged; the headline says 亿元 at 4
 * decimals, as the comparison table shows it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LedgerDecimal } from '../../src/core/ledger/decimal.ts';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { buildReport } from '../../src/report/model/buildReport.ts';
import { inMoneyUnit, scenarioNames, shownCity, type ReportChart } from '../../src/report/model/charts.ts';
import { OVERLAY_SERIES, overlay } from '../../src/charts/compare.ts';
import { scenarioChart } from '../../src/charts/overview.ts';
import type { ChartData } from '../../src/charts/types.ts';
import type { ReportRun } from '../../src/report/model/buildReport.ts';
import type { ReportModel } from '../../src/report/model/types.ts';
import { BASELINE, NORTH, run } from './support.ts';

/** A raw 万元 chart value as a 亿元 report shows it: rounded half up to whole 万元 once, then ÷ 10⁴. */
const shift = (v: number | null) => (v === null ? null : new LedgerDecimal(v).toDecimalPlaces(0, LedgerDecimal.ROUND_HALF_UP).dividedBy(10_000).toNumber());

describe('inMoneyUnit', () => {
  const chart: ChartData = {
    labels: ['2026', '2027'],
    unit: 'wan',
    unit2: 'ratio',
    datasets: [
      { label: 'a', data: [12_345, null], colour: '#000000', type: 'bar' },
      { label: 'b', data: [1.5, 2.25], colour: '#000000', type: 'line', axis: 'y2' },
    ],
    bands: [{ from: 0, to: 20_000, colour: '#eeeeee', label: 'x' }],
    yMax: 30_000,
  };

  it('shifts a 万元 axis to 亿元 exactly and leaves the other axis alone', () => {
    const c = inMoneyUnit(chart, 'yi');
    expect(c.unit).toBe('yi');
    expect(c.unit2).toBe('ratio');
    // 12,345 万元 = 12,345 / 10,000 = 1.2345 亿元; a gap stays a gap
    expect(c.datasets[0]!.data).toEqual([1.2345, null]);
    expect(c.datasets[1]!.data).toEqual([1.5, 2.25]);
    // the band 0–20,000 万元 = 0–2 亿元; the axis top 30,000 万元 = 3 亿元
    expect(c.bands).toEqual([{ from: 0, to: 2, colour: '#eeeeee', label: 'x' }]);
    expect(c.yMax).toBe(3);
  });

  it('a 万元 report keeps its charts as they are', () => {
    expect(inMoneyUnit(chart, 'wan')).toBe(chart);
  });
});

describe('a 亿元 report draws its charts and writes its headline in 亿元', () => {
  let runs: ReportRun[];
  let wan: ReportModel;
  let yi: ReportModel;
  beforeAll(async () => {
    runs = [await run(BASELINE), await run(NORTH)];
    wan = buildReport(runs, { generatedAt: '2026-11-26' });
    yi = buildReport(runs, { generatedAt: '2026-11-26', unit: 'yi' });
  }, 60_000);

  const byId = (charts: readonly ReportChart[], id: string) => charts.find((c) => c.id === id)!;

  it('section charts: money axes in 亿元, each value the whole-万元 figure ÷ 10⁴; shares and ratios unchanged', () => {
    for (const [i, s] of yi.sections.entries()) {
      for (const c of s.charts) {
        const w = byId(wan.sections[i]!.charts, c.id);
        if (w.unit === 'wan') {
          expect(c.unit, c.id).toBe('yi');
          const raw = scenarioChart(c.id).build(shownCity(runs[i]!.result, s.tables), scenarioNames(runs[i]!.scenario), 'zh');
          c.datasets.forEach((d, k) => expect(d.data, `${c.id} ${d.label}`).toEqual(raw.datasets[k]!.data.map(shift)));
        } else {
          expect(c.unit, c.id).toBe(w.unit);
          expect(c.datasets.map((d) => d.data), c.id).toEqual(w.datasets.map((d) => d.data));
        }
      }
    }
    // the baseline's 2026 mid-term reward: 48,564 万元 (the 万元 report) = 48,564 / 10,000 = 4.8564 亿元
    const label = '事中绩效奖励';
    expect(byId(wan.sections[0]!.charts, 'rewards').datasets.find((d) => d.label === label)!.data[0]).toBe(48_564);
    expect(byId(yi.sections[0]!.charts, 'rewards').datasets.find((d) => d.label === label)!.data[0]).toBe(4.8564);
    expect(yi.sections[0]!.charts.map((c) => c.unit)).toEqual(['yi', 'share', 'share', 'yi']);
  });

  it('comparison charts: the fiscal cost overlay in 亿元, the PPP share overlay unchanged', () => {
    const cost = byId(yi.comparisonCharts, 'compare-fiscalCost');
    expect(cost.unit).toBe('yi');
    const raw = overlay(runs.map((r, i) => shownCity(r.result, yi.sections[i]!.tables)), OVERLAY_SERIES.find((s) => s.key === 'fiscalCost')!, 'zh');
    cost.datasets.forEach((d, k) => expect(d.data).toEqual(raw.datasets[k]!.data.map(shift)));
    expect(byId(wan.comparisonCharts, 'compare-fiscalCost').unit).toBe('wan');
    expect(byId(yi.comparisonCharts, 'compare-peakDistrictPppShare').unit).toBe('share');
  });

  it('a total a chart draws is the figure its table shows: rewards paid and fiscal cost by year (one figure, one value)', () => {
    for (const m of [wan, yi]) {
      const shift = m === yi ? 10_000 : 1;
      const column = (i: number, key: string) => {
        const t = m.sections[i]!.tables.find((x) => x.id === 'city')!;
        const col = t.columns.findIndex((c) => c.key === key);
        // the table's cells are on the model's 万元 grid; the 亿元 chart shows them ÷ 10⁴ exactly
        return t.rows.map((r) => new LedgerDecimal(r.cells[col] as number).dividedBy(shift).toNumber());
      };
      const total = byId(m.sections[0]!.charts, 'rewards').datasets.find((d) => d.label === '奖补支付合计（市）')!;
      expect(total.data).toEqual(column(0, 'rewardsPaid'));
      const cost = byId(m.comparisonCharts, 'compare-fiscalCost');
      m.sections.forEach((_, i) => expect(cost.datasets[i]!.data, `scenario ${i}`).toEqual(column(i, 'fiscalCost')));
    }
  });

  it('the HTML page data carries the 亿元 axis and the page script names it', () => {
    const html = buildHtml(yi);
    const json = html.slice(html.indexOf('<script type="application/json" id="chart-data">') + '<script type="application/json" id="chart-data">'.length);
    const specs = JSON.parse(json.slice(0, json.indexOf('</script>'))) as { id: string; unit: string }[];
    expect(specs.filter((c) => c.id === 'rewards' || c.id === 'compare-fiscalCost').map((c) => c.unit)).toEqual(['yi', 'yi', 'yi']);
    expect(html).toContain("yi: '亿元'");
  });

  it('the headline repeats the comparison table\'s Δ in 亿元 at 4 decimals and says no 万元', () => {
    const c = yi.comparison!;
    const row = c.rows.find((r) => r.metric === 'fiscalCostTotal')!;
    const delta = row.cells[c.columns.findIndex((x) => x.key === 'delta:guangzhou-north-growth')] as number;
    // the table keeps whole 万元 (−1,536 万元); shown: −1,536 / 10,000 = −0.1536 亿元
    expect(delta).toBe(-1536);
    const h = yi.comparisonHeadline[0]!;
    expect(h.zh).toContain('财政成本合计（全市各级，小镇相关支出） −0.1536 亿元（−0.11%）');
    expect(h.en).toContain('−0.1536 亿元 (−0.11%)');
    expect(h.zh).not.toContain('万元');
    expect(wan.comparisonHeadline[0]!.zh).toContain('财政成本合计（全市各级，小镇相关支出） −1,536.29 万元（−0.11%）');
  });
});
