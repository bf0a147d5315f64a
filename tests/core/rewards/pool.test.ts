import { describe, expect, it } from 'vitest';
import { sumFen } from '../../../src/core/ledger/index.ts';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { MilestoneProgram } from '../../../src/core/rewards/types.ts';
import { ANY, byYear, common, constant, scenario, town } from './fixture.ts';

const milestone = (id: string, base: number, towns: string[] | null = null): MilestoneProgram => ({
  kind: 'milestone', ...common(id, { eligibility: { ...ANY, towns } }), base, curve: null,
});

describe('pool: prorate (SPEC §3)', () => {
  it('scales every claim by pool/claims, allocated to the fen so the payments add up to the pool', () => {
    const r = simulateRewards(scenario([town('a'), town('b'), town('c')], { pool: constant(200), programs: [milestone('m', 100)] }, 1));
    // claims 3 × 100 = 300 > 200: each 200/3 = 66.6666666…7 → 66,666,666 fen each + 2 fen left,
    // equal remainders → to the first two towns (scenario order)
    expect(r.towns.map((t) => t.rewards.byProgram.m!.paid[0])).toEqual([66.666667, 66.666667, 66.666666]);
    expect(r.city.poolPaid[0]).toBe(200);
    // the shortfall lapses: 300 − 200 = 100
    expect(r.city.lapsed[0]).toBe(100);
    expect(r.summary.accruedAtEnd).toBe(0);
  });

  it('pays claims in full when the pool covers them', () => {
    const r = simulateRewards(scenario([town('a', {}, [0.8])], { pool: constant(1000), programs: [milestone('m', 100)] }, 1));
    // 100·f(0.8) = 50
    expect(r.towns[0]!.rewards.byProgram.m!.paid[0]).toBe(50);
    expect(r.city.lapsed[0]).toBe(0);
  });

  it('prorates by claim size: claims 100 and 50 against a pool of 90 → 60 and 30', () => {
    const r = simulateRewards(scenario([town('a'), town('b', {}, [0.8])], { pool: constant(90), programs: [milestone('m', 100)] }, 1));
    // ratio 90/150 = 0.6
    expect(r.towns.map((t) => t.rewards.total[0])).toEqual([60, 30]);
  });

  it('the pool draws only on programs that say so; an own-line program is paid in full', () => {
    const own: MilestoneProgram = { ...milestone('own', 100), fromPool: false };
    const r = simulateRewards(scenario([town('a')], { pool: constant(10), programs: [milestone('m', 100), own] }, 1));
    expect(r.towns[0]!.rewards.byProgram.m!.paid[0]).toBe(10);
    expect(r.towns[0]!.rewards.byProgram.own!.paid[0]).toBe(100);
  });
});

