/**
 * A fixed order for limit and finding rows (subject kind, subject id, year, rule), so the
 * findings are deterministic and readers find a subject's rows together. Plain code-unit
 * comparison: no locale, no environment dependence. Rows are bucketed by subject first
 * (linear), so only each subject's few hundred rows are sorted: a 2,000-town run has
 * ~450,000 limit rows.
 */
import type { Finding, LimitRow, SubjectKind } from '../rules/types.ts';

const KIND_ORDER: Readonly<Record<SubjectKind, number>> = { city: 0, district: 1, town: 2, bond: 3, ppp: 4, fund: 5, program: 6 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function sortRows<T extends LimitRow | Finding>(rows: readonly T[]): T[] {
  // kind → id → rows, filled in one pass; rows of one subject keep their relative order
  const byKind: Map<string, T[]>[] = Object.keys(KIND_ORDER).map(() => new Map());
  for (const r of rows) {
    const ids = byKind[KIND_ORDER[r.subject.kind]];
    if (!ids) continue;
    const b = ids.get(r.subject.id);
    if (b) b.push(r);
    else ids.set(r.subject.id, [r]);
  }
  const out: T[] = [];
  for (const ids of byKind) {
    for (const id of [...ids.keys()].sort(cmp)) {
      const b = ids.get(id) ?? [];
      if (!isOrdered(b)) b.sort(byYearRule);
      for (const r of b) out.push(r);
    }
  }
  return out;
}

const byYearRule = (x: LimitRow | Finding, y: LimitRow | Finding): number => x.year - y.year || cmp(x.rule, y.rule);

function isOrdered(b: readonly (LimitRow | Finding)[]): boolean {
  for (let i = 1; i < b.length; i++) if (byYearRule(b[i - 1] as LimitRow, b[i] as LimitRow) > 0) return false;
  return true;
}

export const sortFindings = (rows: readonly Finding[]): Finding[] => sortRows(rows);
