/**
 * KPI actuals (SPEC §2 "town", §3): in the deterministic run a KPI's actual is
 * `target_t × expected achievement_t`; the orchestrator may pass other actuals (a Monte
 * Carlo path). A year whose target is 0 has no target, hence no actual (null).
 */
import { lookup } from '../debt/inputs.ts';
import { expandSeries } from '../model/expand.ts';
import type { Kpi, Town } from '../model/scenario.ts';

/** Actuals passed in: by town id (a Map or a record), by KPI id, per year (index 0 = startYear); null = no observation. */
export type KpiActuals =
  | ReadonlyMap<string, Readonly<Record<string, ArrayLike<number | null>>>>
  | Readonly<Record<string, Readonly<Record<string, ArrayLike<number | null>>>>>;

/** `actual_t = target_t · expected_t` where `target_t > 0`, else null. */
export function deterministicActual(kpi: Kpi, startYear: number, n: number): (number | null)[] {
  const target = expandSeries(kpi.target, startYear, n);
  const expected = expandSeries(kpi.expected, startYear, n);
  return Array.from(target, (t, i) => (t > 0 ? t * (expected[i] ?? 0) : null));
}

/**
 * The actuals of one KPI of a town: those passed in for it when given, else the
 * deterministic actuals when the town has that KPI, else null (the KPI is not tracked).
 */
export function townKpiActual(town: Town, kpiId: string, startYear: number, n: number, actuals?: KpiActuals): (number | null)[] | null {
  const byKpi = lookup(actuals, town.id);
  const given = byKpi && Object.hasOwn(byKpi, kpiId) ? byKpi[kpiId] : undefined;
  if (given) return Array.from({ length: n }, (_, i) => finite(given[i]));
  const kpi = Object.hasOwn(town.kpis, kpiId) ? town.kpis[kpiId] : undefined;
  return kpi ? deterministicActual(kpi, startYear, n) : null;
}

function finite(x: number | null | undefined): number | null {
  return x !== null && x !== undefined && Number.isFinite(x) ? x : null;
}
