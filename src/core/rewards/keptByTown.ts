/**
 * Per-town values kept between the runs of one scenario (SPEC §1 "One engine, run many
 * times"): a Monte Carlo path builds new town objects but keeps their unshocked parts
 * (`kpis`, `land`, `stages`, `investment`, stress/shock.ts), which several towns may share.
 * Values are kept by such a part and the town's id; the caller checks that a kept value was
 * made from the same inputs (identity of the parts, equality of the numbers) before using it.
 */
export class KeptByTown<K extends object, V> {
  private readonly kept = new WeakMap<K, Map<string, V>>();

  /** The value kept for `part` and town `id`, if any (to be checked by the caller). */
  get(part: K, id: string): V | undefined {
    return this.kept.get(part)?.get(id);
  }

  /** Keeps `value` for `part` and town `id`, replacing what was kept. */
  set(part: K, id: string, value: V): void {
    let byId = this.kept.get(part);
    if (!byId) {
      byId = new Map();
      this.kept.set(part, byId);
    }
    byId.set(id, value);
  }
}
