import { describe, expect, it } from 'vitest';
import { resolveFeeBase } from '../../../src/core/funds/feeBase.ts';
import { managementFees } from '../../../src/core/funds/fees.ts';
import { takahashiAlexander } from '../../../src/core/funds/takahashiAlexander.ts';
import { HAND_TA } from './fixtures.ts';

const flows = takahashiAlexander(HAND_TA, 1000);
const fee = { rate: 0.02, rateAfterInvestmentPeriod: 0.01, base: 'dated' as const };

describe('managementFees (SPEC §5 "Fees")', () => {
  it('commitment-then-nav charges the commitment in the investment period, then the opening NAV', () => {
    // t=1..3: 0.02·1000 = 20; t=4: 0.01·NAV_3 = 0.01·611.6992 = 6.116992; t=5: 0.01·NAV_4 = 2.422328832
    const f = managementFees(fee, 'commitment-then-nav', 1000, 3, flows);
    [20, 20, 20, 6.116992, 2.422328832].forEach((x, i) => expect(f[i]).toBeCloseTo(x, 9));
  });

  it('paid-in-then-invested (国办发〔2025〕1号) charges opening paid-in, then opening invested capital', () => {
    // t=1: 0.02·PIC_0 = 0; t=2: 0.02·200 = 4; t=3: 0.02·600 = 12;
    // t=4: 0.01·K_3 = 0.01·563.52 = 5.6352; t=5: 0.01·K_4 = 0.01·202.8672 = 2.028672
    const f = managementFees(fee, 'paid-in-then-invested', 1000, 3, flows);
    [0, 4, 12, 5.6352, 2.028672].forEach((x, i) => expect(f[i]).toBeCloseTo(x, 9));
  });

  it('treats the whole life as the investment period when none is set', () => {
    const f = managementFees(fee, 'commitment-then-nav', 1000, null, flows);
    expect([...f]).toEqual([20, 20, 20, 20, 20]);
  });
});

describe('resolveFeeBase', () => {
  it('dated: commitment then NAV for funds established before 2025', () => {
    expect(resolveFeeBase('dated', 2024)).toBe('commitment-then-nav');
  });
  it('dated: paid-in then invested for funds established from 2025 (国办发〔2025〕1号)', () => {
    expect(resolveFeeBase('dated', 2025)).toBe('paid-in-then-invested');
  });
  it('an explicit base wins over the dated default', () => {
    expect(resolveFeeBase('commitment-then-nav', 2030)).toBe('commitment-then-nav');
  });
});
