/**
 * The distributions of a Monte Carlo run (SPEC §8 "Drivers and defaults"): declared in the
 * scenario's optional `stochastic` section, every field defaulted here. The defaults are
 * **calibrations, not facts** (SPEC §8): editable, and documented in docs/decisions.md
 * ("Uncertainty"). Rates and shares are decimals (SPEC §1).
 */

/** Town achievement per KPI: `a = expected + sd·(λc·Zc_t + λd·Zd_t + √(1−λc²−λd²)·ε)`, truncated at 0. */
export interface AchievementDrivers {
  /** sd of a KPI that declares no `distribution` of its own (0 = such KPIs stay at expected). */
  readonly defaultSd: number;
  /** λc, loading on the common city factor (SPEC §8: 0.3–0.5). */
  readonly cityLoading: number;
  /** λd, loading on the district factor (λc² + λd² ≤ 1). */
  readonly districtLoading: number;
}

/** Growth of city and district revenue and 综合财力, with land revenue as its own part. */
export interface RevenueDrivers {
  /** sd of the city's general-budget revenue growth shock (SPEC §8: 4–6 pp). */
  readonly citySd: number;
  /** sd of a district's own growth shock, added to the city's (total 6–10 pp with the city's). */
  readonly districtSd: number;
  /** AR(1) persistence ρ of the growth shocks (SPEC §8: ≈ 0.4). */
  readonly persistence: number;
  /** Mean yearly log-change of land revenue against plan (SPEC §8: −0.05). */
  readonly landDrift: number;
  /** sd of the yearly log-change of land revenue (SPEC §8: 0.20). */
  readonly landSd: number;
  /** Correlation of the land shock with the city revenue shock (SPEC §8: ≈ 0.5). */
  readonly landTaxCorrelation: number;
}

/** Interest-rate shift of floating-rate and new borrowing (contracted fixed payments stay). */
export interface RateDrivers {
  /** sd of the level shift drawn once per path (decimal: 0.005 = 50 bp). */
  readonly sd: number;
}

/** PPP demand: user-fee revenue × `mean·exp(σZ − σ²/2)`, one level per project and path. */
export interface PppDrivers {
  /** σ of log demand (SPEC §8: 0.25–0.5). */
  readonly sd: number;
  /** Mean demand against forecast (SPEC §8 suggests 0.8 for tourism, optimism bias). */
  readonly mean: number;
  /** Revenue a minimum-revenue guarantee 保底承诺 secures, as a share of forecast user revenue. */
  readonly guaranteeFloor: number;
}

/** Fund NAV growth: `G + sd·Z`, one draw per fund and path. */
export interface FundDrivers {
  readonly sd: number;
}

/** Every distribution of a Monte Carlo run, all fields filled in. */
export interface StochasticSpec {
  readonly achievement: AchievementDrivers;
  readonly revenue: RevenueDrivers;
  readonly rates: RateDrivers;
  readonly ppp: PppDrivers;
  readonly funds: FundDrivers;
}

type DeepPartial<T> = { readonly [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** The `stochastic` section as written in a scenario file: any subset of the fields. */
export type StochasticInput = DeepPartial<StochasticSpec>;

/** Default distributions (calibrations, SPEC §8; docs/decisions.md "Uncertainty"). */
export const DEFAULT_STOCHASTIC: StochasticSpec = {
  achievement: { defaultSd: 0.1, cityLoading: 0.4, districtLoading: 0.3 },
  revenue: { citySd: 0.05, districtSd: 0.06, persistence: 0.4, landDrift: -0.05, landSd: 0.2, landTaxCorrelation: 0.5 },
  rates: { sd: 0.005 },
  ppp: { sd: 0.35, mean: 1, guaranteeFloor: 0.8 },
  funds: { sd: 0.05 },
};

/** The scenario's section over the defaults, field by field. */
export function resolveStochastic(input: StochasticInput | undefined): StochasticSpec {
  const i = input ?? {};
  return {
    achievement: { ...DEFAULT_STOCHASTIC.achievement, ...i.achievement },
    revenue: { ...DEFAULT_STOCHASTIC.revenue, ...i.revenue },
    rates: { ...DEFAULT_STOCHASTIC.rates, ...i.rates },
    ppp: { ...DEFAULT_STOCHASTIC.ppp, ...i.ppp },
    funds: { ...DEFAULT_STOCHASTIC.funds, ...i.funds },
  };
}

/**
 * The same drivers with every spread and drift 0 (and KPI sds ignored): each path is then
 * the deterministic run (SPEC §8 "A zero-variance run equals the deterministic run").
 */
export function zeroVariance(spec: StochasticSpec): StochasticSpec {
  return {
    achievement: { ...spec.achievement, defaultSd: 0 },
    revenue: { ...spec.revenue, citySd: 0, districtSd: 0, landDrift: 0, landSd: 0 },
    rates: { sd: 0 },
    ppp: { ...spec.ppp, sd: 0, mean: 1 },
    funds: { sd: 0 },
  };
}

/** True when `spec` is zero-variance (KPI sds are then ignored). */
export function isZeroVariance(spec: StochasticSpec): boolean {
  const r = spec.revenue;
  return spec.achievement.defaultSd === 0 && r.citySd === 0 && r.districtSd === 0 && r.landDrift === 0 && r.landSd === 0 &&
    spec.rates.sd === 0 && spec.ppp.sd === 0 && spec.ppp.mean === 1 && spec.funds.sd === 0;
}
