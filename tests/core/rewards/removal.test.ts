import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { MilestoneProgram } from '../../../src/core/rewards/types.ts';
import { common, scenario, town } from './fixture.ts';

// Curve (0,0)(1,1): a failing year still earns A·base, so removal is what stops the claims.
const milestone: MilestoneProgram = {
  kind: 'milestone', ...common('m', { lagYears: 1 }), base: 100,
  curve: { kind: 'points', points: [{ A: 0, m: 0 }, { A: 1, m: 1 }] },
};

describe('removal 淘汰 (SPEC §3): a removed town earns no new claims; claims earned before are paid', () => {
  const r = simulateRewards(scenario([town('a', {}, [0.5, 0.5, 1, 1, 1])], { programs: [milestone] }));
  const t = r.towns[0]!;

  it('is removed from the year after the streak reaches consecutiveFails', () => {
    expect(t.status).toEqual(['active', 'rectify', 'removed', 'removed', 'removed']);
    expect(t.removedYear).toBe(2028);
  });

  it('earns 50, 50 before removal and nothing after, although it then achieves 1', () => {
    // 2026: 100·0.5 = 50; 2027 (rectify, factor 1): 50; 2028+ removed: 0
    expect(t.rewards.byProgram.m!.claimed).toEqual([50, 50, 0, 0, 0]);
  });

  it('still receives the claim earned in 2027, paid in 2028 with the lag', () => {
    expect(t.rewards.byProgram.m!.paid).toEqual([0, 50, 50, 0, 0]);
  });

  it('counts everything paid to it as wasted on a removed town', () => {
    expect(r.summary.wastedOnRemoved).toBe(100);
    expect(r.summary.townsRemoved).toBe(1);
  });
});
