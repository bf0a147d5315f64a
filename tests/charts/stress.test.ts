import { describe, expect, it } from 'vitest';
import { breachMatrix, fanChart, tornado } from '../../src/charts/stress.ts';
import type { StressResult } from '../../src/core/stress/reduce.ts';
import { DEFAULT_STOCHASTIC } from '../../src/core/stress/spec.ts';
import { thresholdsInForce } from '../../src/core/rules/thresholds.ts';

const stress: StressResult = {
  engineVersion: 'x', scenario: { id: 's', name: 'S', hash: 'h' }, seed: 1, paths: 10, preset: null,
  years: [2026, 2027], percentiles: [5, 25, 50, 75, 95],
  series: {
    'district.a.broadRatio': [[1, 1.1, 1.2, 1.3, 1.4], [1.1, 1.2, 1.3, 1.4, 3.5]],
    'district.a.pppShare': [[0.05, 0.06, 0.07, 0.08, null], [0.05, 0.06, 0.07, 0.08, 0.09]],
  },
  breaches: [
    { rule: 'district.tier', subject: { kind: 'district', id: 'a' }, year: 2026, probability: 0.4, expectedShortfall: 10 },
    { rule: 'district.tier', subject: { kind: 'district', id: 'a' }, year: 2027, probability: 0.6, expectedShortfall: 12 },
    { rule: 'district.tier', subject: { kind: 'district', id: 'b' }, year: 2027, probability: 0, expectedShortfall: null },
  ],
  breachesEver: [{ rule: 'district.tier', subject: { kind: 'district', id: 'a' }, probability: 0.7 }],
  contingent: [],
  stochastic: DEFAULT_STOCHASTIC,
};

describe('uncertainty chart data (SPEC §8)', () => {
  it('fanChart draws P5…P95 with the tier bands in force from thresholds (no literal 1.2)', () => {
    const c = fanChart(stress, 'district.a.broadRatio', thresholdsInForce({}), 'zh');
    expect(c.datasets.map((d) => d.label)).toEqual(['P5', 'P25', 'P50', 'P75', 'P95']);
    expect(c.datasets[4]!.data).toEqual([1.4, 3.5]);
    expect(c.unit).toBe('share'); // debt ratios in percent, as in the tables
    expect(c.bands?.[1]?.label).toMatch(/120%/);
    expect(c.bands?.map((b) => b.label)[0]).toMatch(/^绿档/);
    // the axis reaches the largest percentile or 1.1 × the red edge
    expect(c.yMax!).toBeGreaterThanOrEqual(3.5);
  });

  it('fanChart bands each ratio by its own tier rule: broad by district.tier-broad, legal by district.tier', () => {
    // The practice line moved to 1.0 / 1.5 / 2.5 while the official tiers stay 1.2 / 2 / 3:
    // the broad ratio's yellow band starts at 1.0, the legal ratio's at 1.2.
    const rows = thresholdsInForce({ 'district.tier-broad': { params: { yellow: 1.0, orange: 1.5, red: 2.5 } } });
    const withLegal: StressResult = { ...stress, series: { ...stress.series, 'district.a.legalRatio': [[1, 1, 1, 1, 1], [1, 1, 1, 1, 1]] } };
    const broad = fanChart(withLegal, 'district.a.broadRatio', rows, 'en');
    const legal = fanChart(withLegal, 'district.a.legalRatio', rows, 'en');
    expect(broad.bands?.map((b) => b.from)).toEqual([0, 1.0, 1.5, 2.5]);
    expect(legal.bands?.map((b) => b.from)).toEqual([0, 1.2, 2, 3]);
  });

  it('fanChart of a PPP share adds the 10% and 7% lines in force; an undefined percentile is a gap', () => {
    const c = fanChart(stress, 'district.a.pppShare', thresholdsInForce({}), 'en');
    expect(c.datasets).toHaveLength(7);
    expect(c.datasets[4]!.data).toEqual([null, 0.09]);
    expect(c.datasets[5]!.dashed).toBe(true);
    expect(c.datasets[5]!.data.every((v) => v === 0.1)).toBe(true);
    expect(c.datasets[6]!.data.every((v) => v === 0.07)).toBe(true);
  });

  it('breachMatrix: subjects × years with the at-least-once probability', () => {
    const m = breachMatrix(stress, 'district.tier', 'district');
    expect(m.rows).toEqual([
      { subject: 'a', probability: [0.4, 0.6], ever: 0.7 },
      { subject: 'b', probability: [null, 0], ever: 0 },
    ]);
  });

  it('tornado: change from the base when shocked down and up, drivers in the given (swing) order', () => {
    const c = tornado({ output: 'summary.fiscalCostTotal', base: 100, drivers: [
      { driver: 'achievement', shock: 0.1, low: 90, high: 115, swing: 25 },
      { driver: 'rates', shock: 0.01, low: 99, high: 101, swing: 2 },
    ] }, 'en');
    expect(c.labels).toEqual(['achievement', 'rates']);
    expect(c.datasets[0]!.data).toEqual([-10, -1]);
    expect(c.datasets[1]!.data).toEqual([15, 1]);
  });
});
