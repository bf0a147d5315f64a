import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { MilestoneProgram } from '../../../src/core/rewards/types.ts';
import { ANY, common, scenario, town } from './fixture.ts';

const milestone = (over: Partial<MilestoneProgram> = {}): MilestoneProgram => ({
  kind: 'milestone', ...common('m', {
    eligibility: { ...ANY, stages: ['construction', 'operation'] },
    stageFactor: { planning: 1, construction: 1.5, operation: 1 },
  }), base: 100, curve: null, ...over,
});

describe('milestone 事中 (SPEC §3): base · f(A_t) · stageFactor · regionFactor each eligible year', () => {
  it('follows the default curve year by year', () => {
    const r = simulateRewards(scenario([town('a', {}, [0.8, 1.0, 1.1, 1.3, 0.7])], { programs: [milestone()] }));
    // 2026 planning: not eligible
    // 2027 construction, A = 1.0: 100·1·1.5 = 150
    // 2028 A = 1.1: 100·1.1·1.5 = 165
    // 2029 A = 1.3 → f = 1.2 (flat beyond 1.2): 100·1.2·1.5 = 180
    // 2030 operation, A = 0.7 → f = 0.25: 100·0.25·1 = 25
    expect(r.towns[0]!.rewards.byProgram.m!.paid).toEqual([0, 150, 165, 180, 25]);
  });

  it('scales claims earned in rectify years by rectifyPayFactor', () => {
    const r = simulateRewards(scenario([town('a', {}, [0.5, 1, 1, 1, 1])], { rectifyPayFactor: 0.5, programs: [milestone()] }));
    // 2027 rectify (2026 failed): 100·1·1.5·0.5 = 75; 2028 active again: 150
    expect(r.towns[0]!.status.slice(0, 3)).toEqual(['active', 'rectify', 'active']);
    expect(r.towns[0]!.rewards.byProgram.m!.paid.slice(1, 3)).toEqual([75, 150]);
  });

  it('earns nothing in a year without A_t', () => {
    const t = town('a', { kpis: { tax: { target: { kind: 'table', byYear: { '2027': 100, '2028': 0, '2029': 100 }, fill: 'zero' }, expected: { kind: 'growth', base: 1, growth: 0 } } } });
    const r = simulateRewards(scenario([t], { programs: [milestone()] }));
    expect(r.towns[0]!.rewards.byProgram.m!.paid).toEqual([0, 150, 0, 150, 0]);
  });

  it('pays lagYears after the year earned; the claim stays in its earning year', () => {
    const r = simulateRewards(scenario([town('a')], { programs: [milestone({ lagYears: 2 })] }));
    expect(r.towns[0]!.rewards.byProgram.m!.claimed).toEqual([0, 150, 150, 150, 100]);
    expect(r.towns[0]!.rewards.byProgram.m!.paid).toEqual([0, 0, 0, 150, 150]);
    // earned 2029 and 2030, due 2031 and 2032: beyond the horizon
    expect(r.towns[0]!.pendingAtEnd).toBe(250);
  });

  it('filters on region, theme, district and flagship', () => {
    const towns = [
      town('a'),
      town('b', { region: 'north-eco' }),
      town('c', { theme: 'tourism' }),
      town('d', { district: 'd2' }),
      town('e', { flagship: true }),
    ];
    const r = simulateRewards(scenario(towns, { programs: [milestone({ eligibility: { ...ANY, regions: ['central-south'], themes: ['tech'], districts: ['d1'], flagship: false } })] }));
    expect(r.towns.map((t) => t.rewards.total[1])).toEqual([150, 0, 0, 0, 0]);
  });

  it('uses its own curve when given one: (0,0)(1,1) at A = 0.5 pays half', () => {
    const r = simulateRewards(scenario([town('a', {}, [1, 0.5, 1, 1, 1])], {
      programs: [milestone({ curve: { kind: 'points', points: [{ A: 0, m: 0 }, { A: 1, m: 1 }] } })],
    }));
    // 100·0.5·1.5 = 75
    expect(r.towns[0]!.rewards.byProgram.m!.paid[1]).toBe(75);
  });
});
