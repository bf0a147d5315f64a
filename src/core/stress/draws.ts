/**
 * One path's draws (SPEC §8 "Monte Carlo"), in a fixed order so that a path's figures
 * depend only on its stream: per year the city revenue shock, then per district its revenue
 * shock, land shock and achievement factor, then the city achievement factor; then per town,
 * KPI and year the idiosyncratic achievement shock; then the rate shift, one demand level
 * per PPP project, one growth shock per fund. Every normal is drawn even when its sd is 0,
 * so changing one spread never reshuffles the others.
 */
import { seriesValues } from '../model/expand.ts';
import type { Scenario } from '../model/scenario.ts';
import type { Rng } from './rng.ts';
import type { StochasticSpec } from './spec.ts';
import { isZeroVariance } from './spec.ts';

/** Multiplicative factors and shifts of one path, aligned with the scenario's years. */
export interface PathShocks {
  /** City general-budget revenue level factor per year. */
  readonly cityRevenue: Float64Array;
  /** Per district (scenario order): non-land revenue level factor and land revenue factor per year. */
  readonly districtRevenue: readonly Float64Array[];
  readonly land: readonly Float64Array[];
  /** Per town (scenario order): actual/target ratio per KPI id and year. */
  readonly achievements: readonly Record<string, Float64Array>[];
  /** Rate shift of floating and new borrowing (decimal). */
  readonly rateShift: number;
  /** Demand multiplier per PPP project (scenario order). */
  readonly demand: Float64Array;
  /** Growth shift per fund (scenario order). */
  readonly fundGrowth: Float64Array;
}

/** Draws one path's shocks from `rng`. */
export function drawShocks(s: Scenario, spec: StochasticSpec, rng: Rng): PathShocks {
  const n = s.horizonYears;
  const D = s.districts.length;
  const zero = isZeroVariance(spec);
  const { citySd, districtSd, persistence: rho, landDrift, landSd, landTaxCorrelation: c } = spec.revenue;
  const cityRevenue = new Float64Array(n);
  const districtRevenue = s.districts.map(() => new Float64Array(n));
  const land = s.districts.map(() => new Float64Array(n));
  const achDistrict = s.districts.map(() => new Float64Array(n));
  const achCity = new Float64Array(n);
  const eD = new Float64Array(D), logL = new Float64Array(D);
  let eC = 0, levelC = 1;
  const levelD = new Float64Array(D).fill(1);
  for (let t = 0; t < n; t++) {
    const zc = rng.normal();
    eC = rho * eC + citySd * zc;
    levelC *= Math.max(1 + eC, 0.05);
    cityRevenue[t] = levelC;
    for (let d = 0; d < D; d++) {
      const zd = rng.normal(), zl = rng.normal();
      eD[d] = rho * eD[d]! + districtSd * zd;
      levelD[d] = levelD[d]! * Math.max(1 + eC + eD[d]!, 0.05);
      districtRevenue[d]![t] = levelD[d]!;
      logL[d] = logL[d]! + landDrift + landSd * (c * zc + Math.sqrt(1 - c * c) * zl);
      land[d]![t] = Math.exp(logL[d]!);
      achDistrict[d]![t] = rng.normal();
    }
    achCity[t] = rng.normal();
  }
  const { cityLoading: lc, districtLoading: ld, defaultSd } = spec.achievement;
  const own = Math.sqrt(Math.max(0, 1 - lc * lc - ld * ld));
  const achievements = drawPlan(s).map((town) => {
    const out: Record<string, Float64Array> = {};
    const ad = achDistrict[town.district]!;
    for (const kpi of town.kpis) {
      const sd = zero ? 0 : (kpi.sd ?? defaultSd);
      const a = kpi.expected.slice();
      for (let t = 0; t < n; t++) {
        const z = lc * achCity[t]! + ld * ad[t]! + own * rng.normal();
        a[t] = Math.max(0, a[t]! + sd * z);
      }
      out[kpi.id] = a;
    }
    return out;
  });
  const rateShift = spec.rates.sd * rng.normal();
  const { sd: ds, mean } = spec.ppp;
  const demand = Float64Array.from(s.ppp, () => mean * Math.exp(ds * rng.normal() - (ds * ds) / 2));
  const fundGrowth = Float64Array.from(s.funds, () => spec.funds.sd * rng.normal());
  return { cityRevenue, districtRevenue, land, achievements, rateShift, demand, fundGrowth };
}

/** A town's part of the draws: its district's index and its KPIs in the scenario's order. */
interface TownDraws {
  readonly district: number;
  readonly kpis: readonly { readonly id: string; readonly expected: Float64Array; readonly sd: number | undefined }[];
}

/** Draw plans by scenario object: what every path of a run reads of the scenario, found once. */
const PLANS = new WeakMap<Scenario, readonly TownDraws[]>();

/**
 * Per town (scenario order): the district index and each KPI's id, expected achievement over
 * the horizon and own sd. Memoised on the scenario object, which is immutable (SPEC §2) and
 * carries every input of the plan; the paths of a run share it.
 */
function drawPlan(s: Scenario): readonly TownDraws[] {
  let plan = PLANS.get(s);
  if (!plan) {
    const dIndex = new Map(s.districts.map((d, i) => [d.id, i] as const));
    plan = s.towns.map((town) => ({
      district: dIndex.get(town.district) ?? 0,
      kpis: Object.entries(town.kpis).map(([id, kpi]) => ({
        id, expected: Float64Array.from(seriesValues(kpi.expected, s.startYear, s.horizonYears)), sd: kpi.distribution?.sd,
      })),
    }));
    PLANS.set(s, plan);
  }
  return plan;
}
