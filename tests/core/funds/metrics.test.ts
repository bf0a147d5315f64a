import { describe, expect, it } from 'vitest';
import { classMetrics, fundMultiples, ratioOrNull } from '../../../src/core/funds/metrics.ts';
import { fund } from './fixtures.ts';

describe('fundMultiples (SPEC §5)', () => {
  it('放大倍数 S/G, 投资倍数效应 (invested/p)/G and 返投倍数 local/G', () => {
    // S = 1000, g = 0.2 → G = 200; invested 800 → mobilised 800/0.25 = 3200 → 16; local 0.8·800 = 640 → 3.2
    expect(fundMultiples(fund(), 800)).toEqual({
      governmentCommitment: 200, invested: 800, mobilised: 3200, investedLocally: 640,
      leverage: 5, investmentMultiple: 16, returnInvestmentRatio: 3.2,
    });
  });
  it('are null, not Infinity, without a government commitment', () => {
    const m = fundMultiples(fund({ governmentShare: 0 }), 800);
    expect([m.leverage, m.investmentMultiple, m.returnInvestmentRatio]).toEqual([null, null, null]);
  });
});

describe('ratioOrNull', () => {
  it('is null for a zero or negative denominator', () => {
    expect(ratioOrNull(1, 0)).toBeNull();
    expect(ratioOrNull(1, -2)).toBeNull();
    expect(ratioOrNull(3, 2)).toBe(1.5);
  });
});

describe('classMetrics', () => {
  it('IRR over the whole life; DPI and TVPI at year v with the NAV attributed by the rest of the waterfall', () => {
    // paid 100 in y1; received 20 in y2, 99 in y3 (class gets 90% of the gross 110 in y3); NAV_2 = 100
    // v = 2: DPI = 20/100 = 0.2; residual = NAV_2 · 99/110 = 90 → TVPI = (20 + 90)/100 = 1.1
    // IRR: −100 + 20/(1+r) + 99/(1+r)^2 = 0 → 1+r = (20 + √(400 + 39600))/200 = 1.1 → r = 0.1
    const m = classMetrics({ paidIn: [100, 0, 0], received: [0, 20, 99] }, 2, [100, 100, 0], [0, 20, 110]);
    expect(m.dpi).toBeCloseTo(0.2, 12);
    expect(m.tvpi).toBeCloseTo(1.1, 12);
    expect(m.irr).toBeCloseTo(0.1, 9);
  });
  it('has TVPI = DPI at the end of life and null ratios before any call', () => {
    const end = classMetrics({ paidIn: [100, 0], received: [0, 120] }, 2, [100, 0], [0, 120]);
    expect(end.tvpi).toBe(end.dpi);
    expect(classMetrics({ paidIn: [0, 100], received: [0, 0] }, 1, [0, 0], [0, 0])).toMatchObject({ dpi: null, tvpi: null });
  });
});
