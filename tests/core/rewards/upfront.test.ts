import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { UpfrontProgram } from '../../../src/core/rewards/types.ts';
import { ANY, common, scenario, town, START } from './fixture.ts';

// Town: created 2026 (planning), construction from 2027, operation from 2030; horizon 2026–2030.
const upfront = (over: Partial<UpfrontProgram> = {}): UpfrontProgram => ({
  kind: 'upfront', ...common('exante', {
    eligibility: { ...ANY, stages: ['construction', 'operation'] },
    stageFactor: { planning: 1, construction: 1, operation: 0.5 },
    regionFactor: { 'north-eco': 1, 'central-south': 1.2 },
  }), base: 1000, ...over,
});

describe('upfront 事前补贴 (SPEC §3): a fixed amount in the year a town enters a stage', () => {
  it('pays base · stageFactor · regionFactor on entering each eligible stage', () => {
    const r = simulateRewards(scenario([town('a')], { programs: [upfront()] }));
    // planning 2026 not eligible; construction 2027: 1000·1·1.2 = 1200; operation 2030: 1000·0.5·1.2 = 600
    expect(r.towns[0]!.rewards.byProgram.exante!.paid).toEqual([0, 1200, 0, 0, 600]);
    expect(r.towns[0]!.rewards.total).toEqual([0, 1200, 0, 0, 600]);
    expect(r.city.rewardsPaid).toEqual([0, 1200, 0, 0, 600]);
  });

  it('pays whatever the town then achieves (A = 0.7 in the construction year)', () => {
    const r = simulateRewards(scenario([town('a', {}, [1, 0.7, 1, 1, 1])], { programs: [upfront()] }));
    expect(r.towns[0]!.rewards.byProgram.exante!.paid[1]).toBe(1200);
  });

  it('a removed town earns no new upfront claim (removed 2029 after failing 2027 and 2028)', () => {
    const r = simulateRewards(scenario([town('a', {}, [1, 0.5, 0.5, 1, 1])], { programs: [upfront()] }));
    expect(r.towns[0]!.status).toEqual(['active', 'active', 'rectify', 'removed', 'removed']);
    // construction 2027 paid; operation 2030 not
    expect(r.towns[0]!.rewards.byProgram.exante!.claimed).toEqual([0, 1200, 0, 0, 0]);
    // all of it paid to a town later removed: 1200
    expect(r.summary.wastedOnRemoved).toBe(1200);
  });

  it('stages entered before the horizon are not paid again', () => {
    const old = town('old', { creationYear: START - 5, stages: { planning: START - 5, construction: START - 4, operation: START + 2 } });
    const r = simulateRewards(scenario([old], { programs: [upfront()] }));
    // only operation, entered 2028: 1000·0.5·1.2 = 600
    expect(r.towns[0]!.rewards.byProgram.exante!.paid).toEqual([0, 0, 600, 0, 0]);
  });
});
