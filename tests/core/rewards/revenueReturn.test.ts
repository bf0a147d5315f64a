import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { RevenueReturnProgram } from '../../../src/core/rewards/types.ts';
import { byYear, common, constant, scenario, town, START } from './fixture.ts';

const rr: RevenueReturnProgram = { kind: 'revenue-return', ...common('return', { fromPool: false }), schedule: [1, 1, 1, 0.5, 0.5], recipient: 'district' };
// revenue 2025…2032: 80 (the year before creation), 100, 120, 150, 200, 260, 300, 320
const revenue = byYear([80, 100, 120, 150, 200, 260, 300, 320], START - 1);
const ones = [1, 1, 1, 1, 1, 1, 1];

describe('revenue-return 新增财政收入返还 (SPEC §3): schedule_k · retainedShare · max(0, R_t − R_base)', () => {
  it('returns the city share of the increase over the year before creation, by the schedule', () => {
    const r = simulateRewards(scenario([town('a', { revenue }, ones)], { pool: constant(0), programs: [rr] }, 7));
    // retainedShare 0.5, R_base = 80:
    //   k=1 2026: 1·0.5·20 = 10; k=2: 1·0.5·40 = 20; k=3: 1·0.5·70 = 35;
    //   k=4 2029: 0.5·0.5·120 = 30; k=5 2030: 0.5·0.5·180 = 45; k=6, 7: beyond the schedule → 0
    // its own line: paid in full although the pool is 0
    expect(r.towns[0]!.rewards.byProgram.return!.paid).toEqual([10, 20, 35, 30, 45, 0, 0]);
  });

  it('uses the given revenueBase and never returns a negative amount', () => {
    const r = simulateRewards(scenario([town('a', { revenue, revenueBase: 150 }, ones)], { programs: [rr] }, 7));
    // R_base 150: 2026–2028 increases ≤ 0 → 0; 2029: 0.5·0.5·50 = 12.5; 2030: 0.5·0.5·110 = 27.5
    expect(r.towns[0]!.rewards.byProgram.return!.paid).toEqual([0, 0, 0, 12.5, 27.5, 0, 0]);
  });

  it('counts k from the creation year, also for a town created before the horizon', () => {
    const old = town('old', { creationYear: START - 2, stages: { planning: START - 2, construction: START - 1, operation: START + 2 }, revenue: byYear([50, 60, 70, 100], START - 3) }, ones);
    const r = simulateRewards(scenario([old], { programs: [rr] }, 2));
    // R_base = revenue 2023 = 50; 2026 is k = 3: 1·0.5·(100 − 50) = 25; 2027: k = 4, revenue 0 → 0
    expect(r.towns[0]!.rewards.byProgram.return!.paid).toEqual([25, 0]);
  });
});
