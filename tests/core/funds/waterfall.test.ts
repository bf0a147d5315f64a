import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waterfall } from '../../../src/core/funds/waterfall.ts';

const arr = (xs: number[]): Float64Array => Float64Array.from(xs);

describe('waterfall (SPEC §5: fees → return of capital → hurdle → carry → investors)', () => {
  it('pays fees first, then capital, then a hurdle compounding annually, then carry on the rest', () => {
    // calls [100, 0, 0], gross distributions [0, 60, 90], fee due 2 a year, hurdle 10%, carry 20%.
    // y1: fee owed 2, nothing to pay it with → unpaid 2; capital K = 100; P = 0.
    // y2: P += 0.1·(100 + 0) = 10; owed 2 + 2 = 4 → fee 4; 56 returns capital → K = 44.
    // y3: P += 0.1·(44 + 10) = 5.4 → P = 15.4; fee 2; 88 left: capital 44, hurdle 15.4,
    //     28.6 left: carry 0.2·28.6 = 5.72, investors 22.88 → investors 44 + 15.4 + 22.88 = 82.28.
    const w = waterfall(arr([100, 0, 0]), arr([0, 60, 90]), arr([2, 2, 2]), { hurdle: 0.1, carry: 0.2 });
    expect([...w.feesPaid]).toEqual([0, 4, 2]);
    expect([...w.feesUnpaid]).toEqual([2, 0, 0]);
    expect([...w.capitalReturned]).toEqual([0, 56, 44]);
    expect(w.hurdlePaid[2]).toBeCloseTo(15.4, 12);
    expect(w.carry[2]).toBeCloseTo(5.72, 12);
    expect(w.investors[1]).toBe(56);
    expect(w.investors[2]).toBeCloseTo(82.28, 12);
  });

  it('compounds the hurdle annually on capital and unpaid hurdle', () => {
    // K = 100 from y1; P: y2 0.1·100 = 10, y3 + 0.1·(100 + 10) = 21 (not 20: compound, not simple).
    // y3 distributes 130: capital 100, hurdle 21, carry 0.5·9 = 4.5, investors 125.5
    const w = waterfall(arr([100, 0, 0]), arr([0, 0, 130]), arr([0, 0, 0]), { hurdle: 0.1, carry: 0.5 });
    expect(w.hurdlePaid[2]).toBeCloseTo(21, 12);
    expect(w.carry[2]).toBeCloseTo(4.5, 12);
    expect(w.investors[2]).toBeCloseTo(125.5, 12);
  });

  it('without a hurdle, carry applies to everything after the return of capital', () => {
    // y1: capital 100 back from 150; carry 0.2·50 = 10; investors 140
    const w = waterfall(arr([100, 0]), arr([0, 150]), arr([0, 0]), { hurdle: null, carry: 0.2 });
    expect(w.carry[1]).toBeCloseTo(10, 12);
    expect(w.investors[1]).toBeCloseTo(140, 12);
  });

  it('with no fees and no carry, investors receive every distribution', () => {
    const w = waterfall(arr([100, 0]), arr([30, 90]), arr([0, 0]), { hurdle: 0.08, carry: 0 });
    expect([...w.investors]).toEqual([30, 90]);
  });

  it('the tiers always add up to the gross distribution', () => {
    const flows = fc.array(fc.tuple(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 20 });
    fc.assert(fc.property(flows, fc.option(fc.double({ min: 0, max: 0.3, noNaN: true }), { nil: null }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, hurdle, carry) => {
      const w = waterfall(arr(rows.map((r) => r[0])), arr(rows.map((r) => r[1])), arr(rows.map((r) => r[2])), { hurdle, carry });
      return rows.every((r, i) => Math.abs((w.feesPaid[i] ?? 0) + (w.carry[i] ?? 0) + (w.investors[i] ?? 0) - r[1]) <= 1e-9 * Math.max(1, r[1]))
        && [...w.investors, ...w.carry, ...w.feesPaid].every((x) => x >= 0);
    }));
  });
});
