/**
 * The reward engine's run (SPEC §3): claims from achievements and statuses, then the year
 * loop paying them from the pool or their own line, with clawbacks netted; all in doubles
 * on typed arrays (SPEC §1 "One engine, run many times"). Rounding to the fen is left to
 * the output boundary (`output.ts`).
 *
 * Layouts: per program and town `(p·T + i)·Y + t`; per town `i·Y + t`.
 */
import { fromFenInt } from '../ledger/index.ts';
import type { AchievementRatios } from './achievement.ts';
import type { TownAchievement } from './achievement.ts';
import { townAchievement } from './achievement.ts';
import type { ClaimContext } from './claimContext.ts';
import { clawbackAmount, netAgainstPayments } from './clawback.ts';
import type { ClawbackDue } from './clawback.ts';
import type { PreparedRewards } from './prepare.ts';
import { enqueue, newQueue, payProrate, payQueue } from './pool.ts';
import type { PoolYear } from './pool.ts';
import { assessmentOutcomes, isMoneyProgram, landQuotaDeductions, writeClaims } from './programs/index.ts';
import type { AssessmentOutcome } from './programs/index.ts';

/** No clawback falls due (most years). */
const NO_DUES: readonly ClawbackDue[] = [];
import { townStatus } from './status.ts';
import { applyPayFactor, decidedTownStatus, gradeScaled } from './decided.ts';
import type { TownDecisions } from './decided.ts';
import type { PaymentRecord } from '../model/actuals.ts';
import { Arena, zeroedF64, zeroedU8 } from '../model/zeroed.ts';

/** One run's raw flows (doubles; money in 万元, land in mu). */
export interface RewardsRun {
  readonly towns: number;
  readonly years: number;
  /** Status code per town-year (`status.ts`). */
  readonly status: Uint8Array;
  /** `A_t` per town-year (0 where `hasA` is 0). */
  readonly A: Float64Array;
  readonly hasA: Uint8Array;
  /** Claims by earning year, per program and town (land-quota: mu rewarded). */
  readonly claimed: Float64Array;
  /** Payments by payment year, per program and town (gross, before clawbacks). */
  readonly paid: Float64Array;
  /** Clawbacks falling due, recovered, and the receivable left at year end, per town-year. */
  readonly clawbackDue: Float64Array;
  readonly clawbackRecovered: Float64Array;
  readonly receivable: Float64Array;
  /** Queued (due, unpaid) pool claims at year end, per town-year (SPEC §6 `accruedRewards`). */
  readonly accrued: Float64Array;
  /** Land quota rewarded (in the year it is granted, after the program's lag) and deducted, mu per town-year. */
  readonly landReward: Float64Array;
  readonly landDeduction: Float64Array;
  /** Per year: pool-funded payments, shortfall lapsed (prorate), whether the pool ran out. */
  readonly poolPaid: Float64Array;
  readonly lapsed: Float64Array;
  readonly poolExhausted: Uint8Array;
  /** Money claims earned in the horizon but due after it, per town. */
  readonly pendingAtEnd: Float64Array;
}

/** Per-run inputs: actual/target ratios per town (scenario order) and KPI; absent → expected achievement. */
export interface RunInputs {
  readonly achievements?: readonly (AchievementRatios | undefined)[];
  /** The commission's grades and status decisions per town (scenario order), SPEC §12; absent → the §3 rule alone. */
  readonly decisions?: readonly (TownDecisions | undefined)[];
  /** Payments actually made (SPEC §12): where a settlement is recorded, the paid amount is the recorded one (`actuals/recordedPayments.ts`). */
  readonly recordedPayments?: readonly PaymentRecord[];
}

