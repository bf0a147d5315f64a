/**
 * Percentiles of a sample (SPEC §8 fan charts): linear interpolation between order
 * statistics, `h = (N − 1)·p`, numpy's default ("type 7" of Hyndman & Fan 1996). NaN
 * entries (undefined ratios) are left out; an empty sample has no percentile (null).
 */

/** The stress run's percentile levels (SPEC §10 `percentiles`). */
export const PERCENTILES = [5, 25, 50, 75, 95] as const;

/** `ps` (in percent) of `xs`; `xs` is not modified. */
export function percentiles(xs: ArrayLike<number>, ps: readonly number[] = PERCENTILES): (number | null)[] {
  const v = Float64Array.from(xs).filter((x) => !Number.isNaN(x)).sort();
  if (v.length === 0) return ps.map(() => null);
  return ps.map((p) => {
    const h = (v.length - 1) * (p / 100);
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, v.length - 1);
    const a = v[lo]!, b = v[hi]!;
    return a === b ? a : a + (h - lo) * (b - a);
  });
}
