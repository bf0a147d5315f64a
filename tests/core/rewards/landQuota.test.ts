import { describe, expect, it } from 'vitest';
import { landUseMu, simulateRewards } from '../../../src/core/rewards/index.ts';
import type { AssessmentProgram, LandQuotaProgram } from '../../../src/core/rewards/types.ts';
import { common, scenario, town } from './fixture.ts';

// Town: construction 2027–2029, operation 2030; construction land 1.2 km² = 1800 mu → 600 mu a year.
const land = { plannedAreaKm2: 3, constructionLandKm2: 1.2, residentialLandKm2: 0.2 };
const quota = (over: Partial<LandQuotaProgram> = {}): LandQuotaProgram => ({
  kind: 'land-quota', ...common('land', { fromPool: false }), share: 0.5, boostedShare: 0.6, boostedThemes: ['tourism'],
  meetAt: 1, landClawbackFactor: 2, assessment: null, ...over,
});
const assess: AssessmentProgram = {
  kind: 'assessment', ...common('post', { lagYears: 1 }), base: 0, curve: null,
  window: { anchor: 'construction', offset: 0, length: 3, repeat: false }, failBelow: 1.05, clawbackFactor: 1,
};
const A = [1, 1, 0.9, 1.1, 1];

describe('land-quota (SPEC §3): a share of the quota used in a year the town met its targets, in mu', () => {
  it('landUseMu spreads construction land (km² · 1500) evenly over the construction years', () => {
    expect(Array.from(landUseMu({ land, stages: { planning: 2026, construction: 2027, operation: 2030 } }, 2026, 5))).toEqual([0, 600, 600, 600, 0]);
  });

  it('rewards 0.5 of the quota used in years with A_t ≥ 1, and deducts twice the rewarded quota on a failed assessment', () => {
    const r = simulateRewards(scenario([town('a', { land }, A)], { programs: [assess, quota()] }));
    const mu = r.towns[0]!.rewards.landQuotaMu;
    // 2027 A = 1: 0.5·600 = 300; 2028 A = 0.9: nothing; 2029 A = 1.1: 300; planning and operation years use no quota
    expect(mu.reward).toEqual([0, 300, 0, 300, 0]);
    // window 2027–2029 mean (1 + 0.9 + 1.1)/3 = 1.0 < 1.05: deduction 2·(300 + 300) = 1200, due 2030 (lag 1)
    expect(mu.deduction).toEqual([0, 0, 0, 0, 1200]);
    expect(r.summary.landRewardMu).toBe(600);
    expect(r.summary.landDeductionMu).toBe(1200);
    // land is never money
    expect(r.towns[0]!.rewards.total).toEqual([0, 0, 0, 0, 0]);
    expect(r.towns[0]!.rewards.byProgram.land).toBeUndefined();
  });

  it('chosen themes get the boosted share (0.6)', () => {
    const r = simulateRewards(scenario([town('a', { land, theme: 'tourism' }, A)], { programs: [quota()] }));
    // 0.6·600 = 360
    expect(r.towns[0]!.rewards.landQuotaMu.reward).toEqual([0, 360, 0, 360, 0]);
  });

  it('without an assessment program nothing is deducted', () => {
    const r = simulateRewards(scenario([town('a', { land }, A)], { programs: [quota()] }));
    expect(r.towns[0]!.rewards.landQuotaMu.deduction).toEqual([0, 0, 0, 0, 0]);
  });
});