/** Runs the reward policy once. */
export function runRewards(prep: PreparedRewards, inputs: RunInputs = {}): RewardsRun {
  const { scenario, frames, programs, years: Y } = prep;
  const policy = scenario.rewards;
  const T = frames.length, P = programs.length;
  let K = 0;
  for (const fr of frames) K = Math.max(K, fr.kpiIds.length);
  const S = prep.poolSlots.length;
  // outputs, then scratch: the achievement buffers (K KPIs), and payAll's pool-slot lags, pool dues and receivables
  const f = new Arena(zeroedF64(2 * P * T * Y + 7 * T * Y + 2 * Y + T + (K + 1) * Y + 2 * S + T));
  const b = new Arena(zeroedU8(2 * T * Y + Y + (K + 1) * Y));
  const status = b.take(T * Y), A = f.take(T * Y), hasA = b.take(T * Y);
  const claimed = f.take(P * T * Y), paid = f.take(P * T * Y);
  const landDeduction = f.take(T * Y);
  const dueByYear = new Array<ClawbackDue[] | undefined>(Y); // arrays only for years with a clawback
  const scratch: TownAchievement = { perKpi: [], hasTarget: [], A: f.take(Y), hasA: b.take(Y) };
  for (let k = 0; k < K; k++) {
    (scratch.perKpi as Float64Array[]).push(f.take(Y));
    (scratch.hasTarget as Uint8Array[]).push(b.take(Y));
  }

  // each assessment's outcomes for the town at hand: its claims, its clawbacks and land deductions read them
  const outcomesOf = new Array<readonly AssessmentOutcome[] | null>(P).fill(null);
  for (let i = 0; i < T; i++) {
    const frame = frames[i]!;
    outcomesOf.fill(null);
    const ach = townAchievement(frame, policy.achievementCap, inputs.achievements?.[i], scratch);
    const st = status.subarray(i * Y, (i + 1) * Y);
    const dec = inputs.decisions?.[i];
    if (dec) decidedTownStatus(ach.A, ach.hasA, frame.creationIndex, policy, dec, st);
    else townStatus(ach.A, ach.hasA, frame.creationIndex, policy, st);
    A.set(ach.A, i * Y);
    hasA.set(ach.hasA, i * Y);
    const ctx: ClaimContext = { frame, ach, status: st, rectifyPayFactor: policy.rectifyPayFactor, failBelow: policy.failBelow, retainedShare: scenario.city.retainedShare };
    for (let p = 0; p < P; p++) {
      if (prep.eligible[p * T + i] === 0) continue;
      const prog = programs[p]!;
      const outcomes = prog.kind === 'assessment' ? (outcomesOf[p] = assessmentOutcomes(prog, ctx)) : undefined;
      writeClaims(prog, ctx, prep.curves[p]!, claimed, (p * T + i) * Y, outcomes);
      if (dec && gradeScaled(prog)) applyPayFactor(dec, claimed, (p * T + i) * Y);
      assertFiniteClaims(claimed, (p * T + i) * Y, Y, p, prog.id, frame.town.id);
      if (prog.kind === 'assessment' && outcomes) {
        for (const w of outcomes) {
          if (w.failed && w.end + prog.lagYears < Y) (dueByYear[w.end + prog.lagYears] ??= []).push({ town: i, start: w.start, end: w.end, factor: prog.clawbackFactor });
        }
      }
    }
    for (let p = 0; p < P; p++) {
      const prog = programs[p]!;
      const a = prep.landAssessment[p]!;
      if (prog.kind !== 'land-quota' || a < 0 || prep.eligible[p * T + i] === 0 || prep.eligible[a * T + i] === 0) continue;
      const assess = programs[a]!;
      if (assess.kind !== 'assessment') continue;
      landQuotaDeductions(prog, outcomesOf[a] ?? assessmentOutcomes(assess, ctx), assess.lagYears, claimed, (p * T + i) * Y, Y, landDeduction, i * Y);
    }
  }
  return payAll(prep, { status, A, hasA, claimed, paid, landDeduction }, dueByYear, f, b);
}

type Claims = Pick<RewardsRun, 'status' | 'A' | 'hasA' | 'claimed' | 'paid' | 'landDeduction'>;

