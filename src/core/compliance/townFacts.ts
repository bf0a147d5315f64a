/**
 * The per-year facts the compliance checks of SPEC §7 read, computed once per town:
 * stage, cumulative investment (plan and completed), tax, jobs and visitors.
 *
 * - Cumulative figures run from the creation year 创建, including the years before
 *   startYear: a town in operation has invested before the simulation starts. Those years
 *   take the values the series itself gives them (`base·(1+g)^(y − y0)` also for y < y0,
 *   SPEC §1; a `table` its listed values and fill) — there is no separate "investment to
 *   date" input.
 * - Investment completed in a year = the `investment` KPI's actual where there is one that
 *   year (before startYear: target × expected achievement), else the plan total.
 * - Tax in a year = the `tax` KPI's actual where there is one, else the town's gross fiscal
 *   revenue (collected in the town, mostly tax).
 * - In a year with reported land or cumulative investment (SPEC §12 actuals, `land`), the
 *   reported figure replaces the scenario's land and the computed investment to date for
 *   that year; other years are unchanged.
 */
import { seriesValues } from '../model/expand.ts';
import type { Scenario, Town } from '../model/scenario.ts';
import type { TownStatus } from '../result.ts';
import { stageIn } from '../model/timeline.ts';
import { townKpiActual } from './kpiActuals.ts';
import type { KpiActuals } from './kpiActuals.ts';
import type { TownLandActuals } from './landActuals.ts';
import { KeptByTown } from '../rewards/keptByTown.ts';
import { zeroedF64 } from '../model/zeroed.ts';

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
  /** Construction and residential land at year end, km²: reported where reported (SPEC §12), else the scenario's. */
  readonly constructionLandKm2: Float64Array;
  readonly residentialLandKm2: Float64Array;
  /** The year's land / investment to date is the district's reported figure. */
  readonly landReported: readonly boolean[];
  readonly investmentReported: readonly boolean[];
  readonly jobs: readonly (number | null)[] | null;
  readonly visitors: readonly (number | null)[] | null;
}

/** What the facts of a town are without a run's inputs (no actuals, status or reported land). */
interface StaticFacts {
  readonly years: readonly number[];
  /** year ≥ creation year */
  readonly created: readonly boolean[];
  /** year in the operation stage */
  readonly inOperation: readonly boolean[];
  readonly planTotalToDate: Float64Array;
  readonly specialtyToDate: Float64Array;
  /** Plan total investment of the years `from …`, history first (`h` years). */
  readonly plan: ArrayLike<number>;
  readonly h: number;
  /** Running sum of investment completed over the history years (from creation), where the simulated years carry on. */
  readonly historySum: number;
  readonly constructionLandKm2: Float64Array;
  readonly residentialLandKm2: Float64Array;
  /** All false: nothing reported. */
  readonly noneReported: readonly boolean[];
}

interface StaticEntry {
  readonly kpis: Town['kpis'];
  readonly land: Town['land'];
  readonly stages: Town['stages'];
  readonly creationYear: number;
  readonly startYear: number;
  readonly years: number;
  readonly facts: StaticFacts;
}

/**
 * Static facts by the town's `investment` record and id. Safe: scenario objects are never mutated
 * and a Monte Carlo path keeps `investment`, `kpis`, `land` and `stages` (stress/shock.ts);
 * a hit also requires those (identity), the creation year and the horizon: every input of
 * the static facts. They are shared, read-only.
 */
const STATIC = new KeptByTown<Town['investment'], StaticEntry>();

function staticFacts(startYear: number, n: number, town: Town): StaticFacts {
  const e = STATIC.get(town.investment, town.id);
  if (e && e.kpis === town.kpis && e.land === town.land && e.stages === town.stages && e.creationYear === town.creationYear && e.startYear === startYear && e.years === n) return e.facts;
  const h = Math.max(0, startYear - town.creationYear); // years of history before startYear
  const from = startYear - h;
  const plan = seriesValues(town.investment.total, from, h + n, startYear);
  const specialty = seriesValues(town.investment.specialtyIndustry, from, h + n, startYear);
  const invHistory = townKpiActual(town, 'investment', from, h, undefined, startYear);
  let historySum = 0;
  for (let j = 0; j < h; j++) if (from + j >= town.creationYear) historySum += invHistory?.[j] ?? plan[j] ?? 0;
  const created = new Array<boolean>(n);
  const inOperation = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const y = startYear + i;
    created[i] = y >= town.creationYear;
    inOperation[i] = stageIn(town, y) === 'operation';
  }
  const facts: StaticFacts = {
    years: yearsOf(startYear, n),
    created,
    inOperation,
    planTotalToDate: cumulative(plan, h, from, town.creationYear),
    specialtyToDate: cumulative(specialty, h, from, town.creationYear),
    plan,
    h,
    historySum,
    constructionLandKm2: new Float64Array(n).fill(town.land.constructionLandKm2),
    residentialLandKm2: new Float64Array(n).fill(town.land.residentialLandKm2),
    noneReported: new Array<boolean>(n).fill(false),
  };
  STATIC.set(town.investment, town.id, { kpis: town.kpis, land: town.land, stages: town.stages, creationYear: town.creationYear, startYear, years: n, facts });
  return facts;
}

