/**
 * Reading partly-validated values. Cross-field checks run even when some fields failed
 * (so a file's problems are all reported at once, SPEC §2); they see parsed values where
 * parsing succeeded and raw input elsewhere, and skip whatever is not yet well-formed.
 */
import type { SeriesSpec } from '../../core/model/series.ts';

export type Loose = Readonly<Record<string, unknown>>;

export function isRecord(v: unknown): v is Loose {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The finite number at `o[key]`, else undefined. */
export function numberAt(o: Loose, key: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** The string at `o[key]`, else undefined. */
export function stringAt(o: Loose, key: string): string | undefined {
  const v = o[key];
  return typeof v === 'string' ? v : undefined;
}

/** The records of the array at `o[key]`, with their indices (non-records skipped). */
export function recordsAt(o: Loose, key: string): Array<[Loose, number]> {
  const v = o[key];
  if (!Array.isArray(v)) return [];
  const out: Array<[Loose, number]> = [];
  v.forEach((e: unknown, i) => {
    if (isRecord(e)) out.push([e, i]);
  });
  return out;
}

/** The normalised series at `o[key]`, when it parsed. */
export function seriesAt(o: Loose, key: string): SeriesSpec | undefined {
  const v = o[key];
  if (!isRecord(v)) return undefined;
  if (v.kind === 'growth' && typeof v.base === 'number' && typeof v.growth === 'number') return v as unknown as SeriesSpec;
  if (v.kind === 'table' && isRecord(v.byYear)) return v as unknown as SeriesSpec;
  return undefined;
}
