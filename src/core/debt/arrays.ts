/** Small helpers for the per-year typed arrays of the debt year loops (SPEC §1 "One engine"). */

/** `dst[i] += src[i]` for every i of dst (missing src entries count as 0). */
export function addInto(dst: Float64Array, src: ArrayLike<number>): void {
  for (let i = 0; i < dst.length; i++) dst[i] = (dst[i] ?? 0) + (src[i] ?? 0);
}

/** `a[i]`, 0 when out of range. */
export function at(a: ArrayLike<number>, i: number): number {
  return a[i] ?? 0;
}
