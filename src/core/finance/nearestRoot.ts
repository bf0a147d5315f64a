import { brent } from './brent.ts';
import { GRID_Z, Z_MAX, Z_MIN } from './rateGrid.ts';

/** A rate equation in `z = 1 + r` for the solvers (irr, xirr, rate; SPEC §10). */
export interface RateEquation {
  /** Continuous on z > 0, finite, with the sign and roots of the equation (any positive scaling). */
  readonly h: (z: number) => number;
  /** h(z) and dh/dz into out[0], out[1] (piecewise smooth: the scaling may change at z = 1, a grid point). */
  readonly hd: (z: number, out: Float64Array) => void;
  /** Size of the terms of `h` at z, same scaling: a root must leave `|h| ≤ 1e−9 · magnitude`. */
  readonly magnitude: (z: number) => number;
  /** At most one root on z > 0 (Descartes / Laguerre): the scan is skipped. */
  readonly unique: boolean;
}

const RESIDUAL_TOL = 1e-9;

/**
 * The root `r` of a rate equation nearest `guess` (SPEC §10: "the root nearest the guess"),
 * or null when there is none in the search range (see rateGrid.ts) or it fails verification.
 *
 * Unique root: the bracket is found by stepping away from the guess, in doubling steps of
 * ln(1+r), on the side the sign at the top of the range points to. Several possible roots:
 * the grid is walked outward from the guess on both sides. A cell whose ends differ in
 * sign holds a root; a cell whose ends share a sign but whose slopes point to an interior
 * minimum of |h| has its extremum located (Brent on dh/dz) and, if h changes sign there,
 * two roots — so a pair of roots inside one cell is not missed. Each side stops at its
 * first root; the nearer root wins. Brackets are solved by Brent's method, and the root is
 * checked: `|h(z*)| ≤ 1e−9 · magnitude(z*)`.
 */
export function nearestRoot(eq: RateEquation, guess: number): number | null {
  if (!Number.isFinite(guess) || guess <= -1) return null;
  const z0 = Math.min(Math.max(1 + guess, Z_MIN), Z_MAX);
  const h0 = eq.h(z0);
  if (!Number.isFinite(h0)) return null;
  let z: number | null;
  if (h0 === 0) z = z0;
  else if (eq.unique) z = bracketUnique(eq.h, z0, h0);
  else {
    const up = walk(eq, z0, 1, Infinity);
    const down = walk(eq, z0, -1, up === null ? Infinity : up - z0);
    z = down !== null && (up === null || z0 - down < up - z0) ? down : up;
  }
  if (z === null) return null;
  const residual = Math.abs(eq.h(z));
  if (!(residual <= RESIDUAL_TOL * eq.magnitude(z))) return null;
  return z - 1;
}

function bracketUnique(h: (z: number) => number, z0: number, h0: number): number | null {
  const hHigh = h(Z_MAX);
  const dir = Math.sign(h0) === Math.sign(hHigh) ? -1 : 1; // the root lies where the sign differs from h0's
  const end = dir > 0 ? Z_MAX : Z_MIN;
  let zPrev = z0, fPrev = h0, step = 0.1;
  for (;;) {
    const zNext = dir > 0 ? Math.min(zPrev * Math.exp(step), Z_MAX) : Math.max(zPrev * Math.exp(-step), Z_MIN);
    const fNext = zNext === Z_MAX ? hHigh : h(zNext);
    if (!Number.isFinite(fNext)) return null;
    if (fNext === 0 || Math.sign(fNext) !== Math.sign(fPrev)) return brent(h, zPrev, zNext, fPrev, fNext);
    if (zNext === end) return null;
    zPrev = zNext; fPrev = fNext; step *= 2;
  }
}

/** The root nearest z0 on one side (dir), within `cutoff` of z0, walking the grid. */
function walk(eq: RateEquation, z0: number, dir: 1 | -1, cutoff: number): number | null {
  const at = new Float64Array(2);
  eq.hd(z0, at);
  let zPrev = z0, fPrev = at[0] as number, dPrev = at[1] as number;
  let idx = firstAbove(z0) - (dir > 0 ? 0 : 1);
  for (; idx >= 0 && idx < GRID_Z.length; idx += dir) {
    if (Math.abs(zPrev - z0) > cutoff) return null;
    const z = GRID_Z[idx] as number;
    if (z === zPrev) continue; // z0 on a grid point
    eq.hd(z, at);
    const f = at[0] as number, d = at[1] as number;
    if (!Number.isFinite(f) || !Number.isFinite(d)) return null;
    if (f === 0 || Math.sign(f) !== Math.sign(fPrev)) return brent(eq.h, zPrev, z, fPrev, f);
    const [lo, hi, dLo, dHi] = dir > 0 ? [zPrev, z, dPrev, d] : [z, zPrev, d, dPrev];
    const s = Math.sign(f);
    if (s * dLo < 0 && s * dHi > 0) {
      const pair = hiddenPair(eq, lo, hi, dLo, dHi, s);
      if (pair !== null) {
        const [fLo, fHi] = dir > 0 ? [fPrev, f] : [f, fPrev];
        return dir > 0 ? brent(eq.h, lo, pair.z, fLo, pair.f) : brent(eq.h, pair.z, hi, pair.f, fHi);
      }
    }
    zPrev = z; fPrev = f; dPrev = d;
  }
  return null;
}

/**
 * In a cell [lo, hi] where s·h is positive at both ends, falls at lo and rises at hi: the
 * interior minimum (root of dh/dz, by Brent) if s·h ≤ 0 there, i.e. two roots straddle it.
 */
function hiddenPair(eq: RateEquation, lo: number, hi: number, dLo: number, dHi: number, s: number): { z: number; f: number } | null {
  const at = new Float64Array(2);
  const slope = (z: number): number => { eq.hd(z, at); return at[1] as number; };
  const m = brent(slope, lo, hi, dLo, dHi);
  if (m === null) return null;
  const f = eq.h(m);
  return Number.isFinite(f) && s * f <= 0 ? { z: m, f } : null;
}

/** Index of the first grid point above z (GRID_Z.length if none). */
function firstAbove(z: number): number {
  let lo = 0, hi = GRID_Z.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((GRID_Z[mid] as number) > z) hi = mid; else lo = mid + 1;
  }
  return lo;
}
