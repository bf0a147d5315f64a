/**
 * The ledger's fast paths (doubles for toFenInt, BigInt for allocateToFen) agree exactly
 * with the decimal definitions they replace, including at half-fen ties.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { allocateToFen, toFenInt, fromFenInt } from '../../../src/core/ledger/index.ts';

const D = Decimal.clone({ precision: 64, rounding: Decimal.ROUND_HALF_UP });

/** Reference: round_half_up(decimal(x)·10^6). */
const fenRef = (x: number): number => {
  const v = new D(x).times(1_000_000).toDecimalPlaces(0, D.ROUND_HALF_UP).toNumber();
  return v === 0 ? 0 : v;
};

/** Reference: largest remainder in exact decimal on the weights' decimal values. */
function allocateRef(total: number, weights: readonly number[]): number[] {
  const ws = weights.map((w) => new D(w));
  const sumW = ws.reduce((a, w) => a.plus(w), new D(0));
  const totalFen = fenRef(total);
  if (sumW.isZero() || totalFen === 0) return ws.map(() => 0);
  const sign = totalFen < 0 ? -1 : 1;
  const t = new D(Math.abs(totalFen));
  let left = Math.abs(totalFen);
  const rows = ws.map((w, i) => {
    const num = t.times(w);
    const q = num.dividedToIntegerBy(sumW);
    left -= q.toNumber();
    return { i, q: q.toNumber(), r: num.minus(q.times(sumW)) };
  });
  const order = [...rows].sort((a, b) => b.r.comparedTo(a.r) || a.i - b.i);
  for (let k = 0; k < left; k++) { const row = order[k]; if (row) row.q += 1; }
  return rows.map((r) => fromFenInt(sign * r.q));
}

