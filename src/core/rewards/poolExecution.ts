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

/** Σ over towns of a rounded per-town series, year by year, in fen. */
function townSum(towns: readonly TownRewardsResult[], Y: number, f: (t: TownRewardsResult) => readonly number[]): number[] {
  const fen = new Array<number>(Y).fill(0);
  for (const t of towns) {
    const s = f(t);
    for (let y = 0; y < Y; y++) fen[y] = fen[y]! + fenOfRounded(s[y] ?? 0);
  }
  return fen;
}

/** The pool execution of one run, from its rounded town results. */
export function poolExecution(prep: PreparedRewards, towns: readonly TownRewardsResult[]): RewardPoolResult {
  const { programs, years: Y } = prep;
  const T = towns.length;
  const queueMode = prep.scenario.rewards.poolMode === 'queue';
  const claims = new Array<number>(Y).fill(0);
  const paid = new Array<number>(Y).fill(0);
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
  const queued = townSum(towns, Y, (t) => t.accruedRewards);
  const wan = (fen: readonly number[]): number[] => fen.map(fromFenInt);
  return {
    pool: Array.from(prep.pool, (x) => (Number.isFinite(x) ? x : null)),
    claims: wan(claims),
    paid: wan(paid),
    lapsed: queueMode ? new Array<number>(Y).fill(0) : wan(claims.map((c, y) => c - paid[y]!)),
    queued: queueMode ? wan(queued) : new Array<number>(Y).fill(0),
    dueAfterHorizon: fromFenInt(afterHorizon),
    clawbackDue: wan(townSum(towns, Y, (t) => t.clawbackDue)),
    clawbackRecovered: wan(townSum(towns, Y, (t) => t.rewards.clawback)),
    receivable: wan(townSum(towns, Y, (t) => t.receivable)),
  };
}
