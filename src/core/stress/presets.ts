/**
 * Named stress presets (SPEC §8, IMF-DSA style): each a pure `scenario → scenario` shift,
 * so it runs deterministically, compares with the baseline like any variant, and — applied
 * before sampling — shifts the Monte Carlo distributions. Sizes that SPEC gives as a range
 * take its midpoint (`contingent` absorbs 20%; its PPP floors and termination payments are
 * valued by the Monte Carlo's contingent liabilities, not shifted here); they are calibrations (docs/decisions.md "Uncertainty").
 */
import { expandSeries } from '../model/expand.ts';
import type { District, Scenario, Town } from '../model/scenario.ts';
import { platformFlows } from '../debt/platformDebt.ts';
import { mapSeries } from './shock.ts';
import { shockDistrict } from './districtShock.ts';
import { shiftIndexedRate } from './pppRates.ts';
import type { StochasticSpec } from './spec.ts';

/** The preset names, in SPEC §8 order. */
export const PRESETS = [
  'land-bust-2022', 'revenue-1sd-2y', 'expenditure-squeeze', 'rates+200bp', 'contingent',
  'towns-underperform', 'developer-default', 'combined', 'no-swap',
] as const;
export type PresetName = (typeof PRESETS)[number];

/** Land revenue change in the first four years of `land-bust-2022` (SPEC §8; 2022–2025 in China). */
export const LAND_BUST = [-0.23, -0.13, -0.16, -0.07] as const;
/** Share of non-hidden platform debt the government absorbs in year 2 (`contingent`, SPEC §8: 10–30%). */
export const CONTINGENT_ABSORBED = 0.2;
/** A town is real-estate-heavy when real estate is at least this share of its planned investment (`developer-default`). */
export const REAL_ESTATE_HEAVY = 0.3;

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name);
}

/** Land factor per year of a bust with yearly changes `bust`, scaled by `size`; no return to the peak. */
function bustFactors(n: number, size: number): Float64Array {
  const f = new Float64Array(n);
  let level = 1;
  for (let t = 0; t < n; t++) {
    level *= 1 + size * (LAND_BUST[t] ?? 0);
    f[t] = level;
  }
  return f;
}

/** Land revenue × L_t; 综合财力 loses the same amount: `C' = C + land·(L − 1)`. */
function shockLand(s: Scenario, L: Float64Array): Scenario {
  const { startYear: y0, horizonYears: n } = s;
  return {
    ...s,
    districts: s.districts.map((d) => shockDistrict(d, y0, n, () => 1, (t) => L[t]!)),
  };
}

/** Revenue growth `−k` s.d. in years 1–2, the level staying lower after (city, district non-land 综合财力, towns). */
function shockRevenue(s: Scenario, spec: StochasticSpec, k: number): Scenario {
  const { startYear: y0, horizonYears: n } = s;
  const { citySd, districtSd } = spec.revenue;
  const level = (sd: number) => (t: number) => Math.pow(1 - k * sd, Math.min(t + 1, 2));
  const city = level(citySd);
  // a district's growth shock is the city's plus its own: sd √(σc² + σd²)
  const district = level(Math.sqrt(citySd * citySd + districtSd * districtSd));
  return {
    ...s,
    city: { ...s.city, budgetRevenue: mapSeries(s.city.budgetRevenue, y0, n, (v, t) => v * city(t)) },
    districts: s.districts.map((d) => shockDistrict(d, y0, n, district, () => 1)),
    towns: s.towns.map((town) => ({ ...town, revenue: mapSeries(town.revenue, y0, n, (v, t) => v * district(t), town.creationYear - 1) })),
  };
}

/** Budget expenditure growth 0% in year 2 and −6.5% in year 3 against the year before, the plan's growth after. */
function squeeze(s: Scenario): Scenario {
  const { startYear: y0, horizonYears: n } = s;
  const path = (v: Float64Array) => (x: number, t: number): number => {
    if (t === 0) return x;
    const e1 = v[0]!; // year 2 equals year 1
    if (t === 1) return e1;
    const e2 = e1 * (1 - 0.065);
    return t === 2 ? e2 : e2 * (x / v[2]!);
  };
  const shock = (spec: District['budgetExpenditure']) => mapSeries(spec, y0, n, path(expandSeries(spec, y0, n)));
  const cityE = s.city.budgetExpenditure;
  const citySeries = cityE.kind === 'series' ? cityE.series : null;
  return {
    ...s,
    city: citySeries ? { ...s.city, budgetExpenditure: { kind: 'series', series: shock(citySeries) } } : s.city,
    districts: s.districts.map((d) => ({ ...d, budgetExpenditure: shock(d.budgetExpenditure) })),
  };
}

