/**
 * Where the rate solvers look for roots (SPEC §10): `z = 1 + r` in
 * `[Z_MIN, Z_MAX] = [1e−10, 1e10]`, i.e. r from −0.9999999999 to 10^10 − 1.
 * The scan grid is uniform in `u = ln z`: step 0.1 over u ∈ [−4.7, 2.5] (r from −0.991
 * to 11.2, where real-world rates live), with z = 1 exactly on it, and 0.5 beyond.
 */
/** Lowest z = 1 + r searched (r = −0.9999999999). */
export const Z_MIN = 1e-10;
/** Highest z = 1 + r searched (r ≈ 10^10). */
export const Z_MAX = 1e10;

function buildGrid(): Float64Array {
  const us: number[] = [];
  for (let k = -47; k <= 25; k++) us.push(k / 10);
  for (let u = -4.7 - 0.5; u > Math.log(Z_MIN); u -= 0.5) us.push(u);
  for (let u = 2.5 + 0.5; u < Math.log(Z_MAX); u += 0.5) us.push(u);
  us.sort((a, b) => a - b);
  return Float64Array.from([Z_MIN, ...us.map((u) => Math.exp(u)), Z_MAX]);
}

/** Grid points in z, ascending, from Z_MIN to Z_MAX. */
export const GRID_Z: Float64Array = buildGrid();
