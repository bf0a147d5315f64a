/**
 * Percentiles by selection (SPEC §8) equal the definition on a sorted sample: type-7
 * interpolation between the order statistics a full sort gives, NaN left out.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentiles, percentilesInPlace } from '../../../src/core/stress/percentiles.ts';

/** The definition: sort the non-NaN values, interpolate at h = (n − 1)·p. */
function byFullSort(xs: readonly number[], ps: readonly number[]): (number | null)[] {
  const v = Float64Array.from(xs.filter((x) => !Number.isNaN(x))).sort();
  return ps.map((p) => {
    if (v.length === 0) return null;
    const h = (v.length - 1) * (p / 100);
    const lo = Math.floor(h), hi = Math.min(lo + 1, v.length - 1);
    const a = v[lo]!, b = v[hi]!;
    return a === b ? a : a + (h - lo) * (b - a);
  });
}

describe('percentiles (selection, not a full sort)', () => {
  it('hand case: 1..101 → P5 = 6, P25 = 26, P50 = 51, P75 = 76, P95 = 96; 1..4 → P50 = 2.5', () => {
    // h = 100·p: the order statistic of rank 100·p + 1, i.e. the value 100·p + 1
    expect(percentiles(Array.from({ length: 101 }, (_, i) => 101 - i))).toEqual([6, 26, 51, 76, 96]);
    // n = 4, p = 0.5: h = 1.5 → 2 + 0.5·(3 − 2) = 2.5
    expect(percentiles([4, Number.NaN, 1, 3, 2], [50])).toEqual([2.5]);
    expect(percentiles([Number.NaN], [50])).toEqual([null]);
  });

  it('equals the sorted definition on random samples with ties and NaN, small and large', () => {
    // −0 is written as 0: the two are equal values (and print alike in the JSON), but a sort
    // and a selection may leave either at a rank, and toEqual tells them apart
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x)), fc.integer({ min: -3, max: 3 }), fc.constant(Number.NaN));
    fc.assert(fc.property(fc.array(value, { maxLength: 400 }), (xs) => {
      expect(percentilesInPlace(Float64Array.from(xs))).toEqual(byFullSort(xs, [5, 25, 50, 75, 95]));
    }), { numRuns: 2000 });
    const big = Array.from({ length: 10_001 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 7);
    expect(percentiles(big, [0, 1, 5, 50, 95, 99, 100])).toEqual(byFullSort(big, [0, 1, 5, 50, 95, 99, 100]));
  });
});
