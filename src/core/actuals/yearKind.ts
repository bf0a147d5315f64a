/**
 * Actual or forecast, per subject and year (SPEC §12 "Every per-year output says whether
 * the year is actual or forecast"). A year is *actual* for a town when the district
 * reported something for it (KPI values, land, investment) or the commission evaluated it;
 * for a district when it reported its finances. Payments alone do not make a year actual:
 * an advance (预拨) goes out before the results are known.
 */
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';

export const YEAR_KINDS = ['actual', 'forecast'] as const;
export type YearKind = (typeof YEAR_KINDS)[number];

function kinds(years: readonly number[], startYear: number, n: number): YearKind[] {
  const out: YearKind[] = new Array<YearKind>(n).fill('forecast');
  for (const y of years) if (y >= startYear && y < startYear + n) out[y - startYear] = 'actual';
  return out;
}

/** Per town (scenario order): the kind of each year. */
export function townYearKinds(s: Scenario, a: Actuals): YearKind[][] {
  return s.towns.map((t) => kinds([
    ...a.towns.filter((r) => r.town === t.id).map((r) => r.year),
    ...a.evaluations.filter((r) => r.town === t.id).map((r) => r.year),
  ], s.startYear, s.horizonYears));
}

/** Per district (scenario order): the kind of each year. */
export function districtYearKinds(s: Scenario, a: Actuals): YearKind[][] {
  return s.districts.map((d) => kinds(a.districts.filter((r) => r.district === d.id).map((r) => r.year), s.startYear, s.horizonYears));
}
