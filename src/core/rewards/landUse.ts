/**
 * Construction-land quota a town uses per year, in mu (SPEC §3 "land-quota", §7:
 * 1 km² = 1500 mu). The scenario gives construction land as one figure; the project
 * spreads it evenly over the town's construction years (construction start to the year
 * before operation), the years in which the quota is drawn.
 */
import type { Town } from '../model/scenario.ts';
import { REWARD_DEFAULTS } from './defaults.ts';

/** `used_t = constructionLandKm2 · 1500 / (operation − construction)` in each construction year, else 0. */
export function landUseMu(town: Pick<Town, 'land' | 'stages'>, startYear: number, count: number): Float64Array {
  const out = new Float64Array(count);
  const from = town.stages.construction;
  const span = town.stages.operation - from;
  if (span <= 0) return out;
  const perYear = (town.land.constructionLandKm2 * REWARD_DEFAULTS.muPerKm2) / span;
  for (let t = 0; t < count; t++) {
    const y = startYear + t;
    if (y >= from && y < town.stages.operation) out[t] = perYear;
  }
  return out;
}
