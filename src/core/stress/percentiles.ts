/**
 * Percentiles of a sample (SPEC §8 fan charts): linear interpolation between order
 * statistics, `h = (N − 1)·p`, numpy's default ("type 7" of Hyndman & Fan 1996). NaN
 * entries (undefined ratios) are left out; an empty sample has no percentile (null).
 *
 * Only the order statistics the levels need are found (a multiple quickselect, `select`),
 * not the whole sample sorted: a 10,000-path run reduces ~600 slots, and sorting each was
 * the larger part of the reduction.
 */

/** The stress run's percentile levels (SPEC §10 `percentiles`). */
export const PERCENTILES = [5, 25, 50, 75, 95] as const;

/** `ps` (in percent) of `xs`; `xs` is not modified. */
export function percentiles(xs: ArrayLike<number>, ps: readonly number[] = PERCENTILES): (number | null)[] {
  return percentilesInPlace(Float64Array.from(xs), ps);
}

/** `ps` (in percent) of `v`, reordering `v` (a scratch copy the caller owns). */
export function percentilesInPlace(v: Float64Array, ps: readonly number[] = PERCENTILES): (number | null)[] {
  let n = 0;
  for (let i = 0; i < v.length; i++) if (!Number.isNaN(v[i]!)) v[n++] = v[i]!;
  if (n === 0) return ps.map(() => null);
  const at = ps.map((p) => {
    const h = (n - 1) * (p / 100);
    const lo = Math.floor(h);
    return { h, lo, hi: Math.min(lo + 1, n - 1) };
  });
  const ks = [...new Set(at.flatMap((a) => [a.lo, a.hi]))].sort((a, b) => a - b);
  select(v, ks, 0, n - 1);
  return at.map(({ h, lo, hi }) => {
    const a = v[lo]!, b = v[hi]!;
    return a === b ? a : a + (h - lo) * (b - a);
  });
}

/** Below this many entries a range is sorted outright. */
const SMALL = 24;

/**
 * Reorders `a[lo..hi]` so that every index of `ks` (ascending, within the range) holds the
 * value a full sort would put there (Hoare partitions around a median-of-three pivot,
 * recursing only into the parts that hold a wanted index). Deterministic: no random pivot.
 */
function select(a: Float64Array, ks: readonly number[], lo: number, hi: number): void {
  let want = ks;
  while (want.length > 0 && hi > lo) {
    if (hi - lo < SMALL) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    const x = a[lo]!, y = a[(lo + hi) >>> 1]!, z = a[hi]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    // now a[lo..j] ≤ pivot ≤ a[i..hi], and j < k < i (if any) hold the pivot's value
    const left = want.filter((k) => k <= j);
    if (left.length > 0) select(a, left, lo, j);
    want = want.filter((k) => k >= i);
    lo = i;
  }
}
