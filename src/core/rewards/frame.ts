/**
 * The per-town data the reward engine reads every year, expanded once per scenario
 * (SPEC §1 "One engine, run many times"): stage codes, revenue, land use and KPI series
 * as typed arrays aligned with the scenario's years.
 */
import { seriesValues } from '../model/expand.ts';
import type { Scenario, Stage, Town } from '../model/scenario.ts';
import { stageIn } from '../model/timeline.ts';
import { STAGE_CODES, kpiSymbol } from './curveSymbols.ts';
import { landUseMu } from './landUse.ts';
import { own } from '../model/own.ts';
import { KeptByTown } from './keptByTown.ts';

/** Stage codes in typed arrays: 0 inactive, then the formula codes `STAGE_CODES` (1 planning, 2 construction, 3 operation). */
export const STAGE_OF_CODE: readonly (Stage | null)[] = [null, 'planning', 'construction', 'operation'];

/** Code of a stage (or `inactive`) in the typed arrays. */
export function stageCode(stage: Stage | 'inactive'): number {
  return stage === 'inactive' ? 0 : STAGE_CODES[stage];
}

/** One town's series for the horizon, aligned with the scenario's years (index 0 = startYear). */
export interface TownFrame {
  readonly town: Town;
  readonly years: number;
  readonly startYear: number;
  /** creationYear − startYear (negative when created before the horizon). */
  readonly creationIndex: number;
  /** Stage code per year. */
  readonly stage: Uint8Array;
  /** Stage code in startYear − 1 (to tell the year a stage is entered). */
  readonly stageBefore: number;
  /** Gross fiscal revenue collected in the town, 万元 per year. */
  readonly revenue: ArrayLike<number>;
  /** R_base (SPEC §3 "revenue-return"): given, or the revenue of creationYear − 1. */
  readonly revenueBase: number;
  /** Construction land used per year, mu (`landUse.ts`). */
  readonly landUseMu: Float64Array;
  readonly kpiIds: readonly string[];
  /** Formula symbol of each KPI (`a_<kpi>`, SPEC §9). */
  readonly kpiSymbols: readonly string[];
  readonly targets: readonly ArrayLike<number>[];
  readonly expected: readonly ArrayLike<number>[];
  /** Policy weight of each KPI (equal weights when the policy lists none). */
  readonly weights: Float64Array;
}

/** The part of a frame that does not depend on the town's revenue (the only town series a Monte Carlo path shocks). */
type StaticFrame = Omit<TownFrame, 'town' | 'revenue' | 'revenueBase'>;

/** What a static frame was computed from, besides the KPI record it is kept under. */
interface StaticEntry {
  readonly stages: Town['stages'];
  readonly land: Town['land'];
  readonly creationYear: number;
  readonly weights: Scenario['rewards']['weights'];
  readonly startYear: number;
  readonly years: number;
  readonly frame: StaticFrame;
}

/**
 * Static frames by the town's `kpis` record and id. Safe: scenario objects are never mutated and a
 * shocked path keeps `kpis`, `stages`, `land` and the policy's `weights` (stress/shock.ts);
 * a hit also requires the same stages, land, weights (identity), creation year and horizon,
 * which with `kpis` are every input of a static frame.
 */
const STATIC = new KeptByTown<Town['kpis'], StaticEntry>();

function staticFrame(scenario: Scenario, town: Town): StaticFrame {
  const { startYear, horizonYears: n } = scenario;
  const weightsIn = scenario.rewards.weights;
  const e = STATIC.get(town.kpis, town.id);
  if (e && e.stages === town.stages && e.land === town.land && e.creationYear === town.creationYear && e.weights === weightsIn && e.startYear === startYear && e.years === n) return e.frame;
  const stage = new Uint8Array(n);
  for (let t = 0; t < n; t++) stage[t] = stageCode(stageIn(town, startYear + t));
  const kpiIds = Object.keys(town.kpis);
  const listed = Object.keys(weightsIn).length > 0;
  const frame: StaticFrame = {
    years: n,
    startYear,
    creationIndex: town.creationYear - startYear,
    stage,
    stageBefore: stageCode(stageIn(town, startYear - 1)),
    landUseMu: landUseMu(town, startYear, n),
    kpiIds,
    kpiSymbols: kpiIds.map(kpiSymbol),
    targets: kpiIds.map((id) => seriesValues(own(town.kpis, id)!.target, startYear, n)),
    expected: kpiIds.map((id) => seriesValues(own(town.kpis, id)!.expected, startYear, n)),
    weights: Float64Array.from(kpiIds, (id) => (listed ? (own(weightsIn, id) ?? 0) : 1)),
  };
  STATIC.set(town.kpis, town.id, { stages: town.stages, land: town.land, creationYear: town.creationYear, weights: weightsIn, startYear, years: n, frame });
  return frame;
}

/**
 * R_base (SPEC §3 "revenue-return"): given, or the revenue of creationYear − 1. A series'
 * value in a year does not depend on the span expanded (growth: `base·(1+g)^(y − y0)` per
 * year; a table: its entry), so it is read from the horizon's expansion, or from the one
 * running from that year, which a shocked path already keeps (stress/shock.ts `mapSeries`).
 */
function revenueBase(town: Town, startYear: number, n: number, revenue: ArrayLike<number>): number {
  if (town.revenueBase !== null) return town.revenueBase;
  const y = town.creationYear - 1;
  if (y >= startYear && y < startYear + n) return revenue[y - startYear] ?? 0;
  if (y < startYear) return seriesValues(town.revenue, y, startYear - y + n, startYear)[0] ?? 0;
  return seriesValues(town.revenue, y, 1, startYear)[0] ?? 0;
}

/** Expands one town's series for the horizon under the policy's KPI weights; the revenue-free part is kept per town (`STATIC`). */
export function townFrame(scenario: Scenario, town: Town): TownFrame {
  const { startYear, horizonYears: n } = scenario;
  const revenue = seriesValues(town.revenue, startYear, n);
  const f = staticFrame(scenario, town);
  return {
    town, years: f.years, startYear: f.startYear, creationIndex: f.creationIndex, stage: f.stage, stageBefore: f.stageBefore,
    revenue, revenueBase: revenueBase(town, startYear, n, revenue), landUseMu: f.landUseMu,
    kpiIds: f.kpiIds, kpiSymbols: f.kpiSymbols, targets: f.targets, expected: f.expected, weights: f.weights,
  };
}
