/** Small scenario builders for the debt and compliance tests. */
import type { District, Scenario, Town } from '../../../src/core/model/scenario.ts';
import type { SeriesSpec } from '../../../src/core/model/series.ts';

/** A constant series. */
export const c = (base: number): SeriesSpec => ({ kind: 'growth', base, growth: 0 });
/** A table series, zero elsewhere. */
export const tbl = (byYear: Record<string, number>): SeriesSpec => ({ kind: 'table', byYear, fill: 'zero' });

export function district(over: Partial<District> = {}): District {
  return {
    id: 'd1', name: '某区', capacity: c(1000), landRevenue: c(0), budgetExpenditure: c(500),
    existingPppObligations: c(0), legalDebt: c(0), legalDebtService: c(0), legalDebtInterest: c(0),
    debtLimit: c(10_000), hiddenDebt: c(0), specialBondPlan: c(0), ...over,
  };
}

export function town(over: Partial<Town> = {}): Town {
  return {
    id: 't1', name: '某小镇', district: 'd1', region: 'central-south', theme: 'tech', flagship: false,
    creationYear: 2020, namingYear: null, stages: { planning: 2020, construction: 2021, operation: 2024 },
    land: { plannedAreaKm2: 3, constructionLandKm2: 1, residentialLandKm2: 0.1 },
    investment: { total: c(0), government: c(0), realEstate: c(0), specialtyIndustry: c(0) },
    revenue: c(100), revenueBase: null, kpis: {}, bonds: [], platform: null, ...over,
  };
}

/** The debt and compliance modules never read the reward policy: a stand-in, independent of its evolving type. */
const NO_REWARDS = { programs: [] } as unknown as Scenario['rewards'];

export function scenario(over: Partial<Scenario> = {}): Scenario {
  return {
    schemaVersion: 1, id: 's', name: '测试', description: '', startYear: 2026, horizonYears: 3,
    city: {
      name: '广州', budgetRevenue: c(0), budgetExpenditure: { kind: 'series', series: c(0) }, retainedShare: 0.5,
      existingPppObligations: c(0), discountRate: { kind: 'flat', rate: 0.03 },
    },
    districts: [district()], towns: [town()], rewards: NO_REWARDS, ppp: [], funds: [], rules: {}, ...over,
  };
}

/** One fen in 万元. */
export const FEN = 0.000001;
