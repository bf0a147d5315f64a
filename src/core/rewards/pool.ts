/**
 * The reward pool (SPEC §3 "Pool"): the pool of year t meets the pool claims due in t.
 * When they exceed it, `prorate` scales every claim by pool/claims and the shortfall
 * lapses; `queue` meets claims whole by earning year, oldest first, the last year reached
 * pro rata, and carries the unpaid rest (an accrued liability, SPEC §6) to later years.
 * Works on slot-major arrays (`slot·Y + year`): `prorate` in doubles (fen rounding at the
 * output), `queue` in whole fen, since what it carries must be what was paid.
 */
import { allocateFenInt, fromFenInt, toFenInt } from '../ledger/index.ts';

/** Year-level outcome of the pool: what it paid, what lapsed, whether it ran out. */
export interface PoolYear {
  paid: number;
  lapsed: number;
  exhausted: boolean;
}

/**
 * `prorate`: with `D = Σ due`, pays `due · min(1, pool/D)` into `paid[slot·Y + t]`; the
 * shortfall `max(0, D − pool)` lapses.
 */
export function payProrate(slots: Int32Array, due: Float64Array, pool: number, paid: Float64Array, Y: number, t: number, out: PoolYear): void {
  let total = 0;
  for (let s = 0; s < slots.length; s++) total += due[s]!;
  const exhausted = total > pool;
  const ratio = exhausted ? pool / total : 1;
  for (let s = 0; s < slots.length; s++) {
    const d = due[s]!;
    if (d > 0) paid[slots[s]! * Y + t] = d * ratio;
  }
  out.paid = exhausted ? pool : total;
  out.lapsed = exhausted ? total - pool : 0;
  out.exhausted = exhausted;
}

/**
 * The queue's state, in whole fen (SPEC §3: the queue carries what was actually paid after
 * fen rounding, so a claim is never paid more than its amount): unpaid claims by slot and
 * earning year, their total per earning year, and per town. Fen counts are integers held
 * in doubles (exact below 2^53).
 */
export interface QueueState {
  /** `queue[s·Y + e]`: unpaid fen of the claim of pool slot s earned in year e (s indexes `slots`). */
  readonly queue: Float64Array;
  /** Σ of `queue` over slots for earning year e. */
  readonly byEarningYear: Float64Array;
  /** Σ of `queue` for town i: its accrued (queued, due, unpaid) rewards in fen. */
  readonly byTown: Float64Array;
  /** Indices into `slots` in town-major scenario order (town, then program): the order fen remainders go in. */
  readonly order: Int32Array;
}

/** An empty queue for the pool `slots` (`p·T + i`) over `Y` years and `towns` towns. */
export function newQueue(slots: Int32Array, Y: number, towns: number): QueueState {
  const order = Int32Array.from(slots.keys()).sort((a, b) => (slots[a]! % towns) - (slots[b]! % towns) || slots[a]! - slots[b]!);
  return { queue: new Float64Array(slots.length * Y), byEarningYear: new Float64Array(Y), byTown: new Float64Array(towns), order };
}

/** Adds the claim of pool slot `s` (town `town`) earned in `e`, now due, to the queue, rounded to the fen. */
export function enqueue(q: QueueState, s: number, town: number, e: number, amount: number, Y: number): void {
  const fen = toFenInt(amount);
  q.queue[s * Y + e] = q.queue[s * Y + e]! + fen;
  q.byEarningYear[e] = q.byEarningYear[e]! + fen;
  q.byTown[town] = q.byTown[town]! + fen;
}

/**
 * `queue`: pays the queued claims of earning years 0…t in order, each year whole while the
 * pool lasts; the year where it runs out shares the fen left by `allocateFenInt` (largest
 * remainder, ties in scenario order), so every payment is whole fen and the queue keeps
 * exactly the unpaid fen. `pool` is on the fen grid, or +∞ (no cap).
 */
export function payQueue(slots: Int32Array, towns: number, q: QueueState, pool: number, paid: Float64Array, Y: number, t: number, out: PoolYear): void {
  const capped = Number.isFinite(pool);
  let left = capped ? toFenInt(pool) : 0;
  let paidFen = 0;
  out.lapsed = 0;
  out.exhausted = false;
  for (let e = 0; e <= t; e++) {
    const group = q.byEarningYear[e]!;
    if (group <= 0) continue;
    if (capped && left <= 0) {
      out.exhausted = true;
      break;
    }
    const whole = !capped || group <= left;
    const shares = whole ? null : groupShares(q, slots.length, Y, e, left);
    for (let k = 0; k < q.order.length; k++) {
      const s = q.order[k]!;
      const i = s * Y + e;
      const owed = q.queue[i]!;
      if (owed <= 0) continue;
      const pay = shares === null ? owed : shares[k]!;
      const slot = slots[s]!;
      paid[slot * Y + t] = paid[slot * Y + t]! + fromFenInt(pay);
      q.queue[i] = owed - pay;
      q.byTown[slot % towns] = q.byTown[slot % towns]! - pay;
    }
    const pays = whole ? group : left;
    q.byEarningYear[e] = group - pays;
    paidFen += pays;
    if (capped) left -= pays;
    if (!whole) {
      out.exhausted = true;
      break;
    }
  }
  out.paid = fromFenInt(paidFen);
}

/** `left` fen shared over the queued claims of earning year e in proportion to what each is owed, per `q.order`. */
function groupShares(q: QueueState, slotCount: number, Y: number, e: number, left: number): number[] {
  const owed: number[] = [];
  for (let k = 0; k < slotCount; k++) owed.push(q.queue[q.order[k]! * Y + e]!);
  return allocateFenInt(left, owed);
}
