/**
 * Fen rounding of per-year figures (SPEC §1 "Arithmetic", §10), kept for the figures that do
 * not change from run to run: a district's limits, own general debt and swap amounts are
 * the same on every Monte Carlo path (no shock reaches them), so their fen are rounded once.
 *
 * Safe: only arrays marked with `keepFen` are kept, and the marker's caller guarantees the
 * array is never written after marking (shared read-only expansions, memoised limits and
 * swap flows); the fen are a function of the values alone. Each caller gets its own copy.
 */
import { roundFen } from '../ledger/index.ts';

const KEPT = new WeakMap<Float64Array, readonly number[] | null>();

/** Marks `a` as never changing: `fenOf(a)` rounds it once. Returns `a`. */
export function keepFen(a: Float64Array): Float64Array {
  if (!KEPT.has(a)) KEPT.set(a, null);
  return a;
}

/** Each value of `a` rounded to the fen (`roundFen`), as a new array. */
export function fenOf(a: Float64Array): number[] {
  const kept = KEPT.get(a);
  if (kept === undefined) return fen(a);
  if (kept !== null) return kept.slice();
  const f = fen(a);
  KEPT.set(a, f);
  return f.slice();
}

function fen(a: Float64Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < a.length; i++) out.push(roundFen(a[i] as number));
  return out;
}
