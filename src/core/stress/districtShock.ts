/**
 * A district's 综合财力 under a revenue and a land shock (SPEC §6 "Financial capacity", §8):
 * non-land revenue × D_t and land revenue × L_t. Given by parts, the shocks act on the parts
 * (一般公共预算 own revenue and 政府性基金 revenue × D, land gross × L); given as one series,
 * `C' = C + (C − land)·(D − 1) + land·(L − 1)` with the district's `landRevenue` as its land part.
 */
import { seriesValues } from '../model/expand.ts';
import type { District } from '../model/scenario.ts';
import { mapSeries } from './shock.ts';

/** The district with its capacity shocked for years `t = 0..n−1` from `startYear`. */
export function shockDistrict(d: District, startYear: number, n: number, D: (t: number) => number, L: (t: number) => number): District {
  const landRevenue = mapSeries(d.landRevenue, startYear, n, (v, t) => v * L(t));
  const p = d.capacityParts;
  if (p) {
    return {
      ...d,
      landRevenue,
      capacityParts: {
        ...p,
        generalBudget: { ...p.generalBudget, ownRevenue: mapSeries(p.generalBudget.ownRevenue, startYear, n, (v, t) => v * D(t)) },
        fundBudget: { ...p.fundBudget, revenue: mapSeries(p.fundBudget.revenue, startYear, n, (v, t) => v * D(t)) },
        land: { ...p.land, gross: mapSeries(p.land.gross, startYear, n, (v, t) => v * L(t)) },
      },
    };
  }
  if (!d.capacity) return d;
  const land = seriesValues(d.landRevenue, startYear, n);
  return { ...d, landRevenue, capacity: mapSeries(d.capacity, startYear, n, (c, t) => c + (c - land[t]!) * (D(t) - 1) + land[t]! * (L(t) - 1)) };
}
