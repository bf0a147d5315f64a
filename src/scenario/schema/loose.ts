/**
 * Reading partly-validated values. Cross-field checks run even when some fields failed
 * (so a file's problems are all reported at once, SPEC §2); they see parsed values where
 * parsing succeeded and raw input elsewhere. A `Fields` view hands out only values whose
 * path carries no issue yet, so a check never reasons from a value already reported bad.
 */
import type { z } from 'zod';
import type { SeriesSpec } from '../../core/model/series.ts';

/** A parsed mapping whose values are not yet trusted. */
export type Loose = Readonly<Record<string, unknown>>;
/** A path into a document, keys and indices: `['towns', 3, 'land']`. */
export type Path = ReadonlyArray<string | number>;

/** True for a plain mapping (not null, not an array). */
export function isRecord(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A path as one string key (segments cannot contain NUL). */
const keyOf = (path: ReadonlyArray<PropertyKey>, n = path.length): string => path.slice(0, n).map(String).join('\u0000');

/**
 * A predicate "this path already has an issue", from the issues zod has raised so far: true
 * when an issue's path is a prefix of `path` or `path` a prefix of an issue's (an issue on a
 * parent or child taints the value). Set lookups, so 50,000 bad towns cost linear time,
 * not 50,000² comparisons (issue #12).
 */
export function issuePaths(ctx: z.core.$RefinementCtx): (path: Path) => boolean {
  const full = new Set<string>();
  const prefixes = new Set<string>();
  for (const i of ctx.issues) {
    const p = i.path ?? [];
    full.add(keyOf(p));
    for (let n = 0; n <= p.length; n++) prefixes.add(keyOf(p, n));
  }
  return (path) => {
    if (prefixes.has(keyOf(path))) return true; // path is a prefix of (or equal to) an issue's path
    for (let n = 0; n < path.length; n++) if (full.has(keyOf(path, n))) return true; // an issue on a parent
    return false;
  };
}

/** Validated values of one object, by key; undefined when absent, malformed or already reported. */
export interface Fields {
  readonly path: Path;
  num(key: string): number | undefined;
  str(key: string): string | undefined;
  /** The string at `key` even if it was reported (to recognise references to a misspelt id only once). */
  rawStr(key: string): string | undefined;
  series(key: string): SeriesSpec | undefined;
  record(key: string): Fields | undefined;
  /** The records of the array at `key`, with their fields views (malformed items skipped). */
  items(key: string): Fields[];
  /** The object's own keys (e.g. the town ids of an allocation record). */
  keys(): string[];
}

/** A `Fields` view of `obj` at `path`, trusting nothing `invalid` flags. */
export function fields(obj: Loose, path: Path, invalid: (path: Path) => boolean): Fields {
  const ok = (key: string | number): unknown => (invalid([...path, key]) ? undefined : obj[key as string]);
  return {
    path,
    keys: () => Object.keys(obj),
    num: (key) => {
      const v = ok(key);
      return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
    },
    str: (key) => {
      const v = ok(key);
      return typeof v === 'string' ? v : undefined;
    },
    rawStr: (key) => {
      const v = obj[key];
      return typeof v === 'string' ? v : undefined;
    },
    series: (key) => {
      const v = ok(key);
      return isRecord(v) && (v.kind === 'growth' || v.kind === 'table') ? (v as unknown as SeriesSpec) : undefined;
    },
    record: (key) => {
      const v = obj[key];
      return isRecord(v) ? fields(v, [...path, key], invalid) : undefined;
    },
    items: (key) => {
      const v = obj[key];
      if (!Array.isArray(v)) return [];
      return v.flatMap((e: unknown, i) => (isRecord(e) ? [fields(e, [...path, key, i], invalid)] : []));
    },
  };
}
