/**
 * A fixed order for limit and finding rows (subject kind, subject id, year, rule), so the
 * result is deterministic and readers find a subject's rows together. Plain code-unit
 * comparison: no locale, no environment dependence.
 */
import type { Finding, LimitRow, SubjectKind } from '../rules/types.ts';

const KIND_ORDER: Readonly<Record<SubjectKind, number>> = { city: 0, district: 1, town: 2, bond: 3, ppp: 4, fund: 5 };

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byRow(a: LimitRow | Finding, b: LimitRow | Finding): number {
  return (
    KIND_ORDER[a.subject.kind] - KIND_ORDER[b.subject.kind] ||
    cmp(a.subject.id, b.subject.id) ||
    a.year - b.year ||
    cmp(a.rule, b.rule)
  );
}

export const sortLimits = (rows: readonly LimitRow[]): LimitRow[] => [...rows].sort(byRow);
export const sortFindings = (rows: readonly Finding[]): Finding[] => [...rows].sort(byRow);
