/**
 * The IRR equation of periodic flows `v_0 … v_{n−1}` at t = 0 … n−1 (SPEC §10), as a
 * function of `z = 1 + r`, scaled so it never overflows:
 *
 *   h(z) = Σ v_i z^(−i)          for z ≥ 1 (Horner in 1/z, every term ≤ |v_i|),
 *   h(z) = Σ v_i z^(n−1−i)       for z < 1 (the same times z^(n−1) > 0).
 *
 * `h` has the sign and the roots of `NPV(z − 1)` on z > 0 and is continuous (both forms
 * equal Σ v_i at z = 1), which is all a bracketing root finder needs.
 */
export function periodicNpvScaled(values: ArrayLike<number>, z: number): number {
  const n = values.length;
  let acc = 0;
  if (z >= 1) {
    const x = 1 / z;
    for (let i = n - 1; i >= 0; i--) acc = acc * x + (values[i] as number);
  } else {
    for (let i = 0; i < n; i++) acc = acc * z + (values[i] as number);
  }
  return acc;
}

/** The same scaled sum over `|v_i|`: the size of the terms at z, against which a residual is judged. */
export function periodicMagnitudeScaled(values: ArrayLike<number>, z: number): number {
  const n = values.length;
  let acc = 0;
  if (z >= 1) {
    const x = 1 / z;
    for (let i = n - 1; i >= 0; i--) acc = acc * x + Math.abs(values[i] as number);
  } else {
    for (let i = 0; i < n; i++) acc = acc * z + Math.abs(values[i] as number);
  }
  return acc;
}

/** {@link periodicNpvScaled} and its derivative dh/dz, written to `out[0]`, `out[1]` (one Horner pass). */
export function periodicNpvScaledWithSlope(values: ArrayLike<number>, z: number, out: Float64Array): void {
  const n = values.length;
  let p = 0, dp = 0;
  if (z >= 1) {
    const x = 1 / z;
    for (let i = n - 1; i >= 0; i--) { dp = dp * x + p; p = p * x + (values[i] as number); }
    out[0] = p; out[1] = -dp * x * x; // d/dz P(1/z) = −P'(x)/z²
  } else {
    for (let i = 0; i < n; i++) { dp = dp * z + p; p = p * z + (values[i] as number); }
    out[0] = p; out[1] = dp;
  }
}
