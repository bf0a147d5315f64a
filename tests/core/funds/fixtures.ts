import type { Fund, TakahashiAlexanderParams } from '../../../src/core/funds/types.ts';

/** A 1,000 万元 fund, L = 5, investment period 3: the hand-computed case of takahashiAlexander.test.ts. */
export const HAND_TA: TakahashiAlexanderParams = {
  contributionRates: [0.2, 0.5],
  bow: 2,
  growth: 0.1,
  yield: 0.1,
  lifeYears: 5,
  investmentPeriodYears: 3,
};

/** A clean fund (no fees, no concession, no guarantees) with the given overrides. */
export function fund(over: Partial<Fund> = {}): Fund {
  return {
    id: 'tech-fund',
    name: '科技小镇子基金',
    size: 1000,
    establishedYear: 2026,
    governmentShare: 0.2,
    projectShare: 0.25,
    localShare: 0.8,
    allocationByTown: { 'town-a': 300, 'town-b': 100 },
    returnInvestmentRequirement: null,
    investmentMultipleThreshold: null,
    takahashiAlexander: HAND_TA,
    fees: { management: { rate: 0, rateAfterInvestmentPeriod: null, base: 'dated' }, hurdle: null, carry: 0 },
    concession: null,
    guarantees: [],
    realEstateInvestment: 0,
    ...over,
  };
}
