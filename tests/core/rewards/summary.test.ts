import { describe, expect, it } from 'vitest';
import { investmentCompleted, jobsReached, simulateRewards } from '../../../src/core/rewards/index.ts';
import type { MilestoneProgram } from '../../../src/core/rewards/types.ts';
import { byYear, common, constant, scenario, town } from './fixture.ts';

describe('investmentCompleted(town) (SPEC §1 "investment mobilised per fiscal 万元")', () => {
  it('is target × achievement of the investment KPI where the town has one', () => {
    const t = town('a', { kpis: { investment: { target: constant(1000), expected: byYear([0.5, 1.2]) } } });
    expect(Array.from(investmentCompleted(t, 2026, 2))).toEqual([500, 1200]);
    // a sampled path replaces the expected achievement
    expect(Array.from(investmentCompleted(t, 2026, 2, [1, 0]))).toEqual([1000, 0]);
  });
  it('is the investment plan total otherwise', () => {
    expect(Array.from(investmentCompleted(town('a'), 2026, 2))).toEqual([1000, 1000]);
  });
});

describe('jobsReached(town): the largest actual of the jobs KPI (a level, not a flow)', () => {
  it('takes the peak of target × achievement', () => {
    const t = town('a', { kpis: { jobs: { target: byYear([1000, 2000, 3000]), expected: byYear([1, 1, 0.5]) } } });
    // 1000, 2000, 1500 → 2000
    expect(jobsReached(t, 2026, 3)).toBe(2000);
    expect(jobsReached(town('b'), 2026, 3)).toBe(0);
  });
});

describe('rewards summary (SPEC §3 "Outputs")', () => {
  const m: MilestoneProgram = { kind: 'milestone', ...common('m'), base: 100, curve: null };
  const t = town('a', {
    kpis: {
      tax: { target: constant(100), expected: constant(1) },
      jobs: { target: constant(500), expected: constant(1) },
    },
  });
  const r = simulateRewards(scenario([t], { programs: [m] }, 2));

  it('total cost, its NPV at the city discount rate, cost per 万元 of investment and per job', () => {
    // paid 100 in 2026 and 2027
    expect(r.summary.netCostTotal).toBe(200);
    // 100/1.05 + 100/1.05² = 95.238095… + 90.702947… = 185.941043…
    expect(r.summary.netCostNpv).toBeCloseTo(100 / 1.05 + 100 / 1.05 ** 2, 9);
    // investment: plan total 1000 a year → 2000; 200 / 2000 = 0.1
    expect(r.summary.investmentCompleted).toBe(2000);
    expect(r.summary.costPerInvestment).toBeCloseTo(0.1, 12);
    // jobs 500: 200 / 500 = 0.4 万元 per job
    expect(r.summary.costPerJob).toBeCloseTo(0.4, 12);
    expect(r.summary.wastedOnRemoved).toBe(0);
  });

  it('ratios with nothing to divide by are null, never NaN', () => {
    const empty = simulateRewards(scenario([], { programs: [m] }, 2));
    expect(empty.summary.costPerInvestment).toBeNull();
    expect(empty.summary.costPerJob).toBeNull();
    expect(empty.city.rewardsPaid).toEqual([0, 0]);
  });

  it('no pool means no cap: the pool series reads null', () => {
    expect(r.city.pool).toEqual([null, null]);
  });
});
