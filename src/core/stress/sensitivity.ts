/**
 * One-at-a-time sensitivity (SPEC §8 "Sensitivity"): each driver shocked down and up by one
 * standard deviation of its distribution (rates ±100 bp, capex ±15%), everything else at
 * plan, through the same shock seam as a Monte Carlo path (`shockedScenario`) → tornado data
 * sorted by swing, largest first (SPEC §10 `sensitivity`).
 */
import { expandSeries } from '../model/expand.ts';
import type { Scenario } from '../model/scenario.ts';
import type { RunResult } from '../result.ts';
import type { PathShocks } from './draws.ts';
import { shockedScenario } from './shock.ts';
import type { StochasticSpec } from './spec.ts';

export const DRIVERS = ['achievement', 'revenue-growth', 'land-revenue', 'rates', 'ppp-demand', 'fund-growth', 'capex-overrun'] as const;
export type Driver = (typeof DRIVERS)[number];

/** Capex overrun shock of the tornado (SPEC §8: overrun lognormal, mean ×1.1–1.2). */
export const CAPEX_SHOCK = 0.15;
/** Rate shock of the tornado, decimal (100 bp). */
export const RATE_SHOCK = 0.01;

export interface SensitivityRow {
  readonly driver: Driver;
  /** The shock's size, in the driver's unit (s.d., decimal rate, share). */
  readonly shock: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly swing: number;
}

export interface SensitivityResult {
  readonly output: string;
  readonly base: number | null;
  readonly drivers: readonly SensitivityRow[];
}

/** Shocks at plan: every factor 1, no shift, achievement at expected. */
function planShocks(s: Scenario): PathShocks {
  const n = s.horizonYears;
  const ones = (): Float64Array => new Float64Array(n).fill(1);
  return {
    cityRevenue: ones(),
    districtRevenue: s.districts.map(ones),
    land: s.districts.map(ones),
    achievements: s.towns.map((t) => Object.fromEntries(Object.entries(t.kpis).map(([id, k]) => [id, expandSeries(k.expected, s.startYear, n)]))),
    rateShift: 0,
    demand: new Float64Array(s.ppp.length).fill(1),
    fundGrowth: new Float64Array(s.funds.length),
  };
}

/** The scenario and achievements with `driver` moved by `sign` (−1 low, +1 high). */
export function shockDriver(s: Scenario, spec: StochasticSpec, driver: Driver, sign: -1 | 1): { scenario: Scenario; achievements: PathShocks['achievements'] } {
  const k = planShocks(s);
  const n = s.horizonYears;
  const r = spec.revenue;
  let shocks: PathShocks = k;
  switch (driver) {
    case 'achievement': {
      const achievements = s.towns.map((t, i) => Object.fromEntries(Object.entries(t.kpis).map(([id, kpi]) => {
        const sd = kpi.distribution?.sd ?? spec.achievement.defaultSd;
        return [id, k.achievements[i]![id]!.map((a) => Math.max(0, a + sign * sd))];
      })));
      shocks = { ...k, achievements };
      break;
    }
    case 'revenue-growth': {
      const level = (sd: number) => Float64Array.from({ length: n }, (_, t) => Math.pow(1 + sign * sd, t + 1));
      shocks = { ...k, cityRevenue: level(r.citySd), districtRevenue: s.districts.map(() => level(Math.sqrt(r.citySd ** 2 + r.districtSd ** 2))) };
      break;
    }
    case 'land-revenue':
      shocks = { ...k, land: s.districts.map(() => new Float64Array(n).fill(Math.exp(sign * r.landSd))) };
      break;
    case 'rates':
      shocks = { ...k, rateShift: sign * RATE_SHOCK };
      break;
    case 'ppp-demand':
      shocks = { ...k, demand: new Float64Array(s.ppp.length).fill(Math.exp(sign * spec.ppp.sd)) };
      break;
    case 'fund-growth':
      shocks = { ...k, fundGrowth: new Float64Array(s.funds.length).fill(sign * spec.funds.sd) };
      break;
    case 'capex-overrun': {
      const scenario = { ...s, ppp: s.ppp.map((p) => ({ ...p, constructionCost: p.constructionCost * (1 + sign * CAPEX_SHOCK) })) };
      return { scenario: shockedScenario(scenario, k), achievements: k.achievements };
    }
    default: {
      const never: never = driver;
      throw new Error(`unknown driver ${String(never)}`);
    }
  }
  return { scenario: shockedScenario(s, shocks), achievements: shocks.achievements };
}

/** The shock size reported for `driver`. */
function shockSize(spec: StochasticSpec, d: Driver): number {
  switch (d) {
    case 'achievement': return spec.achievement.defaultSd;
    case 'revenue-growth': return spec.revenue.citySd;
    case 'land-revenue': return spec.revenue.landSd;
    case 'rates': return RATE_SHOCK;
    case 'ppp-demand': return spec.ppp.sd;
    case 'fund-growth': return spec.funds.sd;
    case 'capex-overrun': return CAPEX_SHOCK;
  }
}

/**
 * Tornado data of `read(run)`: `run(scenario, achievements)` is the deterministic engine
 * (`simulate`), passed in so the core stays free of the choice of options.
 */
export function sensitivity(
  s: Scenario, spec: StochasticSpec, output: string,
  run: (scenario: Scenario, achievements?: PathShocks['achievements']) => RunResult,
  read: (r: RunResult) => number | null,
): SensitivityResult {
  const base = read(run(s));
  const drivers = DRIVERS.map((driver): SensitivityRow => {
    const lo = shockDriver(s, spec, driver, -1), hi = shockDriver(s, spec, driver, 1);
    const low = read(run(lo.scenario, lo.achievements)), high = read(run(hi.scenario, hi.achievements));
    return { driver, shock: shockSize(spec, driver), low, high, swing: low === null || high === null ? 0 : Math.abs(high - low) };
  });
  drivers.sort((a, b) => b.swing - a.swing || a.driver.localeCompare(b.driver));
  return { output, base, drivers };
}
