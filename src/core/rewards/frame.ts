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

/** Expands one town's series for the horizon under the policy's KPI weights. */
export function townFrame(scenario: Scenario, town: Town): TownFrame {
  const { startYear, horizonYears: n } = scenario;
  const stage = new Uint8Array(n);
  for (let t = 0; t < n; t++) stage[t] = stageCode(stageIn(town, startYear + t));
  const kpiIds = Object.keys(town.kpis);
  const listed = Object.keys(scenario.rewards.weights).length > 0;
  const weights = Float64Array.from(kpiIds, (id) => (listed ? (own(scenario.rewards.weights, id) ?? 0) : 1));
  const targets = kpiIds.map((id) => seriesValues(own(town.kpis, id)!.target, startYear, n));
  const expected = kpiIds.map((id) => seriesValues(own(town.kpis, id)!.expected, startYear, n));
  return {
    town,
    years: n,
    startYear,
    creationIndex: town.creationYear - startYear,
    stage,
    stageBefore: stageCode(stageIn(town, startYear - 1)),
    revenue: seriesValues(town.revenue, startYear, n),
    revenueBase: town.revenueBase ?? seriesValues(town.revenue, town.creationYear - 1, 1, startYear)[0] ?? 0,
    landUseMu: landUseMu(town, startYear, n),
    kpiIds,
    kpiSymbols: kpiIds.map(kpiSymbol),
    targets,
    expected,
    weights,
  };
}
