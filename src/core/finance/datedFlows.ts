/**
 * The XIRR equation of dated flows `v_i` at `t_i` years (SPEC §10), as a function of
 * `z = 1 + r`, scaled so no term exceeds `|v_i|`:
 *
 *   h(z) = Σ v_i z^(−t_i)          for z ≥ 1,
 *   h(z) = Σ v_i z^(T − t_i)       for z < 1, T = max t_i (the same times z^T > 0).
 *
 * Same sign and roots as XNPV(z − 1) on z > 0, continuous at z = 1.
 */
export function datedNpvScaled(values: ArrayLike<number>, t: Float64Array, tMax: number, z: number, abs = false): number {
  const lnz = Math.log(z);
  const shift = z >= 1 ? 0 : tMax;
  let acc = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    acc += (abs ? Math.abs(v) : v) * Math.exp((shift - (t[i] as number)) * lnz);
  }
  return acc;
}

/** {@link datedNpvScaled} and its derivative dh/dz, written to `out[0]`, `out[1]`. */
export function datedNpvScaledWithSlope(values: ArrayLike<number>, t: Float64Array, tMax: number, z: number, out: Float64Array): void {
  const lnz = Math.log(z);
  const shift = z >= 1 ? 0 : tMax;
  let h = 0, dh = 0;
  for (let i = 0; i < values.length; i++) {
    const e = shift - (t[i] as number);
    const term = (values[i] as number) * Math.exp(e * lnz);
    h += term;
    dh += e * term;
  }
  out[0] = h; out[1] = dh / z;
}

/**
 * Flows merged by date and ordered in time, for Laguerre's rule of signs: sign changes
 * of the time-ordered coefficients bound the number of roots (SPEC §10).
 */
export function timeOrderedNetFlows(values: ArrayLike<number>, t: Float64Array): number[] {
  const order = Array.from(t.keys()).sort((a, b) => (t[a] as number) - (t[b] as number) || a - b);
  const net: number[] = [];
  let lastT = NaN;
  for (const i of order) {
    const ti = t[i] as number, v = values[i] as number;
    if (ti === lastT) net[net.length - 1] = (net[net.length - 1] ?? 0) + v;
    else net.push(v);
    lastT = ti;
  }
  return net;
}
