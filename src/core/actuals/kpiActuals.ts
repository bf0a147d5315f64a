/**
 * KPI actuals for the compliance checks (SPEC §12 "limits and compliance use the reported
 * figures", §7): each KPI's deterministic actual (target × expected achievement) with the
 * reported value in every year the district reported it, in the shape the compliance
 * module takes (`KpiActuals`). A reported value in a year without a target still counts
 * here: the floors of §7 read outcomes, not achievement ratios.
 */
import { deterministicActual } from '../compliance/kpiActuals.ts';
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';

/** Per town id, per KPI id: actual values per year (null: no target and nothing reported). */
export function reportedKpiActuals(s: Scenario, a: Actuals): Map<string, Record<string, (number | null)[]>> {
  const out = new Map<string, Record<string, (number | null)[]>>();
  for (const town of s.towns) {
    const rows = a.towns.filter((r) => r.town === town.id);
    if (rows.length === 0) continue;
    const byKpi: Record<string, (number | null)[]> = {};
    for (const [id, kpi] of Object.entries(town.kpis)) {
      const values = deterministicActual(kpi, s.startYear, s.horizonYears);
      for (const r of rows) {
        const v = Object.hasOwn(r.kpis, id) ? r.kpis[id] : undefined;
        const t = r.year - s.startYear;
        if (v !== undefined && t >= 0 && t < values.length) values[t] = v.value;
      }
      byKpi[id] = values;
    }
    out.set(town.id, byKpi);
  }
  return out;
}
