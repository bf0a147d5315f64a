/**
 * KPI actuals for the compliance checks (SPEC §12 "limits and compliance use the reported
 * figures", §7): each KPI's deterministic actual (target × expected achievement) with the
 * reported value in every year the district reported it, in the shape the compliance
 * module takes (`KpiActuals`). A reported value in a year without a target still counts
 * here: the floors of §7 read outcomes, not achievement ratios.
 */
import { deterministicActual, sampledActual } from '../compliance/kpiActuals.ts';
import type { AchievementRatios } from '../rewards/achievement.ts';
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';

/**
 * Per town id, per KPI id: actual values per year (null: no target and nothing reported).
 * `sampled` (a Monte Carlo path's achievement ratios, towns in scenario order) replaces the
 * expectation in the years nothing was reported (SPEC §8, §12).
 */
export function reportedKpiActuals(s: Scenario, a: Actuals, sampled?: readonly (AchievementRatios | undefined)[]): Map<string, Record<string, (number | null)[]>> {
  const out = new Map<string, Record<string, (number | null)[]>>();
  s.towns.forEach((town, i) => {
    const rows = a.towns.filter((r) => r.town === town.id);
    const path = sampled?.[i];
    if (rows.length === 0 && !path) return;
    const byKpi: Record<string, (number | null)[]> = {};
    for (const [id, kpi] of Object.entries(town.kpis)) {
      const ratios = path && Object.hasOwn(path, id) ? path[id] : undefined;
      const values = ratios ? sampledActual(kpi, ratios, s.startYear, s.horizonYears) : deterministicActual(kpi, s.startYear, s.horizonYears);
      for (const r of rows) {
        const v = Object.hasOwn(r.kpis, id) ? r.kpis[id] : undefined;
        const t = r.year - s.startYear;
        if (v !== undefined && t >= 0 && t < values.length) values[t] = v.value;
      }
      byKpi[id] = values;
    }
    out.set(town.id, byKpi);
  });
  return out;
}