/** Rates + `bp` on new borrowing (bonds issued from the first year), platform debt (floating) and `rateIndexed` PPP contracts. */
function shockRates(s: Scenario, shift: number): Scenario {
  return {
    ...s,
    ppp: s.ppp.map((p) => shiftIndexedRate(p, shift, s.startYear)),
    towns: s.towns.map((town) => ({
      ...town,
      bonds: town.bonds.map((b) => (b.issueYear >= s.startYear ? { ...b, rate: b.rate + shift } : b)),
      platform: town.platform ? { ...town.platform, rate: town.platform.rate + shift } : null,
    })),
  };
}

/** KPI expected achievement mapped for the first `years` years (town, KPI id, value, year index). */
function shockKpis(s: Scenario, years: number, defaultSd: number, f: (town: Town, kpi: string, a: number, sd: number) => number): Scenario {
  const { startYear: y0, horizonYears: n } = s;
  return {
    ...s,
    towns: s.towns.map((town) => ({
      ...town,
      kpis: Object.fromEntries(Object.entries(town.kpis).map(([id, kpi]) => [id, {
        ...kpi,
        expected: mapSeries(kpi.expected, y0, n, (a, t) => (t < years ? Math.max(0, f(town, id, a, kpi.distribution?.sd ?? defaultSd)) : a)),
      }])),
    })),
  };
}

function realEstateHeavy(s: Scenario, town: Town): boolean {
  const n = s.horizonYears;
  const total = expandSeries(town.investment.total, s.startYear, n).reduce((a, b) => a + b, 0);
  const re = expandSeries(town.investment.realEstate, s.startYear, n).reduce((a, b) => a + b, 0);
  return total > 0 && re / total >= REAL_ESTATE_HEAVY;
}

/** Year 2 on: the absorbed share of each town's non-hidden platform debt becomes the district's hidden debt. */
function absorbPlatform(s: Scenario): Scenario {
  const { startYear: y0, horizonYears: n } = s;
  return {
    ...s,
    districts: s.districts.map((d) => {
      const extra = new Float64Array(n);
      for (const town of s.towns) {
        if (town.district !== d.id || !town.platform) continue;
        const nonHidden = platformFlows(town.platform, y0, n).nonHidden;
        for (let t = 1; t < n; t++) extra[t] = extra[t]! + CONTINGENT_ABSORBED * nonHidden[t]!;
      }
      return { ...d, hiddenDebt: mapSeries(d.hiddenDebt, y0, n, (v, t) => v + extra[t]!) };
    }),
  };
}

/**
 * `no-swap` (SPEC §8, §6 "Hidden-debt swap"): every district's swaps 置换 switched off — the
 * hidden debt stays hidden (repaid at the pace of the rest), no refinancing special bonds, no
 * raise of the special limit, no interest saved. Districts without swaps are returned as they are.
 */
function noSwap(s: Scenario): Scenario {
  if (!s.districts.some((d) => (d.swaps?.length ?? 0) > 0)) return s;
  return { ...s, districts: s.districts.map((d) => ((d.swaps?.length ?? 0) > 0 ? { ...d, swaps: [] } : d)) };
}

/** What a preset needs beyond the scenario: the drivers' spreads (one s.d. of revenue, of the city factor). */
export interface PresetContext {
  readonly spec: StochasticSpec;
}

/** The scenario under preset `name`. */
export function applyPreset(s: Scenario, name: PresetName, ctx: PresetContext): Scenario {
  const n = s.horizonYears;
  switch (name) {
    case 'land-bust-2022':
      return shockLand(s, bustFactors(n, 1));
    case 'revenue-1sd-2y':
      return shockRevenue(s, ctx.spec, 1);
    case 'expenditure-squeeze':
      return squeeze(s);
    case 'rates+200bp':
      return shockRates(s, 0.02);
    case 'contingent':
      return absorbPlatform(s);
    case 'towns-underperform':
      return shockKpis(s, 3, ctx.spec.achievement.defaultSd, (_town, _k, a, sd) => a - 1.5 * ctx.spec.achievement.cityLoading * sd);
    case 'developer-default':
      return shockKpis(s, 3, ctx.spec.achievement.defaultSd, (town, k, a) => (k === 'investment' && realEstateHeavy(s, town) ? a * 0.3 : a));
    case 'combined':
      return shockRates(shockRevenue(shockLand(s, bustFactors(n, 0.5)), ctx.spec, 0.5), 0.01);
    case 'no-swap':
      return noSwap(s);
    default: {
      const never: never = name;
      throw new Error(`unknown preset ${String(never)}`);
    }
  }
}
