/**
 * Clawback of a failed assessment (SPEC §3 "assessment"): `clawbackFactor ×` the
 * milestone rewards paid to the town in the window's years, falling due with the
 * assessment's lag. It is netted against the town's payments (all programs) in the year
 * it falls due; the rest is a receivable netted against later payments; what is left at
 * the horizon's end is reported. A clawback never enters the pool as a negative claim.
 * A town removed since still owes it: removal stops new claims, not recovery.
 */

/** A clawback falling due: town, window years (indices) and factor. */
export interface ClawbackDue {
  readonly town: number;
  readonly start: number;
  readonly end: number;
  readonly factor: number;
}

/**
 * `factor · Σ_{m milestone} Σ_{y ∈ window ∩ horizon} paid[m][town][y]` (gross payments,
 * before netting), with `paid` laid out as `(p·T + i)·Y + y`.
 */
export function clawbackAmount(c: ClawbackDue, milestones: Int32Array, paid: Float64Array, T: number, Y: number): number {
  let sum = 0;
  for (let m = 0; m < milestones.length; m++) {
    const base = (milestones[m]! * T + c.town) * Y;
    for (let y = Math.max(0, c.start); y <= c.end; y++) sum += paid[base + y]!;
  }
  return c.factor * sum;
}

/**
 * Nets the town's receivable against its gross payments of year t (money programs listed
 * in `money`): recovers `min(receivable, Σ_p paid[p][i][t])`; returns the amount recovered.
 */
export function netAgainstPayments(receivable: number, money: Int32Array, paid: Float64Array, town: number, T: number, Y: number, t: number): number {
  if (receivable <= 0) return 0;
  let gross = 0;
  for (let k = 0; k < money.length; k++) gross += paid[(money[k]! * T + town) * Y + t]!;
  return Math.min(receivable, gross);
}
