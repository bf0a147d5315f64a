/**
 * Own-property lookup in a record keyed by user-named ids (issue #12): a KPI, town or
 * program may be called `constructor` or `toString`, and `record[id]` would then read
 * `Object.prototype` (a function, so `weights[id] ?? 0` is not 0 and the arithmetic turns
 * into NaN). Every lookup of a user-named key goes through here or a `Map`.
 */
export function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
