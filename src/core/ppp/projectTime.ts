/**
 * The project's own calendar (SPEC §4.1): construction year 1 = the construction start year,
 * operation year n = start + construction years + n − 1; cooperation term = construction +
 * operation years. Project arrays are indexed from the construction start year (index 0).
 */
import { expandSeries } from '../model/expand.ts';
import type { SeriesSpec } from '../model/series.ts';
import type { PppProject } from './types.ts';

/** A project's calendar (SPEC §4.1). */
export interface ProjectTime {
  /** Calendar year of index 0 (construction year 1). */
  readonly firstYear: number;
  readonly constructionYears: number;
  readonly operationYears: number;
  /** Cooperation term in years = construction + operation. */
  readonly length: number;
  /** Calendar year of operation year 1. */
  readonly firstOperationYear: number;
}

/** The project's timeline (SPEC §4.1). */
export function projectTime(p: Pick<PppProject, 'constructionStartYear' | 'constructionSchedule' | 'operationYears'>): ProjectTime {
  const constructionYears = p.constructionSchedule.length;
  return {
    firstYear: p.constructionStartYear,
    constructionYears,
    operationYears: p.operationYears,
    length: constructionYears + p.operationYears,
    firstOperationYear: p.constructionStartYear + constructionYears,
  };
}

/** Capex per project year: cost × schedule fraction in construction years, 0 after (SPEC §4.1). */
export function capexSchedule(p: Pick<PppProject, 'constructionCost' | 'constructionSchedule'>, t: ProjectTime): Float64Array {
  const out = new Float64Array(t.length);
  for (let i = 0; i < t.constructionYears; i++) out[i] = p.constructionCost * (p.constructionSchedule[i] ?? 0);
  return out;
}

/**
 * A per-operation-year series laid on project years: 0 in construction years, then the
 * series with y₀ = operation year 1 (SPEC §4.1), times `factor`.
 */
export function operationSeries(spec: SeriesSpec, t: ProjectTime, factor = 1): Float64Array {
  const out = new Float64Array(t.length);
  const v = expandSeries(spec, t.firstOperationYear, t.operationYears, t.firstOperationYear);
  for (let n = 0; n < t.operationYears; n++) out[t.constructionYears + n] = (v[n] ?? 0) * factor;
  return out;
}
