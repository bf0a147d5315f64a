/**
 * `allocateFenInt`: largest remainder over amounts already counted in whole fen (the queue's
 * pro rata year, SPEC §3 "Pool"), the integer core of `allocateToFen`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateFenInt, allocateToFen, fromFenInt, toFenInt } from '../../../src/core/ledger/index.ts';

describe('allocateFenInt', () => {
  it('splits 100,000,001 fen over three equal claims: 33,333,334, 33,333,334, 33,333,333 (ties to the earlier)', () => {
    // exact share 33,333,333.67 each; 2 fen left go to the first two
    expect(allocateFenInt(100_000_001, [40_000_000, 40_000_000, 40_000_000])).toEqual([33_333_334, 33_333_334, 33_333_333]);
  });

  it('gives the leftover fen to the largest remainders: 10 fen over 1 : 2 → 3, 7', () => {
    // shares 3.33… and 6.66…: floors 3 + 6, the one fen left to the larger remainder (0.67)
    expect(allocateFenInt(10, [1, 2])).toEqual([3, 7]);
  });

  it('zero weights get nothing; all-zero weights allocate nothing', () => {
    expect(allocateFenInt(5, [0, 3, 0])).toEqual([0, 5, 0]);
    expect(allocateFenInt(5, [0, 0])).toEqual([0, 0]);
  });

  it('is exact beyond 2^53 products (large pools and claims)', () => {
    // 9·10^15 fen is about 9·10^9 万元; products reach 10^31
    expect(allocateFenInt(8_999_999_999_999_999, [3_000_000_000_000_000, 6_000_000_000_000_000])).toEqual([3_000_000_000_000_000, 5_999_999_999_999_999]);
  });

  it('agrees with allocateToFen on amounts on the fen grid (property)', () => {
    const fen = fc.integer({ min: 0, max: 2 ** 45 });
    fc.assert(fc.property(fen, fc.array(fen, { minLength: 1, maxLength: 20 }), (total, weights) => {
      const ref = allocateToFen(fromFenInt(total), weights.map(fromFenInt)).map(toFenInt);
      expect(allocateFenInt(total, weights)).toEqual(ref);
    }), { numRuns: 500 });
  });

  it('refuses a negative or fractional fen count', () => {
    expect(() => allocateFenInt(-1, [1])).toThrow(RangeError);
    expect(() => allocateFenInt(1, [0.5])).toThrow(RangeError);
  });
});