describe('ledger fast paths', () => {
  it('toFenInt equals the decimal rounding on random amounts', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => toFenInt(x) === fenRef(x)), { numRuns: 20000 });
  });

  it('toFenInt equals the decimal rounding at and next to half-fen ties', () => {
    fc.assert(
      fc.property(fc.integer({ min: -9e12, max: 9e12 }), fc.constantFrom(-1, 0, 1), (k, step) => {
        let x = (k + 0.5) / 1e6;
        if (step < 0) x = x - Math.abs(x) * Number.EPSILON;
        if (step > 0) x = x + Math.abs(x) * Number.EPSILON;
        return toFenInt(x) === fenRef(x);
      }),
      { numRuns: 20000 },
    );
    // ties of amounts up to 2^52 fen (≈ 4.5·10^9 万元: a city's totals), where the fast path
    // splits off the whole 万元 (k + 0.5 is still a double there)
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 52 - 1), max: 2 ** 52 - 1 }), fc.constantFrom(-1, 0, 1), (k, step) => {
        let x = (k + 0.5) / 1e6;
        if (step < 0) x = x - Math.abs(x) * Number.EPSILON;
        if (step > 0) x = x + Math.abs(x) * Number.EPSILON;
        return toFenInt(x) === fenRef(x);
      }),
      { numRuns: 20000 },
    );
    fc.assert(fc.property(fc.double({ min: -9e9, max: 9e9, noNaN: true }), (x) => toFenInt(x) === fenRef(x)), { numRuns: 20000 });
    // 0.0000005 万元 is half a fen: rounds up to 1 fen; 2.675 ×10^-6 style decimal artefacts do not leak
    expect(toFenInt(0.0000005)).toBe(1);
    expect(toFenInt(-0.0000005)).toBe(-1);
    expect(toFenInt(1.0000005)).toBe(1000001);
  });

  it('allocateToFen equals the decimal largest-remainder split', () => {
    // Weights below 1e-9 are left out: the 64-digit decimal reference loses them in the sum
    // (5e-324 beside 79.6), where the BigInt path stays exact.
    const weight = fc.oneof(fc.double({ min: 0, max: 1e7, noNaN: true }).map((w) => (w < 1e-9 ? 0 : w)), fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), fc.constant(0));
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 1e8, noNaN: true }), fc.array(weight, { maxLength: 12 }), (total, ws) => {
        expect(allocateToFen(total, ws)).toEqual(allocateRef(total, ws));
      }),
      { numRuns: 3000 },
    );
  });

  it('allocateToFen equals the decimal split on weights that are whole fen (read without their digits)', () => {
    const fen = fc.oneof(fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 2 ** 52 })).map((k) => k / 1e6);
    fc.assert(
      fc.property(fc.double({ min: -1e8, max: 1e8, noNaN: true }), fc.array(fc.oneof(fen, fc.double({ min: 0, max: 1e4, noNaN: true })), { maxLength: 8 }), (total, ws) => {
        expect(allocateToFen(total, ws)).toEqual(allocateRef(total, ws));
      }),
      { numRuns: 3000 },
    );
    // 0.1 and 0.3 万元 are 100,000 and 300,000 fen: 1 万元 splits 1:3
    expect(allocateToFen(1, [0.1, 0.3])).toEqual([0.25, 0.75]);
  });

  it('allocateToFen: the doubles filter gives the exact split on large prorated pools, and defers on ties', () => {
    // 2,000 prorated claims (not whole fen) of one pool, as a 2,000-town run's reward pool
    const claims = Array.from({ length: 2000 }, (_, i) => ((i * 7919) % 1000) / 3 + 0.1234567);
    for (const pool of [123_456.789, 1e6 + 0.005, -98_765.4321]) expect(allocateToFen(pool, claims)).toEqual(allocateRef(pool, claims));
    // equal weights across the cut: remainders tie exactly, the earlier claim takes the fen
    // 0.000005 万元 = 5 fen over three equal weights: 1 each, 2 left → the first two
    expect(allocateToFen(0.000005, [1, 1, 1])).toEqual([0.000002, 0.000002, 0.000001]);
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.array(fc.double({ min: 0, max: 1e3, noNaN: true }), { minLength: 50, maxLength: 300 }), (total, ws) => {
        expect(allocateToFen(total, ws)).toEqual(allocateRef(total, ws));
      }),
      { numRuns: 300 },
    );
  });

  it('allocateToFen: many identical claims across the cut are served in index order, as the exact split (doubles filter)', () => {
    // claims × a prorate ratio as the reward pool pays them; a pool on the fen grid
    const claim = fc.oneof(fc.double({ min: 1e-6, max: 5e4, noNaN: true }), fc.constantFrom(0.1, 0.3, 0.2, 1 / 3, 2 / 3, 100, 4000, 4800), fc.integer({ min: 1, max: 1000 }).map((k) => k / 100));
    const pool = fc.double({ min: 0, max: 2e6, noNaN: true }).map((x) => fromFenInt(Math.round(x * 1e6)));
    fc.assert(fc.property(pool, claim, claim, fc.integer({ min: 2, max: 300 }), fc.integer({ min: 0, max: 300 }), (p, a, b, na, nb) => {
      const w = [...Array<number>(na).fill(a), ...Array<number>(nb).fill(b)];
      expect(allocateToFen(p, w)).toEqual(allocateRef(p, w));
    }), { numRuns: 500 });
    // 1 万元 over three equal claims: 333,333 fen each, 1 fen left → the first claim
    expect(allocateToFen(1, [2, 2, 2])).toEqual([0.333334, 0.333333, 0.333333]);
    // subnormal weights are left to the exact split
    expect(allocateToFen(1, [5e-324, 1e-310, 1])).toEqual(allocateRef(1, [5e-324, 1e-310, 1]));
  });

  it('allocateToFen handles weights of very different magnitudes exactly', () => {
    expect(allocateToFen(1, [1e-300, 1e300, 1e-7])).toEqual(allocateRef(1, [1e-300, 1e300, 1e-7]));
  });
});
