/**
 * The per-year facts the compliance checks of SPEC §7 read, computed once per town:
 * stage, cumulative investment (plan and completed), tax, jobs and visitors.
 *
 * - Cumulative figures run from the creation year 创建. Years before startYear count only
 *   where the series is a `table` that lists them (stated history); a `growth` series
 *   describes the plan from its y0 and is not extrapolated backwards.
 * - Investment completed in a year = the `investment` KPI's actual where there is one that
 *   year, else the plan total.
 * - Tax in a year = the `tax` KPI's actual where there is one, else the town's gross fiscal
 *   revenue (collected in the town, mostly tax).
 */
import { expandSeries } from '../model/expand.ts';
import type { Scenario, Town } from '../model/scenario.ts';
import type { TownStatus } from '../result.ts';
import type { SeriesSpec } from '../model/series.ts';
import { stageIn } from '../model/timeline.ts';
import { townKpiActual } from './kpiActuals.ts';
import type { KpiActuals } from './kpiActuals.ts';

/** One town's per-year facts, aligned with the scenario's years. */
export interface TownFacts {
  readonly years: readonly number[];
  /** year ≥ creation year, and not removed */
  readonly active: readonly boolean[];
  /** in the operation stage and not removed (output-type checks apply) */
  readonly operating: readonly boolean[];
  /** Σ plan total investment from creation to year end, 万元. */
  readonly planTotalToDate: Float64Array;
  /** Σ plan specialty-industry investment from creation to year end, 万元. */
  readonly specialtyToDate: Float64Array;
  /** Σ investment completed from creation to year end, 万元. */
  readonly investmentToDate: Float64Array;
  /** Tax collected in the year, 万元. */
  readonly tax: Float64Array;
  readonly jobs: readonly (number | null)[] | null;
  readonly visitors: readonly (number | null)[] | null;
}

/**
 * The facts of one town for the scenario's years; `revenue` is its gross fiscal revenue per
 * year; `status` (from the reward engine, SPEC §3), when given, takes years in which the town
 * is `removed` 淘汰 out of the checks: it is no longer a characteristic town (its debts go on
 * and stay in the debt limits).
 */
export function townFacts(
  scenario: Pick<Scenario, 'startYear' | 'horizonYears'>, town: Town, revenue: ArrayLike<number>, actuals?: KpiActuals,
  status?: ArrayLike<TownStatus>,
): TownFacts {
  const { startYear } = scenario;
  const n = scenario.horizonYears;
  const years = Array.from({ length: n }, (_, i) => startYear + i);
  const plan = expandSeries(town.investment.total, startYear, n);
  const invKpi = townKpiActual(town, 'investment', startYear, n, actuals);
  const taxKpi = townKpiActual(town, 'tax', startYear, n, actuals);
  const completed = plan.map((p, i) => invKpi?.[i] ?? p);
  return {
    years,
    active: years.map((y, i) => y >= town.creationYear && status?.[i] !== 'removed'),
    operating: years.map((y, i) => stageIn(town, y) === 'operation' && status?.[i] !== 'removed'),
    planTotalToDate: cumulative(plan, history(town.investment.total, town.creationYear, startYear), years, town.creationYear),
    specialtyToDate: cumulative(expandSeries(town.investment.specialtyIndustry, startYear, n),
      history(town.investment.specialtyIndustry, town.creationYear, startYear), years, town.creationYear),
    investmentToDate: cumulative(completed, history(town.investment.total, town.creationYear, startYear), years, town.creationYear),
    tax: Float64Array.from(years, (_, i) => taxKpi?.[i] ?? revenue[i] ?? 0),
    jobs: townKpiActual(town, 'jobs', startYear, n, actuals),
    visitors: townKpiActual(town, 'visitors', startYear, n, actuals),
  };
}

/** Σ of a `table` series' listed values for creation ≤ y < startYear; 0 for a `growth` series. */
export function history(spec: SeriesSpec, creationYear: number, startYear: number): number {
  if (spec.kind !== 'table') return 0;
  let sum = 0;
  for (const [y, v] of Object.entries(spec.byYear)) if (Number(y) >= creationYear && Number(y) < startYear) sum += v;
  return sum;
}

/** Running sum of `flow` over the years from creation on, starting from `prior`. */
function cumulative(flow: Float64Array, prior: number, years: readonly number[], creationYear: number): Float64Array {
  const out = new Float64Array(flow.length);
  let sum = prior;
  years.forEach((y, i) => {
    if (y >= creationYear) sum += flow[i] ?? 0;
    out[i] = sum;
  });
  return out;
}
