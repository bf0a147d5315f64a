/** The chart-data functions (STYLE rule 12) on the hand-made fixture run. */
import { describe, expect, it } from 'vitest';
import { broadRatios, fiscalCost, fundJCurves, investmentPerFiscal, pppShare, rewardsByYear } from '../../src/charts/overview.ts';
import { maxAcross, OVERLAY_SERIES, overlay } from '../../src/charts/compare.ts';
import { fundFlows, pppDscr, pppObligations, pppSpv, townExposure, townRewards } from '../../src/app/charts/detail.ts';
import { clean, cumulative, sumSeries } from '../../src/charts/types.ts';
import type { ChartData } from '../../src/charts/types.ts';
import { allFiniteOrNull, meta, result } from './fixtures/result.ts';

const ds = (c: ChartData, label: string) => {
  const d = c.datasets.find((x) => x.label === label);
  if (!d) throw new Error(`no dataset ${label}: ${c.datasets.map((x) => x.label).join(', ')}`);
  return d;
};
const noUndefinedNumbers = (c: ChartData) => c.datasets.every((d) => d.data.length === c.labels.length && allFiniteOrNull(d.data));

describe('chart helpers', () => {
  it('clean(values) turns NaN and ±Infinity into null gaps and keeps finite numbers', () => {
    expect(clean([1, Number.NaN, Number.POSITIVE_INFINITY, null, -2])).toEqual([1, null, null, null, -2]);
  });
  it('cumulative(values) runs a total and leaves gaps as gaps', () => {
    expect(cumulative([-60, -20, null, 180])).toEqual([-60, -80, null, 100]);
  });
  it('sumSeries adds element-wise and counts missing or NaN entries as 0', () => {
    expect(sumSeries([[1, 2, 3], [10, Number.NaN], []], 3)).toEqual([11, 2, 3]);
  });
});

describe('overview chart data', () => {
  it('rewardsByYear stacks each program summed over towns, clawback negative, with the city total line', () => {
    const c = rewardsByYear(result, meta, 'zh');
    expect(c.labels).toEqual(['2026', '2027', '2028']);
    // 事中奖补: spa [100,200,0] + net [50,50,0]
    expect(ds(c, '事中奖补').data).toEqual([150, 250, 0]);
    expect(ds(c, '收入返还').data).toEqual([0, 0, 40]);
    expect(ds(c, '追回').data).toEqual([0, 0, -30]);
    expect(ds(c, '奖补支付合计（市）').type).toBe('line');
    expect(c.stacked).toBe(true);
    expect(noUndefinedNumbers(c)).toBe(true);
  });

  it('pppShare draws the city, every district and the 5/7/10% lines in force, named from the rule table', () => {
    const c = pppShare(result, meta, 'en');
    expect(ds(c, 'City').data).toEqual([0.03, 0.04, null]);
    expect(ds(c, '从化区').data).toEqual([0.05, 0.08, 0.11]);
    // The fixture's thresholds are the table's defaults: 5% (from 2019), 7% (2019), 10% (2015).
    const lines = c.datasets.filter((d) => d.dashed);
    expect(lines.map((d) => d.label)).toEqual(['Government-pay 5% gate: 5%', 'PPP share 7% warning line: 7%', 'PPP share 10% ceiling: 10%']);
    expect(lines.map((d) => d.data)).toEqual([[0.05, 0.05, 0.05], [0.07, 0.07, 0.07], [0.1, 0.1, 0.1]]);
    // coloured by level: the 7% line warns (amber), the 5% gate and the 10% ceiling are breaches (red)
    expect(lines.map((d) => d.colour)).toEqual(['#B00020', '#E69F00', '#B00020']);
    expect(c.unit).toBe('share');
  });

  it('broadRatios lays the tier bands half-open at 1.2/2.0/3.0 and tops the axis 10% above the peak', () => {
    const c = broadRatios(result, meta, 'en');
    expect(ds(c, '海珠区').data).toEqual([0.4, null, 0.5]);
    // peak 3.4 × 1.1 = 3.74 → 3.8
    expect(c.yMax).toBe(3.8);
    expect(c.bands?.map((b) => [b.from, b.to])).toEqual([[0, 1.2], [1.2, 2], [2, 3], [3, 3.8]]);
    // issue #18: the broad ratio in percent as the tables show it, the edges converted the same way
    expect(c.unit).toBe('share');
    expect(c.bands?.map((b) => b.label)).toEqual(['green tier [0%, 120%)', 'yellow tier [120%, 200%)', 'orange tier [200%, 300%)', 'red tier ≥300%']);
  });

  it('broadRatios keeps a green city readable: the axis stops at 1.5 and the red band is left out', () => {
    const green = { ...result, districts: result.districts.map((d) => ({ ...d, broadRatio: [0.5, 0.6, 0.7] })) };
    const c = broadRatios(green, meta, 'zh');
    expect(c.yMax).toBe(1.5);
    expect(c.bands?.map((b) => b.label)).toEqual(['绿档 [0%, 120%)', '黄档 [120%, 200%)']);
  });

  it('fundJCurves is the government cumulative net cash flow per fund (the J: down, then up)', () => {
    const c = fundJCurves(result, meta, 'zh');
    expect(c.datasets).toHaveLength(1);
    expect(c.datasets[0]?.data).toEqual([-60, -80, 100]);
  });

  it('investmentPerFiscal keeps null while the fiscal cost is not positive, and turns Infinity into a gap', () => {
    const c = investmentPerFiscal(result, meta, 'zh');
    expect(c.datasets[0]?.data).toEqual([null, 12.5, null]);
  });

  it('fiscalCost stacks rewards, town PPP obligations and net government fund calls under the total line (NaN → gap)', () => {
    const c = fiscalCost(result, meta, 'en');
    expect(ds(c, 'Rewards paid').data).toEqual([150, 250, 10]);
    expect(ds(c, 'Town PPP obligations').data).toEqual([11, 21, 26]);
    expect(ds(c, 'Government net fund calls').data).toEqual([60, 20, -180]);
    expect(ds(c, 'Fiscal cost').data).toEqual([200, 300, null]);
  });
});

