/**
 * City series and scenario totals of the rewards (SPEC §3 "Outputs", §10 `city.rewardsPaid`,
 * `summary.rewardsTotal`, `wastedOnRemoved`): paid, recovered, net cost and its NPV, cost
 * per 万元 of investment completed and per job, and what went to towns later removed.
 * Money sums are added in whole fen (`sumRounded`), so totals foot with the town rows.
 */
import { fenOfRounded, sumRounded } from './fenSum.ts';
import { fromFenInt } from '../ledger/index.ts';
import { discountFactor } from '../model/timeline.ts';
import type { NullableSeries, RewardPoolResult, Series } from '../result.ts';
import { investmentCompleted, jobsReached, INVESTMENT_KPI, JOBS_KPI } from './investmentCompleted.ts';
import type { TownRewardsResult } from './output.ts';
import type { PreparedRewards } from './prepare.ts';
import { poolExecution } from './poolExecution.ts';
import type { RunInputs } from './engine.ts';
import { zeroedF64 } from '../model/zeroed.ts';

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
  /** Pool execution per year (SPEC §3, §10 `city.rewardPool`); its `paid` and `lapsed` are `poolPaid` and `lapsed`. */
  readonly rewardPool: RewardPoolResult;
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

/** City-level series: sums of the town rows, year by year (money in whole fen, `fenSum.ts`). */
export function cityRewards(prep: PreparedRewards, towns: readonly TownRewardsResult[]): RewardsCityResult {
  const Y = prep.years;
  const paidFen = zeroedF64(Y), clawFen = zeroedF64(Y), accruedFen = zeroedF64(Y);
  const landReward = zeroedF64(Y), landDeduction = zeroedF64(Y);
  for (const t of towns) {
    const { total, clawback, landQuotaMu } = t.rewards;
    for (let y = 0; y < Y; y++) {
      paidFen[y] = paidFen[y]! + fenOfRounded(total[y]!);
      clawFen[y] = clawFen[y]! + fenOfRounded(clawback[y]!);
      accruedFen[y] = accruedFen[y]! + fenOfRounded(t.accruedRewards[y]!);
      // land in mu: a double sum over towns in order, to 6 decimals
      landReward[y] = landReward[y]! + landQuotaMu.reward[y]!;
      landDeduction[y] = landDeduction[y]! + landQuotaMu.deduction[y]!;
    }
  }
  const rewardsPaid = new Array<number>(Y), clawbackRecovered = new Array<number>(Y), netCost = new Array<number>(Y);
  const accrued = new Array<number>(Y), landRewardMu = new Array<number>(Y), landDeductionMu = new Array<number>(Y);
  for (let y = 0; y < Y; y++) {
    rewardsPaid[y] = fromFenInt(paidFen[y]!);
    clawbackRecovered[y] = fromFenInt(clawFen[y]!);
    netCost[y] = fromFenInt(fenOfRounded(rewardsPaid[y]!) + fenOfRounded(-clawbackRecovered[y]!));
    accrued[y] = fromFenInt(accruedFen[y]!);
    landRewardMu[y] = Math.round(landReward[y]! * 1e6) / 1e6;
    landDeductionMu[y] = Math.round(landDeduction[y]! * 1e6) / 1e6;
  }
  const rewardPool = poolExecution(prep, towns);
  return {
    rewardsPaid,
    clawbackRecovered,
    netCost,
    pool: Array.from(prep.pool, (x) => (Number.isFinite(x) ? x : null)),
    poolPaid: rewardPool.paid,
    lapsed: rewardPool.lapsed,
    accrued,
    rewardPool,
    landRewardMu,
    landDeductionMu,
  };
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