/** The year loop: due claims → pool / own line → clawbacks netted. */
function payAll(prep: PreparedRewards, c: Claims, dueByYear: readonly (readonly ClawbackDue[] | undefined)[], f: Arena<Float64Array>, b: Arena<Uint8Array>): RewardsRun {
  const { programs, poolSlots, years: Y } = prep;
  const T = prep.frames.length, P = programs.length;
  const { claimed, paid } = c;
  const queueMode = prep.scenario.rewards.poolMode === 'queue';
  const money = prep.money;
  const due = f.take(poolSlots.length);
  const q = queueMode ? newQueue(poolSlots, Y, T) : null;
  const rec = f.take(T);
  const out = {
    clawbackDue: f.take(T * Y), clawbackRecovered: f.take(T * Y), receivable: f.take(T * Y),
    accrued: f.take(T * Y), landReward: f.take(T * Y),
    poolPaid: f.take(Y), lapsed: f.take(Y), poolExhausted: b.take(Y), pendingAtEnd: f.take(T),
  };
  // Claims outside the pool fall due in year e + lag whatever the pool does, and the year loop
  // reads payments of years up to t only: land rewards and own-line payments are set row by row.
  // (For one town-year, land rewards add up program by program, as in a year-major loop.)
  for (let p = 0; p < P; p++) {
    const prog = programs[p]!;
    const land = !isMoneyProgram(prog);
    if (!land && prog.fromPool) continue;
    for (let i = 0; i < T; i++) {
      const row = (p * T + i) * Y;
      for (let t = prog.lagYears; t < Y; t++) {
        const claim = claimed[row + t - prog.lagYears]!;
        if (claim === 0) continue;
        if (land) out.landReward[i * Y + t] = out.landReward[i * Y + t]! + claim;
        else paid[row + t] = claim;
      }
    }
  }
  const lagOf = f.take(poolSlots.length);
  for (let s = 0; s < poolSlots.length; s++) lagOf[s] = programs[Math.floor(poolSlots[s]! / T)]!.lagYears;
  const py: PoolYear = { paid: 0, lapsed: 0, exhausted: false };
  for (let t = 0; t < Y; t++) {
    // pool claims due in t, slot by slot (program, then town: the order of poolSlots)
    due.fill(0);
    for (let s = 0; s < poolSlots.length; s++) {
      const e = t - lagOf[s]!;
      if (e < 0) continue;
      const claim = claimed[poolSlots[s]! * Y + e]!;
      if (claim === 0) continue;
      if (q) enqueue(q, s, poolSlots[s]! % T, e, claim, Y);
      else due[s] = claim;
    }
    if (q) payQueue(poolSlots, T, q, prep.pool[t]!, paid, Y, t, py);
    else payProrate(poolSlots, due, prep.pool[t]!, paid, Y, t, py);
    out.poolPaid[t] = py.paid;
    out.lapsed[t] = py.lapsed;
    out.poolExhausted[t] = py.exhausted ? 1 : 0;
    for (const d of dueByYear[t] ?? NO_DUES) {
      const amount = clawbackAmount(d, prep.milestones, paid, T, Y);
      rec[d.town] = rec[d.town]! + amount;
      out.clawbackDue[d.town * Y + t] = out.clawbackDue[d.town * Y + t]! + amount;
    }
    for (let i = 0; i < T; i++) {
      const r = netAgainstPayments(rec[i]!, money, paid, i, T, Y, t);
      rec[i] = rec[i]! - r;
      out.clawbackRecovered[i * Y + t] = r;
      out.receivable[i * Y + t] = rec[i]!;
      out.accrued[i * Y + t] = q ? fromFenInt(q.byTown[i]!) : 0;
    }
  }
  for (let p = 0; p < P; p++) {
    const prog = programs[p]!;
    if (!isMoneyProgram(prog)) continue;
    for (let i = 0; i < T; i++) {
      const row = (p * T + i) * Y;
      for (let e = Math.max(0, Y - prog.lagYears); e < Y; e++) out.pendingAtEnd[i] = out.pendingAtEnd[i]! + claimed[row + e]!;
    }
  }
  return {
    towns: T, years: Y, status: c.status, A: c.A, hasA: c.hasA, claimed, paid, landDeduction: c.landDeduction,
    clawbackDue: out.clawbackDue, clawbackRecovered: out.clawbackRecovered, receivable: out.receivable, accrued: out.accrued,
    landReward: out.landReward, poolPaid: out.poolPaid, lapsed: out.lapsed, poolExhausted: out.poolExhausted, pendingAtEnd: out.pendingAtEnd,
  };
}

/**
 * Claims are finite amounts (issue #12): the schema bounds every input and the curve's
 * multiplier, so this only fails on a scenario that still multiplies its way out of range;
 * the RangeError names the program and town, and the CLI reports it as invalid input.
 */
function assertFiniteClaims(claimed: Float64Array, row: number, Y: number, p: number, programId: string, townId: string): void {
  for (let t = 0; t < Y; t++) {
    const c = claimed[row + t]!;
    if (!Number.isFinite(c) || Math.abs(c) > 9e9) {
      throw new RangeError(`rewards.programs[${p}] (${programId}), town ${townId}: claim ${String(c)} 万元 is not a finite amount within the exact fen range`);
    }
  }
}
