import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { AssessmentProgram, MilestoneProgram, RewardPolicy } from '../../../src/core/rewards/types.ts';
import { common, constant, scenario, town } from './fixture.ts';

const milestone: MilestoneProgram = { kind: 'milestone', ...common('m'), base: 100, curve: null };
const assessment = (over: Partial<AssessmentProgram> = {}): AssessmentProgram => ({
  kind: 'assessment', ...common('post', { lagYears: 1 }), base: 300, curve: null,
  window: { anchor: 'creation', offset: 0, length: 3, repeat: false }, failBelow: 0.8, clawbackFactor: 1, ...over,
});
// consecutiveFails 3 keeps the town in the programme, so only the assessment acts.
const policy = (programs: RewardPolicy['programs'], over: Partial<RewardPolicy> = {}): Partial<RewardPolicy> => ({ consecutiveFails: 3, programs, ...over });
// A = 0.7, 0.9, 0.5, 1, 1 in 2026…2030.
//   milestone: f(0.7) = 0.25 → 25; f(0.9) = 0.75 → 75; f(0.5) = 0 → 0; then 100, 100
//   window 2026–2028: mean A = (0.7 + 0.9 + 0.5)/3 = 0.7 → assessment 300·f(0.7) = 75, earned 2028, paid 2029
//   0.7 < failBelow 0.8: clawback = factor × milestone paid in the window = factor × (25 + 75 + 0), due 2029
const A = [0.7, 0.9, 0.5, 1, 1];

describe('assessment 事后 (SPEC §3): base · f(mean A over the window), clawback on failure', () => {
  it('pays base · f(mean A) a lag year after the window ends, and nets the clawback against that year', () => {
    const r = simulateRewards(scenario([town('a', {}, A)], policy([milestone, assessment()])));
    const t = r.towns[0]!;
    expect(t.rewards.byProgram.m!.paid).toEqual([25, 75, 0, 100, 100]);
    expect(t.rewards.byProgram.post!.claimed).toEqual([0, 0, 75, 0, 0]);
    expect(t.rewards.byProgram.post!.paid).toEqual([0, 0, 0, 75, 0]);
    // clawback 1·100 due 2029, against gross 100 + 75 = 175: all recovered that year
    expect(t.clawbackDue).toEqual([0, 0, 0, 100, 0]);
    expect(t.rewards.clawback).toEqual([0, 0, 0, 100, 0]);
    expect(t.rewards.total).toEqual([25, 75, 0, 175, 100]);
    expect(r.city.netCost).toEqual([25, 75, 0, 75, 100]);
    expect(r.summary.netCostTotal).toBe(275);
  });

  it('carries what the year cannot absorb as a receivable netted against later payments', () => {
    const r = simulateRewards(scenario([town('a', {}, A)], policy([milestone, assessment({ clawbackFactor: 2 })])));
    const t = r.towns[0]!;
    // clawback 2·100 = 200: 175 recovered in 2029, the other 25 from 2030's 100
    expect(t.rewards.clawback).toEqual([0, 0, 0, 175, 25]);
    expect(t.receivable).toEqual([0, 0, 0, 25, 0]);
    expect(r.summary.receivableAtEnd).toBe(0);
  });

  it('reports the balance still unrecovered at the horizon end', () => {
    const r = simulateRewards(scenario([town('a', {}, A)], policy([milestone, assessment({ clawbackFactor: 4 })])));
    // 400 due: 175 in 2029, 100 in 2030 → 125 left
    expect(r.towns[0]!.rewards.clawback).toEqual([0, 0, 0, 175, 100]);
    expect(r.summary.receivableAtEnd).toBe(125);
    expect(r.summary.clawbackRecoveredTotal).toBe(275);
  });

  it('a clawback never enters the pool as a negative claim', () => {
    const r = simulateRewards(scenario([town('a', {}, A)], policy([milestone, assessment()], { pool: constant(150) })));
    // 2029 pool claims 100 + 75 = 175 > 150: both × 150/175 → 85.714286 + 64.285714 = 150
    expect(r.towns[0]!.rewards.byProgram.m!.paid[3]).toBe(85.714286);
    expect(r.towns[0]!.rewards.byProgram.post!.paid[3]).toBe(64.285714);
    expect(r.city.poolPaid[3]).toBe(150);
    // the 100 recovered lowers the net cost, not the pool's claims: 150 − 100 = 50
    expect(r.towns[0]!.rewards.clawback[3]).toBe(100);
    expect(r.city.netCost[3]).toBe(50);
  });

  it('a passing window claws nothing back (mean 0.7 ≥ default failBelow 0.6)', () => {
    const r = simulateRewards(scenario([town('a', {}, A)], policy([milestone, assessment({ failBelow: null })])));
    expect(r.towns[0]!.rewards.clawback).toEqual([0, 0, 0, 0, 0]);
    expect(r.towns[0]!.rewards.byProgram.post!.paid[3]).toBe(75);
  });

  it('repeating windows anchored on construction assess every `length` years', () => {
    const r = simulateRewards(scenario([town('a')], policy([assessment({ window: { anchor: 'construction', offset: 0, length: 2, repeat: true }, failBelow: null })])));
    // windows 2027–2028 and 2029–2030, A = 1: 300 each, earned 2028 and 2030; the second is due 2031
    expect(r.towns[0]!.rewards.byProgram.post!.claimed).toEqual([0, 0, 300, 0, 300]);
    expect(r.towns[0]!.rewards.byProgram.post!.paid).toEqual([0, 0, 0, 300, 0]);
    expect(r.summary.pendingAtEnd).toBe(300);
  });
});