/** Arrays a caller checking town after town lends `townFacts` for the run-dependent series (overwritten by the next town). */
export interface FactsScratch {
  readonly investmentToDate: Float64Array;
  readonly tax: Float64Array;
}

/** Scratch for `townFacts` over `n` years. */
export function factsScratch(n: number): FactsScratch {
  return { investmentToDate: zeroedF64(n), tax: zeroedF64(n) };
}

/**
 * The facts of one town for the scenario's years; `revenue` is its gross fiscal revenue per
 * year; `status` (from the reward engine, SPEC §3), when given, takes years in which the town
 * is `removed` 淘汰 out of the checks: it is no longer a characteristic town (its debts go on
 * and stay in the debt limits); `land`, when given, is what the district reported of land
 * used and investment to date (SPEC §12), which wins in the years it was reported for.
 * What does not depend on these inputs is computed once per town (`STATIC`); the arrays
 * returned are read-only. With `scratch`, investment to date and tax are written into it
 * (valid until the scratch is lent again).
 */
export function townFacts(
  scenario: Pick<Scenario, 'startYear' | 'horizonYears'>, town: Town, revenue: ArrayLike<number>, actuals?: KpiActuals,
  status?: ArrayLike<TownStatus>, land?: TownLandActuals, scratch?: FactsScratch,
): TownFacts {
  const { startYear } = scenario;
  const n = scenario.horizonYears;
  const st = staticFacts(startYear, n, town);
  const { plan, h } = st;
  const invKpi = townKpiActual(town, 'investment', startYear, n, actuals);
  const taxKpi = townKpiActual(town, 'tax', startYear, n, actuals);
  // investment completed: the KPI's actual, else the plan; cumulated on from the history's sum (`cumulative`)
  const investmentToDate = scratch && scratch.investmentToDate.length === n ? scratch.investmentToDate : zeroedF64(n);
  let sum = st.historySum;
  for (let i = 0; i < n; i++) {
    if (startYear + i >= town.creationYear) sum += invKpi?.[i] ?? plan[h + i] ?? 0;
    investmentToDate[i] = sum;
  }
  const tax = scratch && scratch.tax.length === n ? scratch.tax : zeroedF64(n);
  for (let i = 0; i < n; i++) tax[i] = taxKpi?.[i] ?? revenue[i] ?? 0;
  let active = st.created;
  let operating = st.inOperation;
  if (status) {
    const a = new Array<boolean>(n), o = new Array<boolean>(n);
    for (let i = 0; i < n; i++) {
      const kept = status[i] !== 'removed';
      a[i] = st.created[i]! && kept;
      o[i] = st.inOperation[i]! && kept;
    }
    active = a;
    operating = o;
  }
  let construction = st.constructionLandKm2;
  let residential = st.residentialLandKm2;
  let landReported = st.noneReported;
  let investmentReported = st.noneReported;
  if (land) {
    construction = construction.slice();
    residential = residential.slice();
    const lr = new Array<boolean>(n), ir = new Array<boolean>(n);
    for (let i = 0; i < n; i++) {
      const c = land.constructionLandKm2[i] ?? null;
      const r = land.residentialLandKm2[i] ?? null;
      const inv = land.cumulativeInvestment[i] ?? null;
      if (c !== null) construction[i] = c;
      if (r !== null) residential[i] = r;
      lr[i] = c !== null || r !== null;
      if (inv !== null) investmentToDate[i] = inv;
      ir[i] = inv !== null;
    }
    landReported = lr;
    investmentReported = ir;
  }
  return {
    years: st.years,
    active,
    operating,
    planTotalToDate: st.planTotalToDate,
    specialtyToDate: st.specialtyToDate,
    investmentToDate,
    tax,
    constructionLandKm2: construction,
    residentialLandKm2: residential,
    landReported,
    investmentReported,
    jobs: townKpiActual(town, 'jobs', startYear, n, actuals),
    visitors: townKpiActual(town, 'visitors', startYear, n, actuals),
  };
}

/** The years `startYear … startYear + n − 1`, one shared (frozen) array for the towns of a run. */
let lastYears: readonly number[] = [];
function yearsOf(startYear: number, n: number): readonly number[] {
  if (lastYears.length !== n || lastYears[0] !== startYear) lastYears = Object.freeze(Array.from({ length: n }, (_, i) => startYear + i));
  return lastYears;
}

/**
 * Running sum of `flow` (years `from`, `from + 1`, …) over the years from creation on,
 * reported for the simulated years only (the entries after the first `h`).
 */
function cumulative(flow: ArrayLike<number>, h: number, from: number, creationYear: number): Float64Array {
  const out = new Float64Array(flow.length - h);
  let sum = 0;
  for (let j = 0; j < flow.length; j++) {
    if (from + j >= creationYear) sum += flow[j] ?? 0;
    if (j >= h) out[j - h] = sum;
  }
  return out;
}
