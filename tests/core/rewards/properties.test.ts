import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFenInt, roundFen } from '../../../src/core/ledger/index.ts';
import { prepareRewards, rewardsResult, runRewards, simulateRewards } from '../../../src/core/rewards/index.ts';
import type { PoolMode, RewardProgram } from '../../../src/core/rewards/types.ts';
import type { Region, Stage } from '../../../src/core/model/scenario.ts';
import { byYear, common, scenario, town } from './fixture.ts';

const money = fc.double({ min: 0, max: 5000, noNaN: true });
const achievement = fc.double({ min: 0, max: 2, noNaN: true });
const lag = fc.integer({ min: 0, max: 2 });

/** A random policy over random towns: milestone, upfront, assessment (with clawback) and capital grant. */
const world = fc.record({
  years: fc.integer({ min: 1, max: 6 }),
  achievements: fc.array(fc.array(achievement, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
  pool: fc.array(fc.double({ min: 0, max: 3000, noNaN: true }), { minLength: 6, maxLength: 6 }),
  mode: fc.constantFrom<PoolMode>('prorate', 'queue'),
  bases: fc.tuple(money, money, money, money),
  lags: fc.tuple(lag, lag, lag, lag),
  clawbackFactor: fc.double({ min: 0, max: 3, noNaN: true }),
  consecutiveFails: fc.integer({ min: 1, max: 3 }),
});

type World = typeof world extends fc.Arbitrary<infer W> ? W : never;

function build(w: World) {
  const programs: RewardProgram[] = [
    { kind: 'milestone', ...common('m', { lagYears: w.lags[0] }), base: w.bases[0], curve: null },
    { kind: 'upfront', ...common('u', { lagYears: w.lags[1] }), base: w.bases[1] },
    {
      kind: 'assessment', ...common('a', { lagYears: w.lags[2] }), base: w.bases[2], curve: null,
      window: { anchor: 'creation', offset: 0, length: 2, repeat: true }, failBelow: 0.9, clawbackFactor: w.clawbackFactor,
    },
    { kind: 'capital-grant', ...common('g', { lagYears: w.lags[3] }), sector: 'health', base: w.bases[3], years: [2026, 2028] },
  ];
  const towns = w.achievements.map((a, i) => town(`t${i}`, {}, a));
  return scenario(towns, { pool: byYear(w.pool), poolMode: w.mode, programs, consecutiveFails: w.consecutiveFails }, w.years);
}

describe('reward properties (SPEC §3)', () => {
  it('payments from the pool never exceed the pool of the year', () => {
    fc.assert(fc.property(world, (w) => {
      const s = build(w);
      const r = simulateRewards(s);
      for (let t = 0; t < w.years; t++) {
        const paid = r.towns.reduce((sum, town) => sum + ['m', 'u', 'a', 'g'].reduce((x, id) => x + toFenInt(town.rewards.byProgram[id]!.paid[t]!), 0), 0);
        expect(paid).toBeLessThanOrEqual(toFenInt(w.pool[t]!));
        expect(toFenInt(r.city.poolPaid[t]!)).toBe(paid);
      }
    }), { numRuns: 150 });
  });

  it('when claims exceed the pool, the payments add up to the pool exactly, to the fen', () => {
    fc.assert(fc.property(world, (w) => {
      const prep = prepareRewards(build(w));
      const run = runRewards(prep);
      const r = rewardsResult(prep, run);
      for (let t = 0; t < w.years; t++) {
        if (run.poolExhausted[t] !== 1) continue;
        const fen = r.towns.reduce((sum, town) => sum + ['m', 'u', 'a', 'g'].reduce((x, id) => x + toFenInt(town.rewards.byProgram[id]!.paid[t]!), 0), 0);
        expect(fen).toBe(toFenInt(w.pool[t]!));
      }
    }), { numRuns: 150 });
  });

  it('queue: each town is paid its claims due in the horizon less what is still queued, to the fen, never more', () => {
    fc.assert(fc.property(world, (w) => {
      const s = build({ ...w, mode: 'queue' });
      const r = simulateRewards(s);
      const lags: Record<string, number> = { m: w.lags[0], u: w.lags[1], a: w.lags[2], g: w.lags[3] };
      for (const town of r.towns) {
        let dueFen = 0, paidFen = 0;
        for (const id of ['m', 'u', 'a', 'g']) {
          const flows = town.rewards.byProgram[id]!;
          flows.claimed.forEach((c, e) => { if (e + lags[id]! < w.years) dueFen += toFenInt(c); });
          paidFen += flows.paid.reduce((x, p) => x + toFenInt(p), 0);
        }
        expect(paidFen + toFenInt(town.accruedRewards[w.years - 1]!)).toBe(dueFen);
      }
    }), { numRuns: 150 });
  });

  it('a removed town earns no new claims, and is paid no more than it claimed before removal', () => {
    fc.assert(fc.property(world, (w) => {
      const r = simulateRewards(build(w));
      for (const town of r.towns) {
        if (town.removedYear === null) continue;
        const from = town.removedYear - 2026;
        let claimedFen = 0, paidFen = 0;
        for (const id of ['m', 'u', 'a', 'g']) {
          const flows = town.rewards.byProgram[id]!;
          flows.claimed.forEach((c, t) => {
            if (t >= from) expect(c).toBe(0);
            claimedFen += toFenInt(c);
          });
          paidFen += flows.paid.reduce((s, p) => s + toFenInt(p), 0);
        }
        // + 1 fen per payment for largest-remainder rounding
        expect(paidFen).toBeLessThanOrEqual(claimedFen + 4 * w.years);
      }
    }), { numRuns: 150 });
  });

  it('with the curve (0,0)(1,1) and achievement 1 the milestone pays exactly base × stageFactor × regionFactor', () => {
    const stageNum = fc.double({ min: 0, max: 3, noNaN: true });
    fc.assert(fc.property(money, stageNum, stageNum, stageNum, fc.constantFrom<Region>('north-eco', 'central-south'), stageNum, (base, sp, sc, so, region, rf) => {
      const stageFactor: Record<Stage, number> = { planning: sp, construction: sc, operation: so };
      const program: RewardProgram = {
        kind: 'milestone', ...common('m', { stageFactor, regionFactor: { 'north-eco': rf, 'central-south': rf } }),
        base, curve: { kind: 'points', points: [{ A: 0, m: 0 }, { A: 1, m: 1 }] },
      };
      const r = simulateRewards(scenario([town('a', { region })], { programs: [program] }));
      // stages 2026 planning, 2027–2029 construction, 2030 operation
      const expected = [sp, sc, sc, sc, so].map((f) => roundFen(base * f * rf));
      expect(r.towns[0]!.rewards.byProgram.m!.paid).toEqual(expected);
    }), { numRuns: 200 });
  });

  it('passing the expected achievements as a sampled path gives the deterministic result (zero variance)', () => {
    fc.assert(fc.property(world, (w) => {
      const s = build(w);
      const paths = w.achievements.map((a) => ({ tax: a }));
      expect(simulateRewards(s, { achievements: paths })).toEqual(simulateRewards(s));
    }), { numRuns: 50 });
  });

  it('no NaN or Infinity ever reaches a result', () => {
    fc.assert(fc.property(world, (w) => {
      const json = JSON.stringify(simulateRewards(build(w)), (_k, v: unknown) => {
        if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`non-finite ${v}`);
        return v;
      });
      expect(json).not.toContain('NaN');
    }), { numRuns: 100 });
  });
});
