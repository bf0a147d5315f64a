import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { npv } from '../../../src/core/finance/npv.ts';

describe('npv', () => {
  it('npv(rate, values) discounts the first value one period (Excel NPV example 1: 1,188.44)', () => {
    // Excel docs print $1,188.44; the exact value is 1188.4434123352…
    expect(npv(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });
  it('npv matches Excel NPV example 2: NPV(8%, flows) + initial = 1,922.06 and with a year-6 loss −3,749.47', () => {
    const flows = [8000, 9200, 10000, 12000, 14500];
    expect((npv(0.08, flows) ?? NaN) - 40000).toBeCloseTo(1922.06, 2);
    expect((npv(0.08, [...flows, -9000]) ?? NaN) - 40000).toBeCloseTo(-3749.47, 2);
  });
  it('npv matches numpy-financial (which discounts from t = 0) after one period of compounding', () => {
    // npf.npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]) = 122.894854950942692…
    expect((npv(0.05, [-15000, 1500, 2500, 3500, 4500, 6000]) ?? NaN) * 1.05).toBeCloseTo(122.89485495094269, 9);
  });
  it('npv at rate 0 is the plain sum; npv of no values is 0', () => {
    expect(npv(0, [-100, 30, 40, 50])).toBe(20);
    expect(npv(0.1, [])).toBe(0);
  });
  it('npv returns null for rate ≤ −1, non-finite input or overflow', () => {
    expect(npv(-1, [1, 2])).toBeNull();
    expect(npv(-1.5, [1, 2])).toBeNull();
    expect(npv(NaN, [1])).toBeNull();
    expect(npv(0.1, [1, Infinity])).toBeNull();
    expect(npv(0.1, [1, NaN])).toBeNull();
    expect(npv(-0.999999, Array.from({ length: 60 }, () => 1e10))).toBeNull();
  });
  it('npv equals the term-by-term sum Σ v_i/(1+r)^(i+1)', () => {
    fc.assert(fc.property(
      fc.double({ min: -0.5, max: 1, noNaN: true }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 40 }),
      (r, v) => {
        const direct = v.reduce((s, x, i) => s + x / Math.pow(1 + r, i + 1), 0);
        const scale = v.reduce((s, x, i) => s + Math.abs(x) / Math.pow(1 + r, i + 1), 0);
        return Math.abs((npv(r, v) ?? NaN) - direct) <= 1e-12 * Math.max(1, scale);
      },
    ));
  });
});
