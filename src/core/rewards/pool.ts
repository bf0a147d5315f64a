/**
 * The reward pool (SPEC §3 "Pool"): the pool of year t meets the pool claims due in t.
 * When they exceed it, `prorate` scales every claim by pool/claims and the shortfall
 * lapses; `queue` meets claims whole by earning year, oldest first, the last year reached
 * pro rata, and carries the unpaid rest (an accrued liability, SPEC §6) to later years.
 * Works in doubles on slot-major arrays (`slot·Y + year`); fen rounding is at the output.
 */

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

/** The queue's state: unpaid claims by slot and earning year, their total per earning year, and per town. */
export interface QueueState {
  /** `queue[s·Y + e]`: unpaid part of the claim of pool slot s earned in year e (s indexes `slots`). */
  readonly queue: Float64Array;
  /** Σ of `queue` over slots for earning year e. */
  readonly byEarningYear: Float64Array;
  /** Σ of `queue` for town i: its accrued (queued, due, unpaid) rewards. */
  readonly byTown: Float64Array;
}

/** An empty queue for `slotCount` pool slots over `Y` years and `towns` towns. */
export function newQueue(slotCount: number, Y: number, towns: number): QueueState {
  return { queue: new Float64Array(slotCount * Y), byEarningYear: new Float64Array(Y), byTown: new Float64Array(towns) };
}

/** Adds the claim of pool slot `s` (town `town`) earned in `e`, now due, to the queue. */
export function enqueue(q: QueueState, s: number, town: number, e: number, amount: number, Y: number): void {
  q.queue[s * Y + e] = q.queue[s * Y + e]! + amount;
  q.byEarningYear[e] = q.byEarningYear[e]! + amount;
  q.byTown[town] = q.byTown[town]! + amount;
}

/**
 * `queue`: pays the queued claims of earning years 0…t in order, each year whole while the
 * pool lasts, the year where it runs out pro rata; the rest stays queued.
 */
export function payQueue(slots: Int32Array, towns: number, q: QueueState, pool: number, paid: Float64Array, Y: number, t: number, out: PoolYear): void {
  let left = pool;
  out.paid = 0;
  out.lapsed = 0;
  out.exhausted = false;
  for (let e = 0; e <= t; e++) {
    const group = q.byEarningYear[e]!;
    if (group <= 0) continue;
    if (left <= 0) {
      out.exhausted = true;
      break;
    }
    const ratio = group <= left ? 1 : left / group;
    for (let s = 0; s < slots.length; s++) {
      const k = s * Y + e;
      const owed = q.queue[k]!;
      if (owed <= 0) continue;
      const pay = ratio === 1 ? owed : owed * ratio;
      const slot = slots[s]!;
      paid[slot * Y + t] = paid[slot * Y + t]! + pay;
      q.queue[k] = ratio === 1 ? 0 : owed - pay;
      const town = slot % towns;
      q.byTown[town] = Math.max(0, q.byTown[town]! - pay);
    }
    const pays = ratio === 1 ? group : left;
    q.byEarningYear[e] = ratio === 1 ? 0 : group - left;
    out.paid += pays;
    left -= pays;
    if (ratio < 1) {
      out.exhausted = true;
      break;
    }
  }
}
