/**
 * Laws of the hidden-debt swap (SPEC §6): for any swap up to the hidden debt there is, in the
 * swap year hidden debt falls and special debt rises by the amount, the broad ratio does not
 * move, the legal ratio rises by amount / 综合财力, and the headroom under the limit is kept.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { c, district, scenario } from './fixtures.ts';

/** Equal within a relative 1e−9 (the ratios reach 2·10⁵ here). */
const near = (a: number | null | undefined, b: number | null | undefined): boolean =>
  typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const amount = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

describe('swap laws', () => {
  it('hidden → special one for one, broad unchanged, legal up by S / C, headroom kept', () => {
    fc.assert(fc.property(amount(100, 1e7), amount(0, 1e7), amount(0, 1e7), fc.double({ min: 0, max: 1, noNaN: true }), (cap, legal, hidden, k) => {
      const s = k * hidden;
      const run = (swaps: { year: number; amount: number; coupon: number; tenorYears: number }[]) => simulateDebt(scenario({
        horizonYears: 1, towns: [], districts: [district({ capacity: c(cap), legalDebt: c(legal), hiddenDebt: c(hidden), debtLimit: c(2e7), swaps })],
      }));
      const before = run([]).districts[0];
      const after = run(s > 0 ? [{ year: 2026, amount: s, coupon: 0.02, tenorYears: 10 }] : []).districts[0];
      const tol = 1e-6 * Math.max(1, hidden + legal);
      expect(Math.abs((before?.hiddenDebt[0] ?? NaN) - (after?.hiddenDebt[0] ?? NaN) - s)).toBeLessThanOrEqual(tol);
      expect(Math.abs((after?.specialDebt[0] ?? NaN) - s)).toBeLessThanOrEqual(tol);
      expect(near(after?.broadRatio[0], before?.broadRatio[0])).toBe(true);
      expect(near(after?.legalRatio[0], (before?.legalRatio[0] ?? NaN) + s / cap)).toBe(true);
      expect(Math.abs((after?.debtHeadroom[0] ?? NaN) - (before?.debtHeadroom[0] ?? NaN))).toBeLessThanOrEqual(3e-6); // both sides rounded to the fen
    }), { numRuns: 200 });
  });
});
