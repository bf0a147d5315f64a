/**
 * The actuals turned into the engine's run inputs (SPEC §12): achievements from actual ÷
 * target in actual years, the commission's decisions, the recorded payments, and the
 * reported 综合财力 as the debt module's capacity override (the reported general and
 * special balances and limits are left to the debt model by type, SPEC §6).
 */
import { districtCapacity } from '../debt/capacity.ts';
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import type { AchievementRatios } from '../rewards/achievement.ts';
import type { RunInputs } from '../rewards/engine.ts';
import { actualAchievements } from './achievements.ts';
import { townDecisions } from './decisions.ts';
import { reportedKpiActuals } from './kpiActuals.ts';

/** Run inputs of the reward engine plus the debt module's capacity override. */
export interface ActualsInputs extends RunInputs {
  readonly achievements: readonly AchievementRatios[];
  /** 综合财力 per district id: the scenario's series with the reported values in their years. */
  readonly districtCapacity: ReadonlyMap<string, Float64Array>;
  /** KPI actuals for the compliance checks: reported values in actual years (SPEC §7, §12). */
  readonly kpiActuals: ReadonlyMap<string, Readonly<Record<string, readonly (number | null)[]>>>;
}

/** Per district: the scenario's 综合财力 with the reported figure in each actual year. */
export function reportedCapacity(s: Scenario, a: Actuals): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (const d of s.districts) {
    const rows = a.districts.filter((r) => r.district === d.id && r.capacity !== null);
    if (rows.length === 0) continue;
    const cap = Float64Array.from(districtCapacity(d, s.startYear, s.horizonYears).total);
    for (const r of rows) {
      const t = r.year - s.startYear;
      if (t >= 0 && t < cap.length && r.capacity !== null) cap[t] = r.capacity;
    }
    out.set(d.id, cap);
  }
  return out;
}

/** The actuals as run inputs; `sampled` (a Monte Carlo path) fills the forecast years. */
export function actualsInputs(s: Scenario, a: Actuals, sampled?: RunInputs['achievements']): ActualsInputs {
  return {
    achievements: actualAchievements(s, a, sampled),
    decisions: townDecisions(s, a),
    recordedPayments: a.payments,
    districtCapacity: reportedCapacity(s, a),
    kpiActuals: reportedKpiActuals(s, a, sampled),
  };
}
