/** Year-by-year difference charts of a comparison (issue #15 question 2). */
import { describe, expect, it } from 'vitest';
import { difference, OVERLAY_SERIES } from '../../src/charts/compare.ts';
import type { RunResult } from '../../src/core/result.ts';
import { result } from './fixtures/result.ts';

describe('difference', () => {
  it('draws B − A per year, with a gap where either has no value', () => {
    const series = OVERLAY_SERIES.find((s) => s.key === 'fiscalCost')!;
    const a = result;
    const fc = [...a.city.fiscalCost];
    const b = { ...a, city: { ...a.city, fiscalCost: [fc[0]! + 10, fc[1]!, Number.NaN] } } as RunResult;
    const d = difference([a, b], series);
    expect(d.labels).toEqual(['2026', '2027', '2028']);
    // +10, ±0, and a gap where B's value is not a number
    expect(d.datasets.map((x) => x.data)).toEqual([[10, 0, null]]);
    expect(d.datasets[0]?.label).toMatch(/^B − A · /);
    expect(d.unit).toBe('wan');
  });
});
