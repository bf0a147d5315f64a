/**
 * The districts' reported debt in actual years (SPEC §12 "Debt by type … uses the reported
 * general and special balances and limits in actual years", §6), as per-year series
 * aligned with the scenario's years: the reported figure in an actual year, null in the
 * others (the debt model's own figure stands there). The hand-off to the debt model by
 * type: it reads these where it computes 一般债务/专项债务, their limits and hidden debt.
 */
import type { Actuals, DistrictActual } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';

/** The reported fields, each per year (null: not reported that year). */
export type ReportedDebtField = 'generalDebt' | 'specialDebt' | 'generalLimit' | 'specialLimit' | 'hiddenDebt';
export type ReportedDebt = Readonly<Record<ReportedDebtField, readonly (number | null)[]>>;

const FIELDS: readonly ReportedDebtField[] = ['generalDebt', 'specialDebt', 'generalLimit', 'specialLimit', 'hiddenDebt'];

/** Per district id with any reported debt figure: its reported series. */
export function reportedDebt(s: Scenario, a: Actuals): Map<string, ReportedDebt> {
  const out = new Map<string, ReportedDebt>();
  for (const d of s.districts) {
    const rows = a.districts.filter((r) => r.district === d.id);
    if (!rows.some((r) => FIELDS.some((f) => r[f] !== null))) continue;
    const series = (f: ReportedDebtField) => {
      const v = new Array<number | null>(s.horizonYears).fill(null);
      for (const r of rows as readonly DistrictActual[]) {
        const t = r.year - s.startYear;
        if (t >= 0 && t < v.length) v[t] = r[f];
      }
      return v;
    };
    out.set(d.id, { generalDebt: series('generalDebt'), specialDebt: series('specialDebt'), generalLimit: series('generalLimit'), specialLimit: series('specialLimit'), hiddenDebt: series('hiddenDebt') });
  }
  return out;
}
