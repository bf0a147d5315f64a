/**
 * The report model as long records (scenario, subject kind, id, metric, year, value): one
 * per displayed value cell, total rows included (subject id `total` for a sum over
 * subjects, year `total` for a sum over years), so the long file foots like the tables.
 */
import { cellUnit, TOTAL_LABEL } from '../model/table.ts';
import type { Cell, ReportModel, Row, Table, Unit } from '../model/types.ts';

export interface LongRecord {
  readonly scenario: string;
  readonly subjectKind: string;
  readonly subjectId: string;
  readonly metric: string;
  readonly year: string;
  readonly value: Cell;
  readonly unit: Unit;
}

/** Marker of a total in the subject id or year field. */
export const TOTAL_KEY = 'total';

function recordsOf(scenario: string, t: Table): LongRecord[] {
  const rowsByYear = t.rows.some((r) => r.year !== undefined);
  const subjects = new Set(t.rows.map((r) => (r.subject ?? t.subject).id));
  const overSubjects = subjects.size > 1 || !rowsByYear;
  const out: LongRecord[] = [];
  const emit = (r: Row, isTotal: boolean) => {
    t.columns.forEach((c, i) => {
      if (c.role !== 'value') return;
      const value = r.cells[i] ?? null;
      if (value === null) return;
      const subject = r.subject ?? t.subject;
      const metricParts = [t.id, r.metric, c.year === undefined ? c.key : undefined].filter((p): p is string => p !== undefined && p !== '');
      const year = c.year !== undefined ? String(c.year) : r.year !== undefined ? String(r.year) : '';
      out.push({
        scenario,
        subjectKind: subject.kind,
        subjectId: isTotal && overSubjects ? TOTAL_KEY : subject.id,
        metric: metricParts.join('.'),
        year: isTotal && rowsByYear && c.year === undefined ? TOTAL_KEY : year,
        value,
        unit: cellUnit(c, r),
      });
    });
  };
  for (const r of t.rows) emit(r, false);
  if (t.total) emit({ cells: t.total.map((c) => (c === TOTAL_LABEL ? null : c)) }, true); // the label cell is the shared constant
  return out;
}

/** Every value of every table of every scenario, then the comparison. */
export function longRecords(model: ReportModel): LongRecord[] {
  const out = model.sections.flatMap((s) => s.tables.flatMap((t) => recordsOf(s.scenario.id, t)));
  if (model.comparison) out.push(...recordsOf('comparison', model.comparison));
  if (model.comparisonByYear) out.push(...recordsOf('comparison', model.comparisonByYear));
  for (const t of model.comparisonTables) out.push(...recordsOf('comparison', t));
  return out;
}
