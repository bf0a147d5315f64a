/**
 * Where the rate solvers look for roots (SPEC §10): `z = 1 + r` in
 * `[Z_MIN, Z_MAX] = [1e−10, 1e10]`, i.e. r from −0.9999999999 to 10^10 − 1.
 * The scan grid is uniform in `u = ln z`: step 0.1 over r ∈ [−0.991, 11.2] (u ∈ [−4.7, 2.5]),
 * where real-world rates and close pairs of roots live, and 0.5 beyond.
 */
export const Z_MIN = 1e-10;
export const Z_MAX = 1e10;

const CORE_LOW = -4.7;
const CORE_HIGH = 2.5;

function buildGrid(): Float64Array {
  const us: number[] = [];
  const uMin = Math.log(Z_MIN), uMax = Math.log(Z_MAX);
  for (let u = uMin; u < CORE_LOW; u += 0.5) us.push(u);
  for (let k = 0; CORE_LOW + 0.1 * k <= CORE_HIGH + 1e-9; k++) us.push(CORE_LOW + 0.1 * k);
  for (let u = CORE_HIGH + 0.5; u < uMax; u += 0.5) us.push(u);
  us.push(uMax);
  return Float64Array.from(us, (u) => Math.exp(u));
}

/** Grid points in z, ascending, from Z_MIN to Z_MAX. */
export const GRID_Z: Float64Array = buildGrid();
