import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFenInt } from '../../../src/core/ledger/index.ts';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { AssessmentProgram, MilestoneProgram, PoolMode } from '../../../src/core/rewards/types.ts';
import { ANY, byYear, common, constant, scenario, town } from './fixture.ts';

const milestone = (id: string, base: number, towns: string[] | null = null, lagYears = 0): MilestoneProgram => ({
  kind: 'milestone', ...common(id, { eligibility: { ...ANY, towns }, lagYears }), base, curve: null,
});

describe('city.rewardPool: pool execution per year (SPEC §3 "Pool execution", §10)', () => {
  it('prorate: claims 3 × 100 against a pool of 200 → paid 200, 100 lapses, nothing queued', () => {
    const r = simulateRewards(scenario([town('a'), town('b'), town('c')], { pool: constant(200), programs: [milestone('m', 100)] }, 2));
    expect(r.city.rewardPool).toEqual({
      pool: [200, 200], claims: [300, 300], paid: [200, 200], lapsed: [100, 100], queued: [0, 0],
      dueAfterHorizon: 0, clawbackDue: [0, 0], clawbackRecovered: [0, 0], receivable: [0, 0],
    });
  });

  it('queue: what the pool cannot meet is queued at year end and paid later, nothing lapses', () => {
    // a claims 60 a year, b 40: 100 due a year; pool 50, 100, 200 (hand-computed in pool.test.ts)
    // queued: 2026 0 + 100 − 50 = 50; 2027 50 + 100 − 100 = 50; 2028 50 + 100 − 150 = 0
    const r = simulateRewards(scenario([town('a'), town('b')], {
      pool: byYear([50, 100, 200]), poolMode: 'queue', programs: [milestone('m-a', 60, ['a']), milestone('m-b', 40, ['b'])],
    }, 3));
    expect(r.city.rewardPool).toMatchObject({ pool: [50, 100, 200], claims: [100, 100, 100], paid: [50, 100, 150], lapsed: [0, 0, 0], queued: [50, 50, 0] });
  });

  it('claims earned in the horizon but falling due after it are counted as dueAfterHorizon', () => {
    // lag 1: 2026's 100 falls due 2027, 2027's due 2028; 2028's 100 falls due 2029, after the horizon
    const r = simulateRewards(scenario([town('a')], { pool: constant(1000), programs: [milestone('m', 100, null, 1)] }, 3));
    expect(r.city.rewardPool.claims).toEqual([0, 100, 100]);
    expect(r.city.rewardPool.dueAfterHorizon).toBe(100);
  });

  it('no pool set: pool is null each year, every claim is paid when due', () => {
    const r = simulateRewards(scenario([town('a')], { pool: null, programs: [milestone('m', 100)] }, 2));
    expect(r.city.rewardPool).toMatchObject({ pool: [null, null], claims: [100, 100], paid: [100, 100], lapsed: [0, 0], queued: [0, 0] });
  });

  it('own-line programs are outside the pool: neither claims nor paid', () => {
    const own: MilestoneProgram = { ...milestone('own', 70), fromPool: false };
    const r = simulateRewards(scenario([town('a')], { pool: constant(1000), programs: [milestone('m', 100), own] }, 1));
    expect(r.city.rewardPool).toMatchObject({ claims: [100], paid: [100] });
    expect(r.city.rewardsPaid).toEqual([170]);
  });
});

describe('clawback receivable at the horizon end (SPEC §3 "assessment")', () => {
  // A = 0.7, 0.9, 0.5, 1, 1: milestone pays 25, 75, 0, 100, 100; the 2026–2028 window fails
  // (mean 0.7 < 0.8), assessment 75 paid 2029; clawback 4 × (25 + 75 + 0) = 400 due 2029:
  // 175 recovered 2029 (100 + 75), 100 in 2030 → 125 still receivable at the end.
  const assessment: AssessmentProgram = {
    kind: 'assessment', ...common('post', { lagYears: 1 }), base: 300, curve: null,
    window: { anchor: 'creation', offset: 0, length: 3, repeat: false }, failBelow: 0.8, clawbackFactor: 4,
  };
  const r = simulateRewards(scenario([town('a', {}, [0.7, 0.9, 0.5, 1, 1]), town('b')], { consecutiveFails: 3, programs: [milestone('m', 100), assessment] }));

  it('is reported per town and in total', () => {
    expect(r.towns.map((t) => t.rewards.receivableAtEnd)).toEqual([125, 0]);
    expect(r.summary.receivableAtEnd).toBe(125);
  });

  it('the pool execution carries clawbacks due, recovered and still receivable', () => {
    expect(r.city.rewardPool.clawbackDue).toEqual([0, 0, 0, 400, 0]);
    expect(r.city.rewardPool.clawbackRecovered).toEqual([0, 0, 0, 175, 100]);
    expect(r.city.rewardPool.receivable).toEqual([0, 0, 0, 225, 125]);
  });
});

describe('pool execution foots, to the fen (property)', () => {
  const money = fc.double({ min: 0, max: 5000, noNaN: true });
  const world = fc.record({
    years: fc.integer({ min: 1, max: 6 }),
    achievements: fc.array(fc.array(fc.double({ min: 0, max: 2, noNaN: true }), { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
    pool: fc.array(fc.double({ min: 0, max: 3000, noNaN: true }), { minLength: 6, maxLength: 6 }),
    mode: fc.constantFrom<PoolMode>('prorate', 'queue'),
    bases: fc.tuple(money, money),
    lags: fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })),
    clawbackFactor: fc.double({ min: 0, max: 3, noNaN: true }),
  });

  it('prorate: claims = paid + lapsed; queue: queued(t) = queued(t−1) + claims − paid; receivable(t) = receivable(t−1) + due − recovered', () => {
    fc.assert(fc.property(world, (w) => {
      const r = simulateRewards(scenario(w.achievements.map((a, i) => town(`t${i}`, {}, a)), {
        pool: byYear(w.pool), poolMode: w.mode, consecutiveFails: 3,
        programs: [
          milestone('m', w.bases[0], null, w.lags[0]),
          { kind: 'assessment', ...common('a', { lagYears: w.lags[1] }), base: w.bases[1], curve: null,
            window: { anchor: 'creation', offset: 0, length: 2, repeat: true }, failBelow: 0.9, clawbackFactor: w.clawbackFactor },
        ],
      }, w.years));
      const p = r.city.rewardPool;
      const f = (x: number | undefined): number => toFenInt(x ?? 0);
      for (let t = 0; t < w.years; t++) {
        expect(f(p.paid[t])).toBeLessThanOrEqual(f(p.pool[t] ?? 0));
        if (w.mode === 'prorate') expect(f(p.claims[t]) - f(p.paid[t])).toBe(f(p.lapsed[t]));
        else expect(f(p.queued[t - 1]) + f(p.claims[t]) - f(p.paid[t])).toBe(f(p.queued[t]));
        expect(f(p.receivable[t - 1]) + f(p.clawbackDue[t]) - f(p.clawbackRecovered[t])).toBe(f(p.receivable[t]));
        expect(p.clawbackRecovered[t]).toBe(r.city.clawbackRecovered[t]);
      }
      expect(r.summary.receivableAtEnd).toBe(p.receivable[w.years - 1]);
      expect(f(r.summary.receivableAtEnd)).toBe(r.towns.reduce((s, t) => s + f(t.rewards.receivableAtEnd), 0));
    }), { numRuns: 200 });
  });
});
