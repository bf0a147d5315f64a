/**
 * Small hand-made scenarios for the reward tests: a city, one district and towns whose
 * KPIs and stages are given per test. Series are tables by calendar year (fill `carry`
 * or `zero`) so each test reads its numbers directly.
 */
import type { Scenario, Town } from '../../../src/core/model/scenario.ts';
import type { SeriesSpec } from '../../../src/core/model/series.ts';
import type { Eligibility, ProgramCommon, RewardPolicy } from '../../../src/core/rewards/types.ts';
import { DEFAULT_POLICY } from '../../../src/scenario/schema/rewards.ts';

export const START = 2026;

export const constant = (x: number): SeriesSpec => ({ kind: 'growth', base: x, growth: 0 });

/** A series with the given values from `START` on (zero afterwards). */
export const byYear = (values: readonly number[], from = START): SeriesSpec => ({
  kind: 'table', fill: 'zero', byYear: Object.fromEntries(values.map((v, i) => [String(from + i), v])),
});

/** A town created in 2026, construction 2027, operation 2030, one `tax` KPI with target 100 and the given achievement per year. */
export function town(id: string, over: Partial<Town> = {}, achievement: readonly number[] = [1, 1, 1, 1, 1]): Town {
  return {
    id, name: id, district: 'd1', region: 'central-south', theme: 'tech', flagship: false,
    creationYear: START, namingYear: null,
    stages: { planning: START, construction: START + 1, operation: START + 4 },
    land: { plannedAreaKm2: 3, constructionLandKm2: 1, residentialLandKm2: 0.1 },
    investment: { total: constant(1000), government: constant(0), realEstate: constant(0), specialtyIndustry: constant(800) },
    revenue: constant(100), revenueBase: null,
    kpis: { tax: { target: constant(100), expected: byYear(achievement) } },
    bonds: [], platform: null,
    ...over,
  };
}

export const ANY: Eligibility = { stages: null, regions: null, themes: null, districts: null, towns: null, flagship: null };

/** Program fields with no filter, factors 1, lag 0, from the pool. */
export function common(id: string, over: Partial<ProgramCommon> = {}): ProgramCommon {
  return {
    id, name: id, eligibility: ANY,
    stageFactor: { planning: 1, construction: 1, operation: 1 },
    regionFactor: { 'north-eco': 1, 'central-south': 1 },
    lagYears: 0, fromPool: true, ...over,
  };
}

export function scenario(towns: readonly Town[], rewards: Partial<RewardPolicy>, horizonYears = 5): Scenario {
  return {
    schemaVersion: 1, id: 'test', name: 'test', description: '', startYear: START, horizonYears,
    city: {
      name: '广州', budgetRevenue: constant(1e7), budgetExpenditure: { kind: 'series', series: constant(2e7) },
      retainedShare: 0.5, existingPppObligations: constant(0), discountRate: { kind: 'flat', rate: 0.05 },
    },
    districts: [], towns,
    rewards: { ...DEFAULT_POLICY, ...rewards },
    ppp: [], funds: [], rules: {},
  };
}
