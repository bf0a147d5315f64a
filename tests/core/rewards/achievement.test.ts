import { describe, expect, it } from 'vitest';
import { compositeAchievement, kpiAchievement, simulateRewards, townAchievement } from '../../../src/core/rewards/index.ts';
import { townFrame } from '../../../src/core/rewards/frame.ts';
import { byYear, constant, scenario, town, START } from './fixture.ts';

describe('kpiAchievement(ratio, cap) = min(actual/target, cap) (SPEC §3)', () => {
  it('caps one KPI at the achievement cap so it cannot mask the others', () => {
    expect(kpiAchievement(2, 1.5)).toBe(1.5);
    expect(kpiAchievement(0.8, 1.5)).toBe(0.8);
  });
  it('counts a negative outcome as 0', () => {
    expect(kpiAchievement(-0.2, 1.5)).toBe(0);
  });
  it('counts a ratio that is not a finite number as 0', () => {
    expect(kpiAchievement(Number.NaN, 1.5)).toBe(0);
    expect(kpiAchievement(Infinity, 1.5)).toBe(0);
  });
});

describe('compositeAchievement(a, w) = Σ w·a / Σ w (SPEC §3)', () => {
  it('normalises the weights of the KPIs present', () => {
    // (0.5·0.9 + 0.3·1.2) / (0.5 + 0.3) = 0.81 / 0.8 = 1.0125
    expect(compositeAchievement([0.9, 1.2], [0.5, 0.3])).toBeCloseTo(1.0125, 12);
  });
  it('is null when no weighted KPI is present', () => {
    expect(compositeAchievement([], [])).toBeNull();
    expect(compositeAchievement([1], [0])).toBeNull();
  });
});

describe('townAchievement(frame) over the horizon', () => {
  const t = town('a', {
    kpis: {
      tax: { target: constant(100), expected: constant(0.9) },
      jobs: { target: constant(2000), expected: constant(2) },
      // visitors: a target only in 2027
      visitors: { target: byYear([0, 500000]), expected: constant(0.6) },
    },
  });
  const s = scenario([t], { weights: { tax: 0.5, jobs: 0.3, visitors: 0.2 } }, 3);

  it('leaves out KPIs whose target is 0 that year and renormalises the rest', () => {
    const a = townAchievement(townFrame(s, t), 1.5);
    // 2026: tax 0.9, jobs min(2, 1.5) = 1.5, no visitors → (0.5·0.9 + 0.3·1.5)/0.8 = 0.9/0.8 = 1.125
    expect(a.A[0]).toBeCloseTo(1.125, 12);
    // 2027: + visitors 0.6 → 0.45 + 0.45 + 0.12 = 1.02
    expect(a.A[1]).toBeCloseTo(1.02, 12);
    expect(Array.from(a.hasTarget[2]!)).toEqual([0, 1, 0]);
  });

  it('takes sampled ratios in place of the expected achievement (a Monte Carlo path)', () => {
    const a = townAchievement(townFrame(s, t), 1.5, { tax: [0.5, 0.5, 0.5] });
    // 2026: (0.5·0.5 + 0.3·1.5)/0.8 = 0.7/0.8 = 0.875
    expect(a.A[0]).toBeCloseTo(0.875, 12);
  });

  it('a year with no KPI target has no A_t: null in the result, and before creation too', () => {
    const late = town('b', { creationYear: START + 1, kpis: { tax: { target: byYear([100, 100, 0]), expected: constant(1) } } });
    const r = simulateRewards(scenario([late], {}, 3));
    // 2026 before creation, 2027 target 100, 2028 target 0
    expect(r.towns[0]!.achievement).toEqual([null, 1, null]);
    expect(r.towns[0]!.status).toEqual(['inactive', 'active', 'active']);
  });

  it('with no weights listed every KPI weighs the same', () => {
    const r = simulateRewards(scenario([t], {}, 1));
    // (0.9 + 1.5) / 2 = 1.2 (visitors has no target in 2026)
    expect(r.towns[0]!.achievement[0]).toBeCloseTo(1.2, 12);
  });
});
