/**
 * The output boundary of the reward engine (SPEC §1 "Arithmetic", §10): a run's doubles
 * become per-town and city series, payments rounded to the fen with the ledger helpers.
 * The pool-funded payments of a year in which the pool ran out are split with
 * `allocateToFen` (decided in doubles where its error bound allows, `allocateFiltered`) so they add up to the pool exactly (largest remainder, ties in scenario
 * order: town, then program); otherwise each payment is `roundFen` of itself.
 */
import { allocateToFen, fromFenInt, roundFen } from '../ledger/index.ts';
import { clawbackSeries } from './clawbackOutput.ts';
import { fenOfRounded, sumRounded } from './fenSum.ts';
import type { NullableSeries, Series, TownResult, TownStatus } from '../result.ts';
import type { RewardsRun } from './engine.ts';
import type { PreparedRewards } from './prepare.ts';
import { isMoneyProgram } from './programs/index.ts';
import { STATUS_OF_CODE, removalIndex } from './status.ts';
import { zeroedF64, zeroedU8 } from '../model/zeroed.ts';

/** One town's reward outputs: the `TownResult` fields plus what the exposure (SPEC §6) and summary need. */
export interface TownRewardsResult {
  readonly id: string;
  readonly status: readonly TownStatus[];
  readonly achievement: NullableSeries;
  readonly rewards: TownResult['rewards'];
  /** Queued unpaid pool claims at year end (SPEC §6 `accruedRewards`). */
  readonly accruedRewards: Series;
  /** Clawbacks falling due per year (before netting); `rewards.clawback` is what was recovered (`clawbackOutput.ts`). */
  readonly clawbackDue: Series;
  /** Clawback receivable still unrecovered at year end; its last value is `rewards.receivableAtEnd`. */
  readonly receivable: Series;
  /** Money claims earned in the horizon, due after it. */
  readonly pendingAtEnd: number;
  /** First year the town is removed (淘汰), or null. */
  readonly removedYear: number | null;
}

/** Payments rounded to the fen per money-program slot `(p·T + i)·Y + t` (0 elsewhere); `allocated[t]` = 1 where the pool's payments were split by `allocateToFen`. */
export interface RoundedPayments {
  readonly paid: Float64Array;
  readonly allocated: Uint8Array;
}

/** Rounds a run's payments: own-line and uncapped ones each to the fen, a pool that ran out split to foot exactly. */
export function roundedPayments(prep: PreparedRewards, run: RewardsRun): RoundedPayments {
  const { programs, years: Y } = prep;
  const T = run.towns;
  const out = zeroedF64(run.paid.length);
  const allocated = zeroedU8(Y);
  const queueMode = prep.scenario.rewards.poolMode === 'queue';
  const inPool = zeroedU8(programs.length * T);
  for (const s of prep.poolSlots) inPool[s] = 1;
  // Own-line payments: each to the fen.
  programs.forEach((p, pi) => {
    if (!isMoneyProgram(p)) return;
    for (let i = 0; i < T; i++) {
      if (inPool[pi * T + i] === 1) continue;
      const row = (pi * T + i) * Y;
      for (let t = 0; t < Y; t++) if (run.paid[row + t] !== 0) out[row + t] = roundFen(run.paid[row + t]!);
    }
  });
  // Pool payments, town-major (scenario order) for the largest-remainder ties.
  const slots = prep.poolSlotsByTown;
  const live: number[] = [], w: number[] = [];
  for (let t = 0; t < Y; t++) {
    live.length = 0;
    w.length = 0;
    for (let k = 0; k < slots.length; k++) {
      const x = run.paid[slots[k]! * Y + t]!;
      if (x === 0) continue;
      live.push(slots[k]!);
      w.push(x);
    }
    if (live.length === 0) continue;
    const pool = prep.pool[t]!;
    // the queue pays whole fen already (pool.ts); a prorated pool that ran out is split here
    let parts = run.poolExhausted[t] === 1 && !queueMode ? null : w.map(roundFen);
    if (parts === null || sumRounded(parts) > pool) {
      parts = allocateToFen(pool, w);
      allocated[t] = 1;
    }
    for (let k = 0; k < live.length; k++) out[live[k]! * Y + t] = parts[k]!;
  }
  return { paid: out, allocated };
}

