/**
 * KPI actuals (SPEC §2 "town", §3): in the deterministic run a KPI's actual is
 * `target_t × expected achievement_t`; a Monte Carlo path's actual is `target_t × the
 * path's achievement_t` (`sampledActual`, SPEC §8 "one engine": the §7 floors read the
 * path's outcomes); reported actuals (SPEC §12) are passed in by the orchestrator. A year
 * whose target is 0 has no target, hence no actual (null).
 */
import { lookup } from '../model/byId.ts';
import { seriesValues } from '../model/expand.ts';
import type { Kpi, Scenario, Town } from '../model/scenario.ts';
import type { AchievementRatios } from '../rewards/achievement.ts';

/** Actuals passed in: by town id (a Map or a record), by KPI id, per year (index 0 = startYear); null = no observation. */
export type KpiActuals =
  | ReadonlyMap<string, Readonly<Record<string, ArrayLike<number | null>>>>
  | Readonly<Record<string, Readonly<Record<string, ArrayLike<number | null>>>>>;

/**
 * `actual_t = target_t · expected_t` where `target_t > 0`, else null, for `n` years from
 * `firstYear`; growth series have their y0 at `y0` (the scenario's startYear, SPEC §1).
 */
export function deterministicActual(kpi: Kpi, firstYear: number, n: number, y0: number = firstYear): (number | null)[] {
  const target = seriesValues(kpi.target, firstYear, n, y0);
  const expected = seriesValues(kpi.expected, firstYear, n, y0);
  return Array.from(target, (t, i) => (t > 0 ? t * (expected[i] ?? 0) : null));
}

/** `actual_t = target_t · ratio_t` where `target_t > 0`, else null: a sampled path's achievement ratios (SPEC §8). */
export function sampledActual(kpi: Kpi, ratios: ArrayLike<number>, firstYear: number, n: number): (number | null)[] {
  const target = seriesValues(kpi.target, firstYear, n, firstYear);
  const out = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const t = target[i] ?? 0;
    out[i] = t > 0 ? t * (ratios[i] ?? 0) : null;
  }
  return out;
}

/**
 * The KPI actuals of a Monte Carlo path (SPEC §8): per town id and KPI id, `sampledActual`
 * of the path's ratios (`sampled`, towns in scenario order); KPIs without sampled ratios
 * are left to the deterministic actuals.
 */
export function pathKpiActuals(s: Pick<Scenario, 'towns' | 'startYear' | 'horizonYears'>, sampled: readonly (AchievementRatios | undefined)[]): Map<string, Record<string, (number | null)[]>> {
  const out = new Map<string, Record<string, (number | null)[]>>();
  s.towns.forEach((town, i) => {
    const ratios = sampled[i];
    if (!ratios) return;
    const byKpi: Record<string, (number | null)[]> = {};
    for (const id in town.kpis) {
      if (!Object.hasOwn(town.kpis, id)) continue;
      const r = Object.hasOwn(ratios, id) ? ratios[id] : undefined;
      if (r) byKpi[id] = sampledActual(town.kpis[id]!, r, s.startYear, s.horizonYears);
    }
    out.set(town.id, byKpi);
  });
  return out;
}

/** Deterministic actuals kept per KPI object and years (KPIs are immutable scenario data, SPEC §2). */
const KEPT = new WeakMap<Kpi, { readonly key: string; readonly values: readonly (number | null)[] }[]>();

/** `deterministicActual` computed once per KPI and years and shared (read-only), like `seriesValues`. */
function sharedActual(kpi: Kpi, firstYear: number, n: number, y0: number): readonly (number | null)[] {
  const key = `${firstYear}:${n}:${y0}`;
  let kept = KEPT.get(kpi);
  if (kept) {
    for (const e of kept) if (e.key === key) return e.values;
  } else {
    kept = [];
    KEPT.set(kpi, kept);
  }
  const values = deterministicActual(kpi, firstYear, n, y0);
  if (kept.length < 4) kept.push({ key, values });
  return values;
}

/**
 * The actuals of one KPI of a town for `n` years from `firstYear`: those passed in for it
 * when given (aligned with `firstYear`; the array itself when it already holds n finite
 * numbers or nulls, else a cleaned copy: read-only either way), else the deterministic actuals when the town has
 * that KPI (growth series' y0 = `y0`; computed once per KPI and shared: read-only), else
 * null (the KPI is not tracked).
 */
export function townKpiActual(
  town: Town, kpiId: string, firstYear: number, n: number, actuals?: KpiActuals, y0: number = firstYear,
): readonly (number | null)[] | null {
  const byKpi = lookup(actuals, town.id);
  const given = byKpi && Object.hasOwn(byKpi, kpiId) ? byKpi[kpiId] : undefined;
  if (given) return clean(given, n) ? given : finiteCopy(given, n);
  const kpi = Object.hasOwn(town.kpis, kpiId) ? town.kpis[kpiId] : undefined;
  return kpi ? sharedActual(kpi, firstYear, n, y0) : null;
}

/** Whether `given` is already what `finiteCopy` would make of it: an array of n finite numbers (−0 included) or nulls. */
function clean(given: ArrayLike<number | null>, n: number): given is readonly (number | null)[] {
  if (!Array.isArray(given) || given.length !== n) return false;
  for (let i = 0; i < n; i++) {
    const x: unknown = given[i];
    if (x !== null && !(typeof x === 'number' && Number.isFinite(x))) return false;
  }
  return true;
}

/** The first n values, non-finite ones (and missing ones) as null. */
function finiteCopy(given: ArrayLike<number | null>, n: number): (number | null)[] {
  const out = new Array<number | null>(n);
  for (let i = 0; i < n; i++) out[i] = finite(given[i]);
  return out;
}

function finite(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}
