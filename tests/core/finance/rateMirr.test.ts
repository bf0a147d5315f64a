import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mirr, pmt, rate } from '../../../src/core/finance/index.ts';

describe('rate', () => {
  it('rate(48, −200, 8000) is 0.77% a month and 9.24% a year (Excel RATE example prints 1% and 9.24%)', () => {
    expect(rate(48, -200, 8000)).toBeCloseTo(0.01, 2);
    expect((rate(48, -200, 8000) ?? NaN) * 12).toBeCloseTo(0.0924, 4);
  });
  it('rate(10, 0, −3500, 10000) is (10000/3500)^(1/10) − 1 = 0.11069085371075280625… (numpy-financial prints 0.1107)', () => {
    // numpy-financial's Decimal vector 0.11069085371426892… is its Newton iterate, off by 3.5e−12;
    // the 40-digit value above is from Python decimal.
    expect(rate(10, 0, -3500, 10000)).toBeCloseTo(0.1107, 4);
    expect(Math.abs((rate(10, 0, -3500, 10000) ?? NaN) - 0.1106908537107528)).toBeLessThan(1e-15);
    expect(rate(10, 0, -3500, 10000, 1)).toBe(rate(10, 0, -3500, 10000, 0)); // no payments: timing is irrelevant
  });
  it('rate matches numpy-financial gh-48 (nper 2, no payments), null where pv and fv share a sign', () => {
    const cases: [number, number, number | null][] = [
      [-593.06, 214.07, -0.39920185], [-4725.38, 4509.97, -0.02305873], [-662.05, 224.11, -0.41818459],
      [-428.78, 686.29, 0.26513414], [-13.65, -329.67, null],
    ];
    for (const [p, f, want] of cases) {
      const got = rate(2, 0, p, f);
      if (want === null) expect(got).toBeNull();
      else expect(Math.abs((got ?? NaN) - want)).toBeLessThanOrEqual(1e-7 * Math.abs(want));
    }
  });
  it('rate returns null when no rate can repay the loan (numpy-financial infeasible case)', () => {
    expect(rate(12, 400, 10000, 5000)).toBeNull();
    expect(rate(12, 400, 10000, 5000, 1)).toBeNull();
  });
  it('rate returns null when every rate solves it: one payment at the start repays the loan at once', () => {
    expect(rate(1, -1, 1, 0, 1)).toBeNull();
  });
  it('rate returns null for nper ≤ 0, a bad type, a bad guess or non-finite input', () => {
    expect(rate(0, -1, 10)).toBeNull();
    expect(rate(10, -1, 10, 0, 3 as 0)).toBeNull();
    expect(rate(10, -1, 10, 0, 0, -2)).toBeNull();
    expect(rate(10, NaN, 10)).toBeNull();
  });
  it('rate finds zero and tiny rates: 100 repaid by ten payments of 10 is 0%, and a 1e−9 loan rate is recovered', () => {
    expect(Math.abs(rate(10, -10, 100) ?? NaN)).toBeLessThan(1e-15);
    expect(Math.abs((rate(360, pmt(1e-9, 360, 300000) ?? NaN, 300000) ?? NaN) - 1e-9)).toBeLessThan(1e-15);
  });
  it('rate works for a fractional number of periods: 1000 grows to 1100 in 1.5 periods', () => {
    // 1.1^(1/1.5) − 1 = 0.06560223…
    expect(rate(1.5, 0, -1000, 1100)).toBeCloseTo(Math.pow(1.1, 1 / 1.5) - 1, 12);
  });
  it('rate(n, pmt(r, n, pv), pv) recovers r for an ordinary loan', () => {
    fc.assert(fc.property(
      fc.double({ min: -0.5, max: 2, noNaN: true }), fc.integer({ min: 1, max: 360 }), fc.integer({ min: 1, max: 1e9 }),
      fc.constantFrom(0 as const, 1 as const),
      (r, n, p, t) => {
        fc.pre(!(t === 1 && n === 1)); // paid at once: the equation holds at every rate (rate returns null)
        const payment = pmt(r, n, p, 0, t) ?? NaN;
        const back = rate(n, payment, p, 0, t);
        return back !== null && Math.abs(back - r) <= 1e-7 * Math.max(1, Math.abs(r));
      },
    ), { numRuns: 300 });
  });
});

describe('mirr', () => {
  const flows = [-120000, 39000, 30000, 21000, 37000, 46000];
  it('mirr matches the Excel MIRR examples, printed as whole percents: 13%, −5%, 13%', () => {
    expect(mirr(flows, 0.1, 0.12)).toBeCloseTo(0.13, 2);
    expect(mirr(flows.slice(0, 4), 0.1, 0.12)).toBeCloseTo(-0.05, 2);
    expect(mirr(flows, 0.1, 0.14)).toBeCloseTo(0.13, 2);
  });
  it('mirr matches numpy-financial Decimal vectors to 1e−12 relative', () => {
    const cases: [number[], number, number, number][] = [
      [[-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000], 0.08, 0.055, Number('0.066597175031553548874239618')],
      [flows, 0.1, 0.12, Number('0.126094130365905145828421880')],
      [[100, 200, -50, 300, -200], 0.05, 0.06, Number('0.342823387842176663647819868')],
    ];
    for (const [v, f, r, want] of cases) expect(Math.abs((mirr(v, f, r) ?? NaN) - want)).toBeLessThanOrEqual(1e-12 * want);
  });
  it('mirr hand case: [−100, 0, 121] at any finance rate and 10% reinvestment is 10%', () => {
    // (121 / 100)^(1/2) − 1 = 0.1
    expect(mirr([-100, 0, 121], 0.05, 0.1)).toBeCloseTo(0.1, 14);
  });
  it('mirr returns null without both a positive and a negative flow, or with a rate ≤ −1', () => {
    expect(mirr([39000, 30000, 21000, 37000, 46000], 0.1, 0.12)).toBeNull();
    expect(mirr([-1, -2], 0.1, 0.12)).toBeNull();
    expect(mirr(flows, -1, 0.12)).toBeNull();
    expect(mirr([-1], 0.1, 0.1)).toBeNull();
  });
});
