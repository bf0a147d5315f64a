import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fv, ipmt, loanSchedule, pmt, ppmt, pv } from '../../../src/core/finance/index.ts';

/** |a − b| ≤ rtol·|b| */
const rel = (a: number | null, b: number, rtol = 1e-9): void => {
  expect(a).not.toBeNull();
  expect(Math.abs((a ?? NaN) - b)).toBeLessThanOrEqual(rtol * Math.abs(b));
};

describe('pmt', () => {
  it('pmt matches the Excel PMT examples (printed to the cent): −1,037.03, −1,030.16, −129.08', () => {
    expect(pmt(0.08 / 12, 10, 10000)).toBeCloseTo(-1037.03, 2);
    expect(pmt(0.08 / 12, 10, 10000, 0, 1)).toBeCloseTo(-1030.16, 2);
    expect(pmt(0.06 / 12, 18 * 12, 0, 50000)).toBeCloseTo(-129.08, 2);
  });
  it('pmt matches numpy-financial vectors to 1e−9 relative', () => {
    rel(pmt(0.08 / 12, 60, 15000), -Number('304.1459143262052370338701494'));
    rel(pmt(0, 60, 15000), -250);
    rel(pmt(0, 12, 2000), -Number('166.6666666666666666666666667'));
    rel(pmt(0.8, 3, 20000), -Number('19311.25827814569536423841060'));
    rel(pmt(0.3, 12, 2000), -Number('626.9081401700757748402586600'));
  });
  it('pmt returns null for nper 0, rate ≤ −1, a bad type or non-finite input', () => {
    expect(pmt(0.1, 0, 100)).toBeNull();
    expect(pmt(-1, 10, 100)).toBeNull();
    expect(pmt(0.1, 10, 100, 0, 2 as 0)).toBeNull();
    expect(pmt(0.1, 10, NaN)).toBeNull();
  });
  it('pmt is continuous at rate 0: pmt(1e−12, …) ≈ pmt(0, …)', () => {
    rel(pmt(1e-12, 360, 300000), pmt(0, 360, 300000) ?? NaN, 1e-9);
    rel(pmt(-1e-12, 360, 300000, 5000, 1), pmt(0, 360, 300000, 5000, 1) ?? NaN, 1e-9);
  });
});

describe('fv', () => {
  it('fv matches the Excel FV examples (to the cent): 2,581.40, 12,682.50, 82,846.25, 2,301.40', () => {
    expect(fv(0.06 / 12, 10, -200, -500, 1)).toBeCloseTo(2581.4, 2);
    expect(fv(0.12 / 12, 12, -1000)).toBeCloseTo(12682.5, 2);
    expect(fv(0.11 / 12, 35, -2000, 0, 1)).toBeCloseTo(82846.25, 2);
    expect(fv(0.06 / 12, 12, -100, -1000, 1)).toBeCloseTo(2301.4, 2);
  });
  it('fv matches numpy-financial vectors to 1e−9 relative', () => {
    rel(fv(0.075, 20, -2000, 0, 0), Number('86609.36267304300040536731624'));
    rel(fv(0.075, 20, -2000, 0, 1), 93105.064874, 1e-10); // Google Sheets, 6 decimals
    rel(fv(0.1, 5, 100, 0, 0), -610.51);
    rel(fv(0.1, 5, 100, 0, 1), -671.561);
    rel(fv(0.2, 5, 100, 0, 0), -744.16);
    rel(fv(0.2, 5, 100, 0, 1), -892.992);
    rel(fv(0, 5, 100, 0), -500);
  });
});

describe('pv', () => {
  it('pv matches the Excel PV example: an annuity of 500 a month for 20 years at 8% is −59,777.15', () => {
    expect(pv(0.08 / 12, 12 * 20, 500, 0, 0)).toBeCloseTo(-59777.15, 2);
  });
  it('pv matches numpy-financial: pv(0.07, 20, 12000) = −127128.1709461939… to 1e−9 relative', () => {
    rel(pv(0.07, 20, 12000, 0), -Number('127128.1709461939327295222005'));
  });
  it('pv at rate 0 is −(fv + pmt·n)', () => {
    expect(pv(0, 10, -100, -50)).toBe(1050);
  });
});

