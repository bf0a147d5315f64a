/**
 * A fixed order for limit and finding rows (subject kind, subject id, year, rule), so the
 * result is deterministic and readers find a subject's rows together. Plain code-unit
 * comparison: no locale, no environment dependence. Rows are bucketed by subject first
 * (linear), so only each subject's few hundred rows are sorted: a 2,000-town run has
 * ~450,000 limit rows.
 */
import type { Finding, LimitRow, SubjectKind } from '../rules/types.ts';

const KIND_ORDER: Readonly<Record<SubjectKind, number>> = { city: 0, district: 1, town: 2, bond: 3, ppp: 4, fund: 5 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortRows<T extends LimitRow | Finding>(rows: readonly T[]): T[] {
  const buckets = new Map<string, T[]>();
  for (const r of rows) {
    const key = `${KIND_ORDER[r.subject.kind]}\u0000${r.subject.id}`;
    const b = buckets.get(key);
    if (b) b.push(r);
    else buckets.set(key, [r]);
  }
  const keys = [...buckets.keys()].sort(cmp);
  const out: T[] = [];
  for (const k of keys) {
    const b = buckets.get(k) ?? [];
    b.sort((x, y) => x.year - y.year || cmp(x.rule, y.rule));
    for (const r of b) out.push(r);
  }
  return out;
}

export const sortLimits = (rows: readonly LimitRow[]): LimitRow[] => sortRows(rows);
export const sortFindings = (rows: readonly Finding[]): Finding[] => sortRows(rows);
