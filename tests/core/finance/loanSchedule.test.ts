import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loanSchedule, loanScheduleInto, type LoanTerms } from '../../../src/core/finance/loanSchedule.ts';

const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0);

describe('loanSchedule', () => {
  it('loanSchedule(annuity) pays a level instalment: 1000 at 10% over 3 years', () => {
    // A = 1000·0.1/(1 − 1.1^−3) = 100/(1 − 0.751315) = 402.114804
    // y1: interest 100, principal 302.114804, closing 697.885196
    // y2: interest 69.788520, principal 332.326284, closing 365.558912
    // y3: interest 36.555891, principal 365.558912, closing 0
    const s = loanSchedule({ principal: 1000, rate: 0.1, tenorYears: 3, repayment: 'annuity' });
    s.payment.forEach((p) => expect(p).toBeCloseTo(402.114804, 6));
    expect(Array.from(s.interest)).toEqual([100, expect.closeTo(69.78852, 5), expect.closeTo(36.555891, 5)]);
    expect(s.closing[1]).toBeCloseTo(365.558912, 5);
    expect(s.closing[2]).toBe(0);
  });
  it('loanSchedule(equal-principal) repays P/n each year with falling interest', () => {
    // 1200 at 5% over 4: principal 300/yr; interest 60, 45, 30, 15
    const s = loanSchedule({ principal: 1200, rate: 0.05, tenorYears: 4, repayment: 'equal-principal' });
    expect(Array.from(s.principal)).toEqual([300, 300, 300, 300]);
    expect(Array.from(s.interest)).toEqual([60, 45, 30, 15]);
    expect(Array.from(s.payment)).toEqual([360, 345, 330, 315]);
    expect(Array.from(s.opening)).toEqual([1200, 900, 600, 300]);
  });
  it('loanSchedule(bullet) pays interest only and all principal in the last year', () => {
    const s = loanSchedule({ principal: 500, rate: 0.04, tenorYears: 3, repayment: 'bullet' });
    expect(Array.from(s.payment)).toEqual([20, 20, 520]);
    expect(Array.from(s.closing)).toEqual([500, 500, 0]);
  });
  it('loanSchedule with grace years pays interest only, then amortises over tenor − grace', () => {
    // 1000 at 6%, 5 years, 2 grace, equal principal over 3: 333.33…
    const s = loanSchedule({ principal: 1000, rate: 0.06, tenorYears: 5, graceYears: 2, repayment: 'equal-principal' });
    expect(Array.from(s.payment.subarray(0, 2))).toEqual([60, 60]);
    expect(s.principal[2]).toBeCloseTo(1000 / 3, 12);
    // annuity after grace: level payment on 1000 over 3 years at 6% = 60/(1 − 1.06^−3) = 374.1098128
    const a = loanSchedule({ principal: 1000, rate: 0.06, tenorYears: 5, graceYears: 2, repayment: 'annuity' });
    expect(a.principal[0]).toBe(0);
    [2, 3, 4].forEach((t) => expect(a.payment[t]).toBeCloseTo(374.1098128, 6));
  });
  it('loanSchedule works at rate 0: annuity and equal principal coincide', () => {
    const a = loanSchedule({ principal: 90, rate: 0, tenorYears: 3, repayment: 'annuity' });
    expect(Array.from(a.payment)).toEqual([30, 30, 30]);
    expect(Array.from(a.interest)).toEqual([0, 0, 0]);
  });
  it('loanSchedule rejects terms the edge should have caught', () => {
    expect(() => loanSchedule({ principal: 1, rate: 0.05, tenorYears: 0, repayment: 'bullet' })).toThrow(RangeError);
    expect(() => loanSchedule({ principal: 1, rate: 0.05, tenorYears: 3, graceYears: 3, repayment: 'annuity' })).toThrow(RangeError);
    expect(() => loanSchedule({ principal: 1, rate: -1, tenorYears: 3, repayment: 'annuity' })).toThrow(RangeError);
    expect(() => loanSchedule({ principal: NaN, rate: 0.05, tenorYears: 3, repayment: 'annuity' })).toThrow(RangeError);
  });

  const terms: fc.Arbitrary<LoanTerms> = fc.record({
    principal: fc.double({ min: 0, max: 1e7, noNaN: true }),
    rate: fc.double({ min: -0.05, max: 0.3, noNaN: true }),
    tenorYears: fc.integer({ min: 1, max: 40 }),
    repayment: fc.constantFrom('bullet', 'annuity', 'equal-principal' as const),
  }).chain((t) => fc.integer({ min: 0, max: t.tenorYears - 1 }).map((graceYears) => ({ ...t, graceYears })));

  it('loanSchedule repays exactly the principal and closes at 0', () => {
    fc.assert(fc.property(terms, (t) => {
      const s = loanSchedule(t);
      return Math.abs(sum(s.principal) - t.principal) <= 1e-9 * Math.max(1, t.principal) && s.closing[t.tenorYears - 1] === 0;
    }));
  });
  it('loanSchedule rows satisfy payment = interest + principal, interest = opening·rate, closing = opening − principal', () => {
    fc.assert(fc.property(terms, (t) => {
      const s = loanSchedule(t);
      for (let i = 0; i < t.tenorYears; i++) {
        const o = s.opening[i] ?? NaN;
        if (s.payment[i] !== (s.interest[i] ?? NaN) + (s.principal[i] ?? NaN)) return false;
        if (s.interest[i] !== o * t.rate) return false;
        if (i < t.tenorYears - 1 && s.closing[i] !== o - (s.principal[i] ?? NaN)) return false;
        if (i > 0 && s.opening[i] !== s.closing[i - 1]) return false;
      }
      return true;
    }));
  });
  it('loanSchedule(annuity) pays the same amount every amortising year', () => {
    fc.assert(fc.property(terms.filter((t) => t.repayment === 'annuity'), (t) => {
      const s = loanSchedule(t);
      const g = t.graceYears ?? 0;
      const first = s.payment[g] ?? NaN;
      return Array.from(s.payment.subarray(g)).every((p) => Math.abs(p - first) <= 1e-9 * Math.max(1, Math.abs(first)));
    }));
  });
  it('loanScheduleInto writes the same schedule into longer caller buffers and leaves the rest untouched', () => {
    const t: LoanTerms = { principal: 1000, rate: 0.1, tenorYears: 3, repayment: 'annuity' };
    const mk = (): Float64Array => new Float64Array(5).fill(-7);
    const out = { opening: mk(), interest: mk(), principal: mk(), payment: mk(), closing: mk() };
    loanScheduleInto(t, out);
    expect(Array.from(out.payment.subarray(0, 3))).toEqual(Array.from(loanSchedule(t).payment));
    expect(out.payment[3]).toBe(-7);
    expect(() => loanScheduleInto({ ...t, tenorYears: 6 }, out)).toThrow(RangeError);
  });
});
