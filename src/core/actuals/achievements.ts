/**
 * Achievement from actuals (SPEC §12 "In actual years achievement is actual ÷ target"):
 * the ratio `actual / target` of each KPI in each year the district reported it, the
 * expectation (or a Monte Carlo path's sample) in every other year. The ratios go into
 * the reward engine's own seam (`RunInputs.achievements`), so the cap, weights and
 * composite of §3 apply unchanged. A KPI reported in a year without a target (target 0)
 * has no achievement that year, as in §3; a KPI with a target but no reported value in an
 * actual year keeps its expectation (listed as a gap by the settlement).
 */
import { expandSeries } from '../model/expand.ts';
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import type { AchievementRatios } from '../rewards/achievement.ts';

/**
 * Per town (scenario order), actual/target ratios by KPI id per year: `base` (a sampled
 * path) where given, else the expectation, overwritten by actual/target where reported.
 */
export function actualAchievements(s: Scenario, a: Actuals, base?: readonly (AchievementRatios | undefined)[]): AchievementRatios[] {
  const n = s.horizonYears;
  return s.towns.map((town, i) => {
    const rows = a.towns.filter((r) => r.town === town.id);
    const out: Record<string, Float64Array> = {};
    for (const [id, kpi] of Object.entries(town.kpis)) {
      const sampled = base?.[i]?.[id];
      const ratio = sampled ? Float64Array.from({ length: n }, (_, t) => sampled[t] ?? 0) : expandSeries(kpi.expected, s.startYear, n);
      const target = expandSeries(kpi.target, s.startYear, n);
      for (const r of rows) {
        const v = Object.hasOwn(r.kpis, id) ? r.kpis[id] : undefined;
        const t = r.year - s.startYear;
        if (v === undefined || t < 0 || t >= n || !(target[t]! > 0)) continue;
        ratio[t] = v.value / target[t]!;
      }
      out[id] = ratio;
    }
    return out;
  });
}
