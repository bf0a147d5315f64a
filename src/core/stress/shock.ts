/**
 * A path's shocks applied to the scenario (SPEC §8): the result is a plain scenario run by
 * the same `simulate` as the deterministic run ("one engine"). Series are rewritten as
 * explicit per-year tables of the planned values times the path's factors; a factor of
 * exactly 1 (a zero-variance path) leaves every value bit-identical.
 *
 * - city general-budget revenue × the city factor (an `elastic` expenditure follows it);
 * - a district's 综合财力 `C' = C + (C − land)·(D − 1) + land·(L − 1)` (non-land part with
 *   the district's revenue factor D, land part with its land factor L), its land revenue
 *   `land·L`; each town's gross revenue × its district's factor D;
 * - the rate shift on bonds issued from the first simulated year (new borrowing) and on
 *   platform debt (LGFV bank loans, LPR-linked: floating) and on PPP contracts flagged
 *   `rateIndexed` (`pppRates.ts`); bonds issued before stay fixed;
 * - PPP demand factor × the path's level; fund growth + the path's shift.
 */
import { seriesValues, valuesTable } from '../model/expand.ts';
import type { SeriesSpec } from '../model/series.ts';
import type { Scenario } from '../model/scenario.ts';
import type { PathShocks } from './draws.ts';
import { shockDistrict } from './districtShock.ts';
import { shiftIndexedRate } from './pppRates.ts';

/**
 * `spec`'s values over the scenario's years, each mapped by `f(value, yearIndex)`, as an
 * explicit table; the years from `firstYear` before the horizon (e.g. a town's revenue
 * base, the year before its creation) keep their planned values.
 */
export function mapSeries(spec: SeriesSpec, startYear: number, n: number, f: (v: number, t: number) => number, firstYear = startYear): SeriesSpec {
  const before = Math.max(0, startYear - firstYear);
  const v = seriesValues(spec, startYear - before, before + n, startYear);
  const out = new Float64Array(before + n);
  for (let t = -before; t < n; t++) out[t + before] = t < 0 ? v[t + before]! : f(v[t + before]!, t);
  return valuesTable(out, startYear - before);
}

/** The scenario of one path. */
export function shockedScenario(s: Scenario, k: PathShocks): Scenario {
  const { startYear: y0, horizonYears: n } = s;
  const dIndex = new Map(s.districts.map((d, i) => [d.id, i] as const));
  const shift = k.rateShift;
  const rate = (r: number): number => Math.max(0, r + shift);
  return {
    ...s,
    city: { ...s.city, budgetRevenue: mapSeries(s.city.budgetRevenue, y0, n, (v, t) => v * k.cityRevenue[t]!) },
    districts: s.districts.map((d, i) => {
      const D = k.districtRevenue[i]!, L = k.land[i]!;
      return shockDistrict(d, y0, n, (t) => D[t]!, (t) => L[t]!);
    }),
    towns: s.towns.map((town) => {
      const D = k.districtRevenue[dIndex.get(town.district) ?? 0]!;
      return {
        ...town,
        revenue: mapSeries(town.revenue, y0, n, (v, t) => v * D[t]!, town.creationYear - 1),
        bonds: shift === 0 ? town.bonds : town.bonds.map((b) => (b.issueYear >= y0 ? { ...b, rate: rate(b.rate) } : b)),
        platform: town.platform && shift !== 0 ? { ...town.platform, rate: rate(town.platform.rate) } : town.platform,
      };
    }),
    ppp: s.ppp.map((p, i) => ({ ...shiftIndexedRate(p, shift, y0), demandFactor: p.demandFactor * k.demand[i]! })),
    funds: s.funds.map((f, i) => {
      const ta = f.takahashiAlexander;
      return { ...f, takahashiAlexander: { ...ta, growth: Math.max(-0.99, ta.growth + k.fundGrowth[i]!) } };
    }),
  };
}
