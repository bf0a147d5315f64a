import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocateToFen, roundFen } from '../../../src/core/ledger/index.ts';

describe('allocateToFen: the shortcuts (zero total, one positive weight) give the general rule\'s answer', () => {
  it('one positive weight takes the whole total, to the fen; the others get 0', () => {
    // 1 万元 = 1,000,000 fen: 1.23456789 万元 = 1,234,567.89 fen → 1,234,568 fen = 1.234568 万元, all to weight 1
    expect(allocateToFen(1.23456789, [0, 0.3, 0])).toEqual([0, 1.234568, 0]);
    fc.assert(fc.property(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 6 }), fc.nat(), fc.double({ min: 1e-300, max: 1e12, noNaN: true }),
      (total, n, at, w) => {
        const i = at % n;
        const weights = Array.from({ length: n }, (_, k) => (k === i ? w : 0));
        const got = allocateToFen(total, weights);
        expect(got[i]).toBe(roundFen(total));
        got.forEach((x, k) => { if (k !== i) expect(x === 0).toBe(true); });
        // the shares foot to the rounded total
        expect(got.reduce((a, b) => a + b, 0)).toBe(roundFen(total));
      }));
  });

  it('a total that rounds to 0 fen gives 0 to every weight', () => {
    // 0.0000004 万元 = 0.4 fen → 0 fen
    expect(allocateToFen(0.0000004, [1, 2, 3])).toEqual([0, 0, 0]);
    expect(allocateToFen(0, [0.5, 0.5])).toEqual([0, 0]);
  });
});
