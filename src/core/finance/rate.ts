import { nearestRoot } from './nearestRoot.ts';
import { signChanges } from './signChanges.ts';
import type { PaymentTiming } from './tvm.ts';

/**
 * Interest rate per period as Excel's RATE (SPEC §10): the r > −1 solving the annuity
 * equation `pv·(1+r)^n + pmt·(1 + r·type)·((1+r)^n − 1)/r + fv = 0` (`pv + pmt·n + fv` at
 * r = 0), the root nearest `guess`. For whole `nper` this is the IRR of the flows
 * `[pv + type·pmt, pmt, …, pmt, fv + (1−type)·pmt]`, and one sign change there means one
 * root (Descartes). Solved by the same verified bracketing as {@link irr}.
 *
 * @returns null when no rate solves it in (−1 + 1e−10, 1e10), `nper ≤ 0`, `type ∉ {0, 1}`,
 *   an input is not finite, or `guess ≤ −1`.
 */
export function rate(nper: number, pmt: number, pv: number, fv = 0, type: PaymentTiming = 0, guess = 0.1): number | null {
  if (!(nper > 0) || !Number.isFinite(nper) || !Number.isFinite(pmt) || !Number.isFinite(pv) || !Number.isFinite(fv)) return null;
  if (type !== 0 && type !== 1) return null;
  let unique = false;
  if (Number.isInteger(nper)) {
    const first = pv + type * pmt, last = fv + (1 - type) * pmt;
    const changes = signChanges(nper >= 2 ? [first, pmt, last] : [first, last]);
    if (changes === 0) return null;
    unique = changes === 1;
  }
  const h = (z: number): number => annuityEquationScaled(nper, pmt, pv, fv, type, z, false);
  return nearestRoot({
    h,
    hd: (z, out) => {
      // Central difference on one side of z = 1 (the scaling changes there): slope signs are all the scan needs.
      const dz = 1e-6 * z, a = z >= 1 ? Math.max(z - dz, 1) : z - dz, b = z >= 1 ? z + dz : Math.min(z + dz, 1 - Number.EPSILON);
      out[0] = h(z);
      out[1] = (h(b) - h(a)) / (b - a);
    },
    magnitude: (z) => annuityEquationScaled(nper, pmt, pv, fv, type, z, true),
    unique,
  }, guess);
}

/**
 * The annuity equation in z = 1 + r, divided by z^n when z ≥ 1 so no term exceeds its
 * coefficient times n: `pv + pmt·(1+r·type)·(1 − z^−n)/r + fv·z^−n` (z ≥ 1), else
 * `pv·z^n + pmt·(1+r·type)·(z^n − 1)/r + fv`. With `abs`, the sum of the terms' sizes.
 * Powers go through ln z (not log1p(z − 1), which loses digits of z near 0); the annuity
 * factors use their Taylor series for |r| < 1e−8, as in tvm.ts.
 */
function annuityEquationScaled(n: number, pmt: number, pv: number, fv: number, type: number, z: number, abs: boolean): number {
  const r = z - 1;
  const nlnz = n * Math.log(z);
  const f = abs ? Math.abs : (x: number): number => x;
  const timing = 1 + r * type;
  if (z >= 1) {
    const factor = Math.abs(r) < 1e-8 ? n - ((n * (n + 1)) / 2) * r + ((n * (n + 1) * (n + 2)) / 6) * r * r : -Math.expm1(-nlnz) / r;
    return f(pv) + f(pmt * timing * factor) + f(fv * Math.exp(-nlnz));
  }
  const factor = Math.abs(r) < 1e-8 ? n + ((n * (n - 1)) / 2) * r + ((n * (n - 1) * (n - 2)) / 6) * r * r : Math.expm1(nlnz) / r;
  return f(pv * Math.exp(nlnz)) + f(pmt * timing * factor) + f(fv);
}