/**
 * Per-town results of a run, from its rounded payments. Written as plain loops over the
 * run's typed arrays (no per-town closures or intermediate arrays): it runs once per town
 * on every Monte Carlo path (SPEC §1 "One engine, run many times").
 */
export function townResults(prep: PreparedRewards, run: RewardsRun, rounded: RoundedPayments): TownRewardsResult[] {
  const { paid, allocated } = rounded;
  const { programs, years: Y, scenario } = prep;
  const T = run.towns;
  const money: number[] = [];
  for (let p = 0; p < programs.length; p++) if (isMoneyProgram(programs[p]!)) money.push(p);
  const totalFen = zeroedF64(Y);
  const out = new Array<TownRewardsResult>(T);
  for (let i = 0; i < T; i++) {
    const byProgram: Record<string, { claimed: number[]; paid: number[] }> = {};
    totalFen.fill(0);
    for (const pi of money) {
      const row = (pi * T + i) * Y;
      const c = new Array<number>(Y), q = new Array<number>(Y);
      for (let t = 0; t < Y; t++) {
        const claim = run.claimed[row + t]!;
        const pay = paid[row + t]!;
        // a claim paid whole in its own year has the same double as its payment: reuse that rounding
        c[t] = claim === 0 ? 0 : claim === run.paid[row + t] && allocated[t] === 0 ? pay : roundFen(claim);
        q[t] = pay;
        totalFen[t] = totalFen[t]! + fenOfRounded(pay);
      }
      byProgram[programs[pi]!.id] = { claimed: c, paid: q };
    }
    const total = new Array<number>(Y);
    for (let t = 0; t < Y; t++) total[t] = fromFenInt(totalFen[t]!);
    const claw = clawbackSeries(run.clawbackDue, run.clawbackRecovered, i, Y, totalFen);
    const st = run.status.subarray(i * Y, (i + 1) * Y);
    const removed = removalIndex(st);
    out[i] = {
      id: prep.frames[i]!.town.id,
      status: statusNames(st),
      achievement: achievementSeries(run, i, Y),
      rewards: {
        byProgram, total, clawback: claw.recovered,
        landQuotaMu: { reward: mu(run.landReward, i, Y), deduction: mu(run.landDeduction, i, Y) },
        receivableAtEnd: claw.receivable[Y - 1] ?? 0,
      },
      accruedRewards: fenSeries(run.accrued, i, Y),
      clawbackDue: claw.due,
      receivable: claw.receivable,
      pendingAtEnd: roundFen(run.pendingAtEnd[i]!),
      removedYear: removed < 0 ? null : scenario.startYear + removed,
    };
  }
  return out;
}

/** Status names of one town's codes. */
function statusNames(codes: Uint8Array): TownStatus[] {
  const out = new Array<TownStatus>(codes.length);
  for (let t = 0; t < codes.length; t++) out[t] = STATUS_OF_CODE[codes[t]!] ?? 'inactive';
  return out;
}

/** `A_t` of town i per year, null where it has none. */
function achievementSeries(run: RewardsRun, i: number, Y: number): (number | null)[] {
  const out = new Array<number | null>(Y);
  for (let t = 0; t < Y; t++) out[t] = run.hasA[i * Y + t] === 1 ? run.A[i * Y + t]! : null;
  return out;
}

/** Town i's amounts per year, each rounded to the fen. */
function fenSeries(a: Float64Array, i: number, Y: number): number[] {
  const out = new Array<number>(Y);
  for (let t = 0; t < Y; t++) {
    const x = a[i * Y + t]!;
    out[t] = x === 0 ? 0 : roundFen(x);
  }
  return out;
}

/** Land in mu, to 6 decimals (not money: no fen ledger), per year. */
function mu(a: Float64Array, i: number, Y: number): number[] {
  const out = new Array<number>(Y);
  for (let t = 0; t < Y; t++) out[t] = Math.round(a[i * Y + t]! * 1e6) / 1e6 + 0;
  return out;
}
