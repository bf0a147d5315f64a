import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionRate, distributionRate, takahashiAlexander } from '../../../src/core/funds/takahashiAlexander.ts';
import type { TakahashiAlexanderParams } from '../../../src/core/funds/types.ts';
import { HAND_TA } from './fixtures.ts';

describe('takahashiAlexander (SPEC §5 "Cash flows")', () => {
  it('reproduces the hand-computed recurrences of a 5-year fund', () => {
    // S = 1000, RC = [0.2, 0.5, 0.5…], B = 2, G = 0.1, Y = 0.1, L = 5, investment period 3.
    // t=1: C = 0.2·(1000 − 0) = 200; RD = max(0.1, (1/5)^2 = 0.04) = 0.1; D = 0.1·0·1.1 = 0;
    //      NAV = 0·1.1 + 200 − 0 = 200; PIC = 200
    // t=2: C = 0.5·(1000 − 200) = 400; RD = max(0.1, 0.16) = 0.16; D = 0.16·200·1.1 = 35.2;
    //      NAV = 220 + 400 − 35.2 = 584.8; PIC = 600
    // t=3: C = 0.5·(1000 − 600) = 200; RD = 0.36; D = 0.36·584.8·1.1 = 0.36·643.28 = 231.5808;
    //      NAV = 643.28 + 200 − 231.5808 = 611.6992; PIC = 800
    // t=4: after the investment period C = 0; RD = 0.64; D = 0.64·611.6992·1.1 = 0.64·672.86912
    //      = 430.6362368; NAV = 672.86912 − 430.6362368 = 242.2328832
    // t=5 = L: C = 0; D = NAV_4·1.1 = 266.45617152; NAV = 0
    const f = takahashiAlexander(HAND_TA, 1000);
    expect([...f.calls]).toEqual([200, 400, 200, 0, 0]);
    const expected = [0, 35.2, 231.5808, 430.6362368, 266.45617152];
    expected.forEach((d, i) => expect(f.distributions[i]).toBeCloseTo(d, 9));
    [200, 584.8, 611.6992, 242.2328832, 0].forEach((n, i) => expect(f.nav[i]).toBeCloseTo(n, 9));
    expect([...f.paidIn]).toEqual([200, 600, 800, 800, 800]);
  });

  it('tracks invested capital as the cost of the unrealised portfolio, K_t = K_{t−1}·(1 − RD_t) + C_t', () => {
    // K1 = 0·0.9 + 200 = 200; K2 = 200·0.84 + 400 = 568; K3 = 568·0.64 + 200 = 563.52;
    // K4 = 563.52·0.36 = 202.8672; K5 = 0 (everything realised in year L)
    const f = takahashiAlexander(HAND_TA, 1000);
    [200, 568, 563.52, 202.8672, 0].forEach((k, i) => expect(f.invested[i]).toBeCloseTo(k, 9));
  });

  it('makes no call in year L even without an investment period', () => {
    const f = takahashiAlexander({ ...HAND_TA, investmentPeriodYears: null, contributionRates: [0.5] }, 1000);
    // C = 500, 250, 125, 62.5, then 0 in year L = 5
    expect([...f.calls]).toEqual([500, 250, 125, 62.5, 0]);
  });

  it('contributionRate repeats the last listed rate', () => {
    expect(contributionRate([0.2, 0.5], 1)).toBe(0.2);
    expect(contributionRate([0.2, 0.5], 7)).toBe(0.5);
  });

  it('distributionRate is max(Y, (t/L)^B)', () => {
    expect(distributionRate({ yield: 0.1, bow: 2, lifeYears: 5 }, 1)).toBe(0.1);
    expect(distributionRate({ yield: 0.1, bow: 2, lifeYears: 5 }, 4)).toBeCloseTo(0.64, 12);
  });
});

const params: fc.Arbitrary<TakahashiAlexanderParams> = fc.integer({ min: 1, max: 30 }).chain((L) =>
  fc.record({
    contributionRates: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
    bow: fc.double({ min: 0, max: 8, noNaN: true }),
    growth: fc.double({ min: -0.99, max: 1, noNaN: true }),
    yield: fc.double({ min: 0, max: 1, noNaN: true }),
    lifeYears: fc.constant(L),
    investmentPeriodYears: fc.option(fc.integer({ min: 1, max: L }), { nil: null }),
  }),
);
const size = fc.double({ min: 1, max: 1e7, noNaN: true });

describe('takahashiAlexander properties', () => {
  it('NAV is never negative', () => {
    fc.assert(fc.property(params, size, (p, s) => takahashiAlexander(p, s).nav.every((n) => n >= -1e-9 * s)));
  });
  it('capital called never exceeds the commitment', () => {
    fc.assert(fc.property(params, size, (p, s) => {
      const f = takahashiAlexander(p, s);
      return f.calls.every((c) => c >= 0) && f.calls.reduce((a, c) => a + c, 0) <= s * (1 + 1e-12);
    }));
  });
  it('everything is distributed at the end of life: NAV_L = 0 and Σ D = Σ C + Σ growth', () => {
    fc.assert(fc.property(params, size, (p, s) => {
      const f = takahashiAlexander(p, s);
      const L = p.lifeYears;
      // NAV identity: Σ D_t = Σ C_t + Σ G·NAV_{t−1} when NAV_L = 0
      let growth = 0;
      for (let t = 1; t < L; t++) growth += p.growth * (f.nav[t - 1] ?? 0);
      const sumD = f.distributions.reduce((a, d) => a + d, 0);
      const sumC = f.calls.reduce((a, c) => a + c, 0);
      return f.nav[L - 1] === 0 && Math.abs(sumD - sumC - growth) <= 1e-9 * Math.max(1, s, sumD);
    }));
  });
});