describe('pool: queue (SPEC §3)', () => {
  // town a claims 60 a year (program m-a), town b 40 (m-b): 100 a year; pool 50, 100, 200.
  const s = scenario([town('a'), town('b')], {
    pool: byYear([50, 100, 200]), poolMode: 'queue',
    programs: [milestone('m-a', 60, ['a']), milestone('m-b', 40, ['b'])],
  }, 3);
  const r = simulateRewards(s);

  it('meets claims whole by earning year, oldest first, the last year reached pro rata', () => {
    // 2026: 100 claimed, pool 50 → × 0.5: a 30, b 20; 30 + 20 carried
    // 2027: 2026's 50 paid whole; 2027's 100 gets the other 50 → × 0.5: a 30 + 30 = 60, b 20 + 20 = 40
    // 2028: 2027's rest 50 whole, 2028's 100 whole (150 of 200): a 30 + 60 = 90, b 20 + 40 = 60
    expect(r.towns[0]!.rewards.byProgram['m-a']!.paid).toEqual([30, 60, 90]);
    expect(r.towns[1]!.rewards.byProgram['m-b']!.paid).toEqual([20, 40, 60]);
    expect(r.city.poolPaid).toEqual([50, 100, 150]);
  });

  it('reports the unpaid rest as accrued until paid, and nothing lapses', () => {
    expect(r.towns[0]!.accruedRewards).toEqual([30, 30, 0]);
    expect(r.towns[1]!.accruedRewards).toEqual([20, 20, 0]);
    expect(r.city.accrued).toEqual([50, 50, 0]);
    expect(r.city.lapsed).toEqual([0, 0, 0]);
  });

  it('what is still queued at the horizon end is reported as accrued', () => {
    const short = simulateRewards(scenario([town('a'), town('b')], { pool: constant(50), poolMode: 'queue', programs: [milestone('m-a', 60, ['a']), milestone('m-b', 40, ['b'])] }, 2));
    // 2 × 100 claimed, 2 × 50 paid
    expect(short.summary.accruedAtEnd).toBe(100);
    expect(short.summary.rewardsPaidTotal).toBe(100);
  });

  it('orders by earning year across programs with different lags', () => {
    // a: 100 a year, paid a year later (lag 1); b: 100 a year, lag 0; pool 100 a year
    const lagged: MilestoneProgram = { ...milestone('m-a', 100, ['a']), lagYears: 1 };
    const q = simulateRewards(scenario([town('a'), town('b')], { pool: constant(100), poolMode: 'queue', programs: [lagged, milestone('m-b', 100, ['b'])] }, 3));
    // 2026: only b's 2026 claim is due → b 100
    // 2027: a's 2026 claim (earned 2026) before b's 2027 claim → a 100; b's 100 queued
    // 2028: earning year 2027 = a's 100 + b's queued 100 = 200 against 100 → 50 each; b's 2028 claim queued
    expect(q.towns[0]!.rewards.total).toEqual([0, 100, 50]);
    expect(q.towns[1]!.rewards.total).toEqual([100, 0, 50]);
    // queued at the end of 2028: a 50 (of 2027); b 50 (of 2027) + 100 (of 2028)
    expect(q.towns[0]!.accruedRewards[2]).toBe(50);
    expect(q.towns[1]!.accruedRewards[2]).toBe(150);
  });
});

describe('pool: the queue carries what was paid after fen rounding (SPEC §3)', () => {
  // three towns claim 40 each in 2026 (milestone base 40, A = 1 → f = 1); queue pool 100.000001 in 2026, then 1000.
  const towns = [town('a', {}, [1, 0, 0]), town('b', {}, [1, 0, 0]), town('c', {}, [1, 0, 0])];
  const r = simulateRewards(scenario(towns, { pool: byYear([100.000001, 1000, 1000]), poolMode: 'queue', programs: [milestone('m', 40)] }, 3));

  it('pays each claim exactly its amount in total, never more', () => {
    // 2026: 120 claimed, pool 100.000001 = 100,000,001 fen → 33,333,333 fen each + 2 fen left,
    //   equal remainders → to a and b (scenario order): 33.333334, 33.333334, 33.333333
    // 2027: the queue holds exactly 40 − paid: 6.666666, 6.666666, 6.666667 → paid whole
    expect(r.towns.map((t) => t.rewards.byProgram.m!.paid.slice(0, 2))).toEqual([[33.333334, 6.666666], [33.333334, 6.666666], [33.333333, 6.666667]]);
    expect(r.towns.map((t) => sumFen(t.rewards.total))).toEqual([40, 40, 40]);
  });

  it('the accrued liabilities at the end of 2026 add up to 120 − 100.000001 = 19.999999', () => {
    expect(r.towns.map((t) => t.accruedRewards[0])).toEqual([6.666666, 6.666666, 6.666667]);
    expect(sumFen(r.towns.map((t) => t.accruedRewards[0]!))).toBe(19.999999);
    expect(r.city.accrued).toEqual([19.999999, 0, 0]);
  });
});
