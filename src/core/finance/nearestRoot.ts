import { brent } from './brent.ts';
import { GRID_Z, Z_MAX, Z_MIN } from './rateGrid.ts';

/** A rate equation in `z = 1 + r` for the solvers (irr, xirr, rate; SPEC §10). */
export interface RateEquation {
  /** Continuous on z > 0, finite, with the sign and roots of the equation (any positive scaling). */
  readonly h: (z: number) => number;
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
 * ln(1+r), on the side the signs at the range ends point to. Several possible roots: the
 * grid is scanned outward from the guess on both sides, stopping at the first sign change
 * (or a dip of |h| that crosses zero, found by golden-section search, so two roots inside
 * one grid cell are not missed), and the nearer of the two roots wins. Each bracket is
 * solved by Brent's method; the root is then checked: `|h(z*)| ≤ 1e−9 · magnitude(z*)`.
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
    const up = scan(eq.h, z0, h0, 1, Infinity);
    const down = scan(eq.h, z0, h0, -1, up === null ? Infinity : up - z0);
    z = down !== null && (up === null || z0 - down < up - z0) ? down : up;
  }
  if (z === null) return null;
  const residual = Math.abs(eq.h(z));
  if (!(residual <= RESIDUAL_TOL * eq.magnitude(z))) return null;
  return z - 1;
}

function bracketUnique(h: (z: number) => number, z0: number, h0: number): number | null {
  const hHigh = h(Z_MAX);
  const dir = Math.sign(h0) === Math.sign(hHigh) ? -1 : 1; // root lies where the sign differs from h0's
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

/** First root met walking the grid from z0 in direction `dir`, within `cutoff` of z0. */
function scan(h: (z: number) => number, z0: number, h0: number, dir: 1 | -1, cutoff: number): number | null {
  let idx = dir > 0 ? firstAbove(z0) : firstAbove(z0) - 1;
  let zPrev = z0, fPrev = h0, zPrev2 = NaN, fPrev2 = NaN;
  for (; idx >= 0 && idx < GRID_Z.length; idx += dir) {
    if (Math.abs(zPrev - z0) > cutoff) return null;
    const z = GRID_Z[idx] as number;
    if (z === zPrev) continue; // z0 on a grid point
    const f = h(z);
    if (!Number.isFinite(f)) return null;
    if (f === 0 || Math.sign(f) !== Math.sign(fPrev)) return brent(h, zPrev, z, fPrev, f);
    if (Math.abs(fPrev) < Math.abs(fPrev2) && Math.abs(fPrev) < Math.abs(f)) {
      const cross = dipCrossing(h, zPrev2, zPrev, z, fPrev2, fPrev, f);
      if (cross !== null) return brent(h, zPrev2, cross.z, fPrev2, cross.f);
    }
    zPrev2 = zPrev; fPrev2 = fPrev; zPrev = z; fPrev = f;
  }
  return null;
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

const GOLDEN = (3 - Math.sqrt(5)) / 2;

/**
 * Golden-section search for a point where h changes sign inside a dip: a, b, c in order
 * along the walk (either direction), h(a), h(b), h(c) of one sign and |h(b)| the least.
 */
function dipCrossing(
  h: (z: number) => number, a0: number, b0: number, c0: number, fa: number, fb0: number, fc: number,
): { z: number; f: number } | null {
  const s = Math.sign(fb0);
  let lo = Math.min(a0, c0), hi = Math.max(a0, c0), b = b0, fb = s * fb0;
  if (!(s * fa > 0 && s * fc > 0)) return null;
  for (let i = 0; i < 80 && hi - lo > 4 * Number.EPSILON * b; i++) {
    const right = hi - b > b - lo;
    const x = right ? b + GOLDEN * (hi - b) : b - GOLDEN * (b - lo);
    const fx = h(x);
    if (!Number.isFinite(fx)) return null;
    if (s * fx <= 0) return { z: x, f: fx };
    if (s * fx < fb) {
      if (right) lo = b; else hi = b;
      b = x; fb = s * fx;
    } else if (right) hi = x; else lo = x;
  }
  return null;
}
