/**
 * Fiscal affordability 财政承受能力 (SPEC §4.5, 财金〔2015〕21号): per level and year,
 * `share_t = (general-budget obligations of the level's PPP projects + its existing non-town
 * PPP obligations) / the level's general budget expenditure_t`; null when expenditure ≤ 0.
 */
import { cityBudgetExpenditure } from '../model/cityBudget.ts';
import { expandSeries, seriesValues } from '../model/expand.ts';
import type { SeriesSpec } from '../model/series.ts';
import type { District, Scenario } from '../model/scenario.ts';
import { addOnYears } from './onYears.ts';
import type { ProjectRun } from './project.ts';

/** The paying level of the city itself; any other level is a district id. */
export const CITY_LEVEL = 'city';

/** A level's affordability series on the scenario's years (SPEC §4.5), unrounded. */
export interface LevelAffordability {
  /** `city` or a district id. */
  readonly level: string;
  /** General-budget obligations of the town PPP projects this level pays, unrounded. */
  readonly projectObligations: Float64Array;
  /** Existing non-town PPP obligations (scenario input). */
  readonly existingObligations: Float64Array;
  /** projectObligations + existingObligations: the share's numerator. */
  readonly obligations: Float64Array;
  readonly budgetExpenditure: Float64Array;
  readonly share: (number | null)[];
}

/** `obligations / expenditure`, null when expenditure ≤ 0 (SPEC §4.5). */
export function pppShare(obligations: number, expenditure: number): number | null {
  return expenditure > 0 ? obligations / expenditure : null;
}

/** `runs` paid from the general budget, by paying level, in scenario order. */
function generalByLevel(runs: readonly ProjectRun[]): Map<string, ProjectRun[]> {
  const out = new Map<string, ProjectRun[]>();
  for (const r of runs) {
    const { level: id, budget } = r.project.payer;
    if (budget !== 'general') continue;
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}

function level(id: string, runs: readonly ProjectRun[], existing: Float64Array, expenditure: Float64Array, startYear: number): LevelAffordability {
  const count = expenditure.length;
  const projectObligations = new Float64Array(count);
  for (const r of runs) addOnYears(projectObligations, r.obligations.total, r.time.firstYear, startYear);
  const obligations = new Float64Array(count);
  const share: (number | null)[] = new Array<number | null>(count);
  for (let k = 0; k < count; k++) {
    obligations[k] = (projectObligations[k] ?? 0) + (existing[k] ?? 0);
    share[k] = pppShare(obligations[k] ?? 0, expenditure[k] ?? 0);
  }
  return { level: id, projectObligations, existingObligations: existing, obligations, budgetExpenditure: expenditure, share };
}

/** Affordability of the city level and of every district (SPEC §4.5), in scenario order. */
export function affordability(
  s: Pick<Scenario, 'startYear' | 'horizonYears' | 'city'> & { readonly districts: readonly Pick<District, 'id' | 'budgetExpenditure' | 'existingPppObligations'>[] },
  runs: readonly ProjectRun[],
): { readonly city: LevelAffordability; readonly districts: readonly LevelAffordability[] } {
  const { startYear: y0, horizonYears: n } = s;
  const byLevel = generalByLevel(runs);
  const own = (id: string): readonly ProjectRun[] => byLevel.get(id) ?? [];
  // existing obligations are not shocked: their kept expansion (`seriesValues`) is copied, not recomputed
  const existing = (spec: SeriesSpec): Float64Array => {
    const out = new Float64Array(n);
    out.set(seriesValues(spec, y0, n));
    return out;
  };
  const city = level(CITY_LEVEL, own(CITY_LEVEL), existing(s.city.existingPppObligations), cityBudgetExpenditure(s.city, y0, n), y0);
  const districts = s.districts.map((d) =>
    level(d.id, own(d.id), existing(d.existingPppObligations), expandSeries(d.budgetExpenditure, y0, n), y0));
  return { city, districts };
}
