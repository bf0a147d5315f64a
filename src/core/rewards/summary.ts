/**
 * City series and scenario totals of the rewards (SPEC §3 "Outputs", §10 `city.rewardsPaid`,
 * `summary.rewardsTotal`, `wastedOnRemoved`): paid, recovered, net cost and its NPV, cost
 * per 万元 of investment completed and per job, and what went to towns later removed.
 * Money sums are added in whole fen (`sumRounded`), so totals foot with the town rows.
 */
import { roundFen } from '../ledger/index.ts';
import { sumRounded } from './fenSum.ts';
import { discountFactor } from '../model/timeline.ts';
import type { NullableSeries, Series } from '../result.ts';
import type { RewardsRun } from './engine.ts';
import { investmentCompleted, jobsReached, INVESTMENT_KPI, JOBS_KPI } from './investmentCompleted.ts';
import type { TownRewardsResult } from './output.ts';
import type { PreparedRewards } from './prepare.ts';
import type { RunInputs } from './engine.ts';
import { own } from '../model/own.ts';

/** City-level reward series, 万元 (land in mu) per year. */
export interface RewardsCityResult {
  /** Σ towns' gross payments (`rewards.total`), 万元 per year (SPEC §10 `city.rewardsPaid`). */
  readonly rewardsPaid: Series;
  /** Σ clawbacks recovered, 万元 per year. */
  readonly clawbackRecovered: Series;
  /** rewardsPaid − clawbackRecovered: the rewards' part of the fiscal cost (SPEC §1). */
  readonly netCost: Series;
  /** The pool (null: no cap), its pool-funded payments and the shortfall that lapsed (prorate). */
  readonly pool: NullableSeries;
  readonly poolPaid: Series;
  readonly lapsed: Series;
  /** Σ towns' queued unpaid claims at year end. */
  readonly accrued: Series;
  readonly landRewardMu: Series;
  readonly landDeductionMu: Series;
}

/** Scenario totals of the rewards (SPEC §3 "Outputs", §10 `summary`). */
export interface RewardsSummary {
  readonly rewardsPaidTotal: number;
  readonly clawbackRecoveredTotal: number;
  /** Total fiscal cost of rewards = paid − recovered (SPEC §3 "Outputs"). */
  readonly netCostTotal: number;
  /** NPV at the city's discount rate, valued 1 January of startYear (SPEC §1 "Time"). */
  readonly netCostNpv: number;
  /** Σ towns' investment completed over the horizon (`investmentCompleted`). */
  readonly investmentCompleted: number;
  /** netCostTotal / investmentCompleted; null when no investment. */
  readonly costPerInvestment: number | null;
  /** Σ towns' jobs reached (`jobsReached`). */
  readonly jobs: number;
  readonly costPerJob: number | null;
  /** Net payments over the horizon to towns removed during it (what an ex-ante scheme wastes). */
  readonly wastedOnRemoved: number;
  readonly townsRemoved: number;
  readonly lapsedTotal: number;
  readonly accruedAtEnd: number;
  readonly pendingAtEnd: number;
  readonly receivableAtEnd: number;
  readonly landRewardMu: number;
  readonly landDeductionMu: number;
}

/** City-level series: sums of the town rows, year by year. */
export function cityRewards(prep: PreparedRewards, run: RewardsRun, towns: readonly TownRewardsResult[]): RewardsCityResult {
  const Y = prep.years;
  const col = (f: (t: TownRewardsResult, y: number) => number): number[] => Array.from({ length: Y }, (_, y) => sumRounded(towns.map((t) => f(t, y))));
  const rewardsPaid = col((t, y) => t.rewards.total[y]!);
  const clawbackRecovered = col((t, y) => t.rewards.clawback[y]!);
  const mu = (f: (t: TownRewardsResult, y: number) => number): number[] => Array.from({ length: Y }, (_, y) => Math.round(towns.reduce((s, t) => s + f(t, y), 0) * 1e6) / 1e6);
  return {
    rewardsPaid,
    clawbackRecovered,
    netCost: rewardsPaid.map((p, y) => sumRounded([p, -clawbackRecovered[y]!])),
    pool: Array.from(prep.pool, (x) => (Number.isFinite(x) ? x : null)),
    poolPaid: Array.from({ length: Y }, (_, y) => sumRounded(poolRow(prep, towns, y))),
    lapsed: Array.from(run.lapsed, (x) => (x === 0 ? 0 : roundFen(x))),
    accrued: col((t, y) => t.accruedRewards[y]!),
    landRewardMu: mu((t, y) => t.rewards.landQuotaMu.reward[y]!),
    landDeductionMu: mu((t, y) => t.rewards.landQuotaMu.deduction[y]!),
  };
}

/** Rounded pool-funded payments of year y, across towns and pool programs. */
function poolRow(prep: PreparedRewards, towns: readonly TownRewardsResult[], y: number): number[] {
  const out: number[] = [];
  const T = towns.length;
  for (const s of prep.poolSlots) {
    const p = prep.programs[Math.floor(s / T)]!;
    out.push(own(towns[s % T]!.rewards.byProgram, p.id)?.paid[y] ?? 0);
  }
  return out;
}

/** Scenario totals; `inputs` are the run's achievement ratios (for investment and jobs actuals). */
export function rewardsSummary(prep: PreparedRewards, towns: readonly TownRewardsResult[], city: RewardsCityResult, inputs: RunInputs = {}): RewardsSummary {
  const { scenario, years: Y } = prep;
  const netCostTotal = sumRounded(city.netCost);
  let npv = 0;
  city.netCost.forEach((c, y) => { npv += c * discountFactor(scenario.city.discountRate, scenario.startYear, scenario.startYear + y); });
  let investment = 0, jobs = 0;
  scenario.towns.forEach((town, i) => {
    const r = inputs.achievements?.[i];
    for (const x of investmentCompleted(town, scenario.startYear, Y, r?.[INVESTMENT_KPI])) investment += x;
    jobs += jobsReached(town, scenario.startYear, Y, r?.[JOBS_KPI]);
  });
  const removed = towns.filter((t) => t.removedYear !== null);
  const sum = (f: (t: TownRewardsResult) => number, of: readonly TownRewardsResult[] = towns): number => sumRounded(of.map(f));
  return {
    rewardsPaidTotal: sumRounded(city.rewardsPaid),
    clawbackRecoveredTotal: sumRounded(city.clawbackRecovered),
    netCostTotal,
    netCostNpv: npv,
    investmentCompleted: investment,
    costPerInvestment: investment > 0 ? netCostTotal / investment : null,
    jobs,
    costPerJob: jobs > 0 ? netCostTotal / jobs : null,
    wastedOnRemoved: sum((t) => sumRounded([...t.rewards.total, ...t.rewards.clawback.map((c) => -c)]), removed),
    townsRemoved: removed.length,
    lapsedTotal: sumRounded(city.lapsed),
    accruedAtEnd: sum((t) => t.accruedRewards[Y - 1] ?? 0),
    pendingAtEnd: sum((t) => t.pendingAtEnd),
    receivableAtEnd: sum((t) => t.receivable[Y - 1] ?? 0),
    landRewardMu: city.landRewardMu.reduce((a, b) => a + b, 0),
    landDeductionMu: city.landDeductionMu.reduce((a, b) => a + b, 0),
  };
}
