/**
 * Reward pool execution 奖补资金池执行情况 (SPEC §3 "Pool execution", §10 `city.rewardPool`):
 * per year the pool, the pool claims falling due, what the pool paid, what lapsed
 * (`prorate`) or stayed queued (`queue`), the claims falling due after the horizon, and
 * the clawbacks due, recovered and still receivable. Formed from the rounded town rows in
 * whole fen, so each identity of `RewardPoolResult` holds exactly and the city figures
 * equal the sums of the town figures.
 */
import { fromFenInt } from '../ledger/index.ts';
import type { RewardPoolResult } from '../result.ts';
import { fenOfRounded } from './fenSum.ts';
import type { TownRewardsResult } from './output.ts';
import type { PreparedRewards } from './prepare.ts';
import { zeroedF64 } from '../model/zeroed.ts';

/** Σ over towns of a rounded per-town series, year by year, in fen, into `fen`. */
function townSum(towns: readonly TownRewardsResult[], Y: number, which: 0 | 1 | 2 | 3, fen: Float64Array): Float64Array {
  for (const t of towns) {
    const s = which === 0 ? t.accruedRewards : which === 1 ? t.clawbackDue : which === 2 ? t.rewards.clawback : t.receivable;
    for (let y = 0; y < Y; y++) fen[y] = fen[y]! + fenOfRounded(s[y] ?? 0);
  }
  return fen;
}

/** Whole fen back to 万元, year by year. */
function wan(fen: ArrayLike<number>, Y: number): number[] {
  const out = new Array<number>(Y);
  for (let y = 0; y < Y; y++) out[y] = fromFenInt(fen[y]!);
  return out;
}

/** The pool execution of one run, from its rounded town results. */
export function poolExecution(prep: PreparedRewards, towns: readonly TownRewardsResult[]): RewardPoolResult {
  const { programs, years: Y } = prep;
  const T = towns.length;
  const queueMode = prep.scenario.rewards.poolMode === 'queue';
  const claims = zeroedF64(Y);
  const paid = zeroedF64(Y);
  let afterHorizon = 0;
  for (const slot of prep.poolSlots) {
    const prog = programs[Math.floor(slot / T)]!;
    const flows = towns[slot % T]!.rewards.byProgram[prog.id];
    if (flows === undefined) continue;
    for (let e = 0; e < Y; e++) {
      const c = fenOfRounded(flows.claimed[e] ?? 0);
      const due = e + prog.lagYears;
      if (due < Y) claims[due] = claims[due]! + c;
      else afterHorizon += c;
      paid[e] = paid[e]! + fenOfRounded(flows.paid[e] ?? 0);
    }
  }
  let lapsed: number[];
  if (queueMode) lapsed = new Array<number>(Y).fill(0);
  else {
    lapsed = new Array<number>(Y);
    for (let y = 0; y < Y; y++) lapsed[y] = fromFenInt(claims[y]! - paid[y]!);
  }
  return {
    pool: Array.from(prep.pool, (x) => (Number.isFinite(x) ? x : null)),
    claims: wan(claims, Y),
    paid: wan(paid, Y),
    lapsed,
    queued: queueMode ? wan(townSum(towns, Y, 0, zeroedF64(Y)), Y) : new Array<number>(Y).fill(0),
    dueAfterHorizon: fromFenInt(afterHorizon),
    clawbackDue: wan(townSum(towns, Y, 1, zeroedF64(Y)), Y),
    clawbackRecovered: wan(townSum(towns, Y, 2, zeroedF64(Y)), Y),
    receivable: wan(townSum(towns, Y, 3, zeroedF64(Y)), Y),
  };
}
