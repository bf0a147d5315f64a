/**
 * The `summary` block of the result (SPEC §10): scenario totals, peaks and counts, formed
 * from the already-rounded series so that they foot with the tables (SPEC §1).
 */
import { roundFen, sumFen } from '../ledger/index.ts';
import type { Scenario } from '../model/scenario.ts';
import { discountFactor, scenarioYears } from '../model/timeline.ts';
import type { CityResult, DistrictResult, Finding, Summary, Tier } from '../result.ts';
import type { RewardsResult } from '../rewards/index.ts';
import type { PppSimulation } from '../ppp/index.ts';

/** Order of the SPEC §6 tiers, worst last (also used by `compare`). */
export const TIER_RANK: Readonly<Record<Tier, number>> = { green: 0, yellow: 1, orange: 2, red: 3 };

export interface SummaryInputs {
  readonly city: CityResult;
  readonly rewards: RewardsResult;
  readonly ppp: PppSimulation;
  readonly districts: readonly DistrictResult[];
  readonly findings: readonly Finding[];
  /** Investment completed by all towns per year. */
  readonly investment: ArrayLike<number>;
}

/** Largest non-null value, or null when there is none. */
export function peak(values: Iterable<number | null>): number | null {
  let best: number | null = null;
  for (const v of values) if (v !== null && (best === null || v > best)) best = v;
  return best;
}

/** Worst tier reached by any district in any year (green < yellow < orange < red): of the legal ratio, or with `broad` of the broad ratio. */
export function worstTier(districts: readonly DistrictResult[], broad = false): Tier | null {
  let worst: Tier | null = null;
  for (const d of districts) for (const t of broad ? d.tierBroad : d.tier) if (t !== null && (worst === null || TIER_RANK[t] > TIER_RANK[worst])) worst = t;
  return worst;
}

export function summarise(scenario: Scenario, x: SummaryInputs): Summary {
  const years = scenarioYears(scenario);
  const fiscalCostTotal = sumFen(x.city.fiscalCost);
  const npv = x.city.fiscalCost.reduce((acc, c, i) => acc + c * discountFactor(scenario.city.discountRate, scenario.startYear, years[i] ?? 0), 0);
  const investmentMobilised = sumFen(Array.from(x.investment, roundFen));
  const shares = [...x.city.pppShare, ...x.districts.flatMap((d) => d.pppShare)];
  return {
    fiscalCostTotal,
    fiscalCostNpv: roundFen(npv),
    rewardsTotal: sumFen(x.city.rewardsPaid),
    wastedOnRemoved: x.rewards.summary.wastedOnRemoved,
    receivableAtEnd: x.rewards.summary.receivableAtEnd,
    rewardCostPerInvestment: x.rewards.summary.costPerInvestment,
    rewardCostPerJob: x.rewards.summary.costPerJob,
    pppObligationsTotal: sumFen(x.ppp.city.townObligations),
    peakPppShare: peak(shares),
    investmentMobilised,
    investmentPerFiscal: fiscalCostTotal > 0 ? investmentMobilised / fiscalCostTotal : null,
    peakBroadRatio: peak(x.districts.flatMap((d) => d.broadRatio)),
    worstTier: worstTier(x.districts),
    peakLegalRatio: peak(x.districts.flatMap((d) => d.legalRatio)),
    worstTierBroad: worstTier(x.districts, true),
    breaches: x.findings.filter((f) => f.level === 'breach').length,
    warnings: x.findings.filter((f) => f.level === 'warning').length,
  };
}