describe('compare chart data', () => {
  const other = { ...result, scenario: { id: 'b', name: '乙', hash: 'h' }, years: [2027, 2028, 2029], city: { ...result.city, fiscalCost: [1, 2, 3] } };

  it('overlay aligns scenarios on the union of their years, with gaps where a scenario has no year', () => {
    const fc = OVERLAY_SERIES.find((s) => s.key === 'fiscalCost');
    if (!fc) throw new Error('fiscalCost overlay');
    const c = overlay([result, other], fc, 'zh');
    expect(c.labels).toEqual(['2026', '2027', '2028', '2029']);
    expect(c.datasets[0]?.label).toBe('A · 测试情景');
    expect(c.datasets[0]?.data).toEqual([200, 300, null, null]);
    expect(c.datasets[1]?.data).toEqual([null, 1, 2, 3]);
    // A solid, B dashed: identical lines stay distinguishable.
    expect(c.datasets[0]?.dash).toBeUndefined();
    expect(c.datasets[1]?.dash).toEqual([8, 4]);
  });

  it('maxAcross takes the largest non-null value per year, null when none', () => {
    expect(maxAcross(3, [[1, null, null], [0.5, 2, null]])).toEqual([1, 2, null]);
  });

  it('every overlay series yields finite-or-null data on the fixture', () => {
    for (const s of OVERLAY_SERIES) expect(noUndefinedNumbers(overlay([result, other], s, 'en'))).toBe(true);
  });
});

describe('detail chart data', () => {
  const town = result.towns[0];
  const ppp = result.ppp[0];
  const fund = result.funds[0];
  if (!town || !ppp || !fund) throw new Error('fixture');

  it('townRewards stacks the town’s programs and puts achievement A on the right axis', () => {
    const c = townRewards(town, result.years, meta, 'en');
    expect(ds(c, '事中奖补').data).toEqual([100, 200, 0]);
    expect(ds(c, 'Clawback').data[2]).toBe(-30);
    const a = ds(c, 'Composite achievement A');
    expect(a.axis).toBe('y2');
    expect(a.data).toEqual([1.0, 0.55, null]);
    expect(c.unit2).toBe('ratio');
  });

  it('townExposure stacks bonds, platform, hidden and accrued rewards; PPP commitments apart, dashed', () => {
    const c = townExposure(town, result.years, 'en');
    const stacked = c.datasets.filter((d) => d.stack === 'x');
    expect(stacked.map((d) => d.label)).toEqual(['Special bonds', 'Platform debt (not hidden)', 'Hidden debt', 'Accrued rewards']);
    // The stack foots to exposure.total: 60+20+10+10 = 100 …
    expect(result.years.map((_, i) => stacked.reduce((s, d) => s + (d.data[i] ?? 0), 0))).toEqual([100, 110, 120]);
    expect(ds(c, 'PPP commitments (not debt)').dashed).toBe(true);
  });

  it('pppObligations stacks the four 财金〔2015〕21号 types', () => {
    const c = pppObligations(ppp, result.years, 'en');
    expect(result.years.map((_, i) => c.datasets.reduce((s, d) => s + (d.data[i] ?? 0), 0))).toEqual([11, 21, 26]);
  });

  it('pppSpv shows outflows negative and CFADS as a line', () => {
    const c = pppSpv(ppp, result.years, 'en');
    expect(ds(c, 'Debt service').data).toEqual([0, -20, -30]);
    expect(ds(c, 'CFADS').type).toBe('line');
  });

  it('pppDscr keeps years without debt service as gaps, with the ppp.dscr line in force at procurement', () => {
    const c = pppDscr(ppp, result.years, result.thresholds, 2025, 'en');
    expect(ds(c, 'DSCR').data).toEqual([null, 1.2, 0.8]);
    expect(ds(c, 'Minimum DSCR: 1').data).toEqual([1, 1, 1]);
  });

  it('fundFlows shows calls negative, distributions positive and NAV as a line', () => {
    const c = fundFlows(fund, result.years, 'en');
    expect(ds(c, 'Calls').data).toEqual([-300, -200, 0]);
    expect(ds(c, 'Distributions').data).toEqual([0, 100, 900]);
    expect(ds(c, 'NAV').type).toBe('line');
  });
});
