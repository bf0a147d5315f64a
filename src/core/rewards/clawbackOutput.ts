/**
 * Clawbacks at the output boundary (SPEC §3 "assessment", §1 "Arithmetic"): one town's
 * clawbacks due, recovered and the receivable left at year end, in whole fen, so that
 * `receivable(t) = receivable(t−1) + due(t) − recovered(t)` holds exactly as displayed and
 * what is left at the horizon's end is reported (`rewards.receivableAtEnd`).
 *
 * Due and recovered amounts are the fen differences of their running totals (so rounding
 * never leaves a stray fen once the doubles are fully recovered); a year's recovery is
 * capped at the town's rounded payments that year, since it is netted against them.
 */
import { fromFenInt, toFenInt } from '../ledger/index.ts';

/** One town's clawback series, 万元 per year, on the fen grid. */
export interface ClawbackSeries {
  readonly due: number[];
  readonly recovered: number[];
  readonly receivable: number[];
}

/**
 * From the run's doubles for town i (`due`, `recovered` at `i·Y + t`) and the town's
 * rounded gross payments per year in fen (`totalFen`).
 */
export function clawbackSeries(due: Float64Array, recovered: Float64Array, i: number, Y: number, totalFen: ArrayLike<number>): ClawbackSeries {
  const out: ClawbackSeries = { due: new Array<number>(Y), recovered: new Array<number>(Y), receivable: new Array<number>(Y) };
  let cumDue = 0, cumRec = 0, dueFen = 0, recFen = 0, receivable = 0;
  for (let t = 0; t < Y; t++) {
    cumDue += due[i * Y + t]!;
    cumRec += recovered[i * Y + t]!;
    const d = toFenInt(cumDue) - dueFen;
    const r = Math.max(0, Math.min(toFenInt(cumRec) - recFen, totalFen[t]!, receivable + d));
    dueFen += d;
    recFen += r;
    receivable += d - r;
    out.due[t] = fromFenInt(d);
    out.recovered[t] = fromFenInt(r);
    out.receivable[t] = fromFenInt(receivable);
  }
  return out;
}
