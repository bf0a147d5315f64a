import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandSeries, seriesValues } from '../../src/core/model/expand.ts';
import type { SeriesSpec } from '../../src/core/model/series.ts';

describe('seriesValues: a series expanded once per scenario (SPEC §1 "One engine")', () => {
  it('gives expandSeries\' values and the same array for the same series and years', () => {
    const spec: SeriesSpec = { kind: 'growth', base: 100, growth: 0.1 };
    const a = seriesValues(spec, 2025, 3);
    // 100·1.1^0, 100·1.1^1, 100·1.1^2 = 100, 110, 121 (up to double rounding, as expandSeries)
    expect(Array.from(a)).toEqual(Array.from(expandSeries(spec, 2025, 3)));
    expect(a[2]).toBeCloseTo(121, 10);
    expect(seriesValues(spec, 2025, 3)).toBe(a);
  });

  it('keeps different years, counts and y0 apart', () => {
    const spec: SeriesSpec = { kind: 'growth', base: 100, growth: 0.1 };
    // from 2024, y0 defaulting to the first year 2024: [100·1.1^0, 100·1.1^1, …] = [100, 110, 121]
    expect(seriesValues(spec, 2024, 3)[1]).toBeCloseTo(110, 10);
    expect(seriesValues(spec, 2025, 3, 2024)[0]).toBeCloseTo(110, 10); // y0 2024: 2025 → 100·1.1
    expect(seriesValues(spec, 2025, 2)).toHaveLength(2);
    expect(seriesValues(spec, 2025, 3)[0]).toBe(100);
  });

  it('a zero growth is the base in every year, exactly as base·1^k', () => {
    fc.assert(fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 40 }), (base, y0, n) => {
      const spec: SeriesSpec = { kind: 'growth', base, growth: 0, y0 };
      const values = Array.from(expandSeries(spec, 2000, n));
      expect(values).toEqual(Array.from({ length: n }, (_, i) => base * Math.pow(1, 2000 + i - y0)));
    }));
  });

  it('tables are shared too and match expandSeries', () => {
    const spec: SeriesSpec = { kind: 'table', byYear: { '2025': 5, '2027': 7 }, fill: 'carry' };
    // 2025 listed 5; 2026 carries 5; 2027 listed 7
    expect(Array.from(seriesValues(spec, 2025, 3))).toEqual([5, 5, 7]);
    expect(seriesValues(spec, 2025, 3)).toBe(seriesValues(spec, 2025, 3));
  });
});