describe('ipmt and ppmt', () => {
  it('ipmt matches the Excel IPMT examples: −66.67 (month 1) and −292.45 (year 3)', () => {
    expect(ipmt(0.1 / 12, 1, 36, 8000)).toBeCloseTo(-66.67, 2);
    expect(ipmt(0.1, 3, 3, 8000)).toBeCloseTo(-292.45, 2);
  });
  it('ppmt matches the Excel PPMT examples: −75.62 and −27,598.05', () => {
    expect(ppmt(0.1 / 12, 1, 24, 2000)).toBeCloseTo(-75.62, 2);
    expect(ppmt(0.08, 10, 10, 200000)).toBeCloseTo(-27598.05, 2);
  });
  it('ipmt matches numpy-financial (Google Sheets IPMT) vectors', () => {
    rel(ipmt(0.1 / 12, 1, 24, 2000), -Number('16.66666666666666666666666667'));
    expect(ipmt(0.1 / 12, 1, 24, 2000, 0, 1)).toBe(0);
    rel(ipmt(0.001988079518355057, 2, 360, 300000, 0, 1), -594.107158, 1e-6);
    rel(ipmt(0.001988079518355057, 3, 360, 300000, 0, 1), -592.971592, 1e-6);
    [-16.66666667, -16.03647345, -15.40102862, -14.76028842].forEach((want, i) => rel(ipmt(0.1 / 12, i + 1, 24, 2000), want, 1e-8));
  });
  it('ppmt matches numpy-financial (Google Sheets PPMT) vectors', () => {
    rel(ppmt(0.1 / 12, 1, 60, 55000), -Number('710.2541257864217612489830917'));
    rel(ppmt(0.1 / 12, 1, 60, 55000, 0, 1), -1158.929712, 1e-9);
    rel(ppmt(0.08 / 12, 1, 60, 15000, 0, 1), -302.131703, 1e-8);
    rel(ppmt(0.08 / 12, 1, 60, 15000, 0, 0), -204.145914, 1e-8);
    [-75.62318601, -76.25337923, -76.88882405, -77.52956425].forEach((want, i) => rel(ppmt(0.1 / 12, i + 1, 24, 2000, 0), want, 1e-9));
    rel(ppmt(0.1 / 12, 2, 24, 2000, 0, 1), -75.62318601, 1e-9);
    rel(ppmt(0.1 / 12, 4, 24, 2000, 0, 1), -76.88882405, 1e-9);
  });
  it('ipmt and ppmt return null for a period outside 1 … nper', () => {
    expect(ipmt(0.1 / 12, 0, 24, 2000)).toBeNull();
    expect(ppmt(0.1 / 12, 0, 60, 15000)).toBeNull();
    expect(ipmt(0.1 / 12, 25, 24, 2000)).toBeNull();
  });
});

describe('time-value properties', () => {
  const rate = fc.double({ min: -0.5, max: 0.5, noNaN: true });
  const nper = fc.integer({ min: 1, max: 480 });
  const amount = fc.integer({ min: -1e9, max: 1e9 }).map((c) => c / 100);
  const type = fc.constantFrom(0 as const, 1 as const);

  it('fv(rate, n, pmt(rate, n, pv), pv) ≈ 0: a loan paid by pmt is repaid', () => {
    fc.assert(fc.property(rate, nper, amount, type, (r, n, p, t) => {
      const payment = pmt(r, n, p, 0, t);
      if (payment === null) return false;
      const left = fv(r, n, payment, p, t) ?? NaN;
      const scale = Math.abs(p) * Math.max(1, Math.pow(1 + r, n)) + Math.abs(payment) * n * Math.max(1, Math.pow(1 + r, n));
      return Math.abs(left) <= 1e-9 * Math.max(1, scale);
    }));
  });
  it('pv(rate, n, pmt(rate, n, pv0, fv), fv) ≈ pv0', () => {
    fc.assert(fc.property(rate, fc.integer({ min: 1, max: 120 }), amount, amount, type, (r, n, p0, f, t) => {
      const payment = pmt(r, n, p0, f, t);
      if (payment === null) return false;
      const back = pv(r, n, payment, f, t) ?? NaN;
      const scale = Math.abs(p0) + Math.abs(f) * Math.max(1, Math.pow(1 + r, -n)) + Math.abs(payment) * n * Math.max(1, Math.pow(1 + r, -n));
      return Math.abs(back - p0) <= 1e-9 * Math.max(1, scale);
    }));
  });
  it('ipmt + ppmt = pmt in every period, and the ppmt of a loan sum to −pv', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 0.3, noNaN: true }), fc.integer({ min: 1, max: 60 }), amount, type, (r, n, p, t) => {
      const payment = pmt(r, n, p, 0, t) ?? NaN;
      let principal = 0;
      for (let k = 1; k <= n; k++) {
        const i = ipmt(r, k, n, p, 0, t) ?? NaN, q = ppmt(r, k, n, p, 0, t) ?? NaN;
        if (Math.abs(i + q - payment) > 1e-9 * Math.max(1, Math.abs(payment))) return false;
        principal += q;
      }
      return Math.abs(principal + p) <= 1e-8 * Math.max(1, Math.abs(p));
    }));
  });
  it('loanSchedule(annuity) pays −pmt(rate, tenor, principal) every year', () => {
    fc.assert(fc.property(fc.double({ min: -0.05, max: 0.3, noNaN: true }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 1e9 }), (r, n, p) => {
      const s = loanSchedule({ principal: p, rate: r, tenorYears: n, repayment: 'annuity' });
      const want = -(pmt(r, n, p) ?? NaN);
      return Array.from(s.payment).every((x) => Math.abs(x - want) <= 1e-9 * want);
    }));
  });
});
