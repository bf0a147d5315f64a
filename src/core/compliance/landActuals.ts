/**
 * Land used and cumulative investment as the districts reported them (SPEC §12 "Actuals":
 * land used (construction, residential) and cumulative investment, per town and year), in
 * the shape the §7 checks read: per town id, per year of the horizon (index 0 =
 * startYear), the reported figure or null where none was reported. Reported figures win in
 * the years they are reported for; every other year keeps the scenario's figure (SPEC §12
 * "Years after the last actual year are forecast from the scenario as before").
 */
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';

/** One town's reported land (km²) and cumulative investment (万元) per year; null: not reported. */
export interface TownLandActuals {
  readonly constructionLandKm2: readonly (number | null)[];
  readonly residentialLandKm2: readonly (number | null)[];
  readonly cumulativeInvestment: readonly (number | null)[];
}

/** Land actuals by town id (only towns with at least one reported figure). */
export type LandActuals = ReadonlyMap<string, TownLandActuals>;

const KEYS = ['constructionLandKm2', 'residentialLandKm2', 'cumulativeInvestment'] as const;

/** The reported land and cumulative investment of `actuals` for the scenario's horizon. */
export function reportedLand(s: Pick<Scenario, 'startYear' | 'horizonYears'>, actuals: Actuals): Map<string, TownLandActuals> {
  const out = new Map<string, Record<(typeof KEYS)[number], (number | null)[]>>();
  for (const r of actuals.towns) {
    const t = r.year - s.startYear;
    if (t < 0 || t >= s.horizonYears || KEYS.every((k) => r[k] === null)) continue;
    let town = out.get(r.town);
    if (!town) {
      const blank = (): (number | null)[] => new Array<number | null>(s.horizonYears).fill(null);
      town = { constructionLandKm2: blank(), residentialLandKm2: blank(), cumulativeInvestment: blank() };
      out.set(r.town, town);
    }
    for (const k of KEYS) if (r[k] !== null) town[k][t] = r[k];
  }
  return out;
}
