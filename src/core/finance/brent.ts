/**
 * Brent's root finder ("zeroin": Brent, *Algorithms for Minimization without Derivatives*,
 * 1973, ch. 4): inverse quadratic / secant steps inside a sign-change bracket, falling back
 * to bisection whenever they do not shrink the bracket fast enough, so it always converges
 * for a continuous `f`. Used by irr, xirr and rate on `z = 1 + r` (SPEC §10).
 *
 * Requires `fa`, `fb` (the values at `a`, `b`) of opposite signs or one of them 0. Stops when
 * the bracket is narrower than `4·ε·|x| + tolAbs`. Returns null if `f` yields a non-finite value.
 */
export function brent(
  f: (x: number) => number,
  a0: number, b0: number, fa0: number, fb0: number,
  tolAbs = 1e-300,
): number | null {
  let a = a0, b = b0, fa = fa0, fb = fb0;
  if (fa === 0) return a;
  if (fb === 0) return b;
  let c = a, fc = fa, d = b - a, e = d;
  for (let iter = 0; iter < 200; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) { c = a; fc = fa; d = b - a; e = d; }
    if (Math.abs(fc) < Math.abs(fb)) { a = b; b = c; c = a; fa = fb; fb = fc; fc = fa; }
    const tol = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tolAbs;
    const m = 0.5 * (c - b);
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      // Interpolate: secant when only two points, else inverse quadratic.
      const s = fb / fa;
      let p: number, q: number;
      if (a === c) { p = 2 * m * s; q = 1 - s; }
      else {
        const qa = fa / fc, r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q; else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) { e = d; d = p / q; }
      else { d = m; e = m; }
    } else { d = m; e = m; }
    a = b; fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = f(b);
    if (!Number.isFinite(fb)) return null;
  }
  return b;
}
