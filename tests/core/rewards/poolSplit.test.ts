import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateToFen, roundFen } from '../../../src/core/ledger/index.ts';
import { splitPool } from '../../../src/core/rewards/poolSplit.ts';

/** A pool on the fen grid, as `prepareRewards` keeps it. */
const pool = fc.double({ min: 0, max: 2e6, noNaN: true }).map(roundFen);
/** Claims × a prorate ratio, as `payProrate` pays them: positive doubles of any precision. */
const claim = fc.oneof(
  fc.double({ min: 1e-6, max: 5e4, noNaN: true }),
  fc.constantFrom(0.1, 0.3, 0.2, 1 / 3, 2 / 3, 100, 4000, 4800),
  fc.integer({ min: 1, max: 1000 }).map((k) => k / 100),
);

describe('splitPool (SPEC §3 "Pool": an exhausted pool split to the fen)', () => {
  it('gives exactly the parts of allocateToFen', () => {
    fc.assert(fc.property(pool, fc.array(claim, { minLength: 0, maxLength: 40 }), (p, w) => {
      expect(splitPool(p, w)).toEqual(allocateToFen(p, w));
    }), { numRuns: 3000 });
  });
  it('gives exactly the parts of allocateToFen with many identical claims (ties go to the earlier claim)', () => {
    fc.assert(fc.property(pool, claim, claim, fc.integer({ min: 2, max: 300 }), fc.integer({ min: 0, max: 300 }), (p, a, b, na, nb) => {
      const w = [...Array<number>(na).fill(a), ...Array<number>(nb).fill(b)];
      expect(splitPool(p, w)).toEqual(allocateToFen(p, w));
    }), { numRuns: 500 });
  });
  it('splits 1 万元 over three equal claims as 0.333334 + 0.333333 + 0.333333 (the earlier claim takes the fen left)', () => {
    // 1,000,000 fen / 3 = 333,333 each, 1 fen left → claim 0
    expect(splitPool(1, [2, 2, 2])).toEqual([0.333334, 0.333333, 0.333333]);
  });
  it('splits 10 万元 over 0.1 and 0.3 as 2.5 and 7.5 (decimal ratio 1:3, an exact share: the ledger decides)', () => {
    expect(splitPool(10, [0.1, 0.3])).toEqual([2.5, 7.5]);
  });
  it('leaves bad input to the ledger, which refuses it', () => {
    expect(() => splitPool(Number.NaN, [1, 2])).toThrow(RangeError);
    expect(() => splitPool(1, [1, -2])).toThrow(RangeError);
  });
});
