/**
 * Lays project-year arrays onto the scenario's years (SPEC §10: per-year arrays align with
 * `years`): 0 (or null) in years outside the project's term; years beyond the horizon are cut.
 */

/** Values of `values` (index 0 = calendar year `firstYear`) for `count` years from `startYear`, 0 elsewhere. */
export function onYears(values: ArrayLike<number>, firstYear: number, startYear: number, count: number): Float64Array {
  const out = new Float64Array(count);
  addOnYears(out, values, firstYear, startYear);
  return out;
}

/** Adds `values` (index 0 = `firstYear`) into `into` (index 0 = `startYear`). */
export function addOnYears(into: Float64Array, values: ArrayLike<number>, firstYear: number, startYear: number): void {
  const offset = firstYear - startYear;
  const from = Math.max(0, -offset);
  const to = Math.min(values.length, into.length - offset);
  for (let i = from; i < to; i++) into[i + offset] = (into[i + offset] ?? 0) + (values[i] ?? 0);
}

/** Nullable project-year values on the scenario's years; null outside the term. */
export function nullableOnYears(values: readonly (number | null)[], firstYear: number, startYear: number, count: number): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(count).fill(null);
  for (let k = 0; k < count; k++) {
    const i = startYear + k - firstYear;
    if (i >= 0 && i < values.length) out[k] = values[i] ?? null;
  }
  return out;
}
