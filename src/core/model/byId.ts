/**
 * Per-year series keyed by entity id, as the modules pass them to each other (SPEC §6
 * inputs, §7 KPI actuals): a Map or a plain record, aligned with the scenario's years.
 */

/** Per-year amounts keyed by id: a Map, or a plain record (as `simulateFunds().hiddenDebtByTown` gives). */
export type ByIdSeries = ReadonlyMap<string, ArrayLike<number>> | Readonly<Record<string, ArrayLike<number>>>;

/** Per-year values keyed by id that may be undefined (null), as a Map or a plain record. */
export type ByIdNullableSeries = ReadonlyMap<string, ArrayLike<number | null>> | Readonly<Record<string, ArrayLike<number | null>>>;

/** The entry for `id` of a Map or a record (own properties only: ids are user keys); undefined when absent. */
export function lookup<T>(map: ReadonlyMap<string, T> | Readonly<Record<string, T>> | undefined, id: string): T | undefined {
  if (map === undefined) return undefined;
  if (map instanceof Map) return (map as ReadonlyMap<string, T>).get(id);
  const rec = map as Readonly<Record<string, T>>;
  return Object.hasOwn(rec, id) ? rec[id] : undefined;
}
