/**
 * The city entry of the result (SPEC §10 `city`) and the fiscal cost of SPEC §1:
 * rewards paid − clawbacks recovered + the towns' PPP obligations (all levels and budgets)
 * + government fund calls − government fund distributions (and guarantee payouts)
 * + budget support of the towns' special-bond cash gaps (SPEC §6 "Special bonds").
 */
import { fromFenInt, roundFen, sumFen, toFenInt } from '../ledger/index.ts';
import type { Scenario } from '../model/scenario.ts';
import type { CityResult } from '../result.ts';
import type { RunInputs } from '../rewards/engine.ts';
import { investmentCompleted, INVESTMENT_KPI } from '../rewards/investmentCompleted.ts';
import type { RewardsTotals } from '../rewards/simulate.ts';
import type { PppTotals } from '../ppp/simulate.ts';
import type { FundsTotals } from '../funds/simulateFunds.ts';

export interface CityInputs {
  readonly budgetExpenditure: Float64Array;
  readonly rewards: RewardsTotals;
  readonly ppp: PppTotals;
  readonly funds: FundsTotals;
  /** Investment completed by all towns per year (`townsInvestmentCompleted`). */
  readonly investment: ArrayLike<number>;
  /** Budget support of the towns' special-bond cash gaps per year (SPEC §6), unrounded; absent = none. */
  readonly bondSupport?: ArrayLike<number>;
}

/** Investment completed by all towns per year (SPEC §1 numerator), unrounded. */
export function townsInvestmentCompleted(scenario: Scenario, achievements: RunInputs['achievements']): Float64Array {
  const n = scenario.horizonYears;
  const total = new Float64Array(n);
  const towns = scenario.towns;
  for (let i = 0; i < towns.length; i++) {
    const inv = investmentCompleted(towns[i] as Scenario['towns'][number], scenario.startYear, n, achievements?.[i]?.[INVESTMENT_KPI]);
    for (let t = 0; t < n; t++) total[t] = (total[t] as number) + (inv[t] ?? 0);
  }
  return total;
}

/**
 * Investment mobilised per fiscal 万元 (SPEC §1): cumulative investment completed /
 * cumulative fiscal cost, null while the cost to date ≤ 0.
 */
export function investmentPerFiscal(investment: ArrayLike<number>, fiscalCost: ArrayLike<number>): (number | null)[] {
  const out: (number | null)[] = [];
  let inv = 0;
  let cost = 0;
  for (let t = 0; t < fiscalCost.length; t++) {
    inv += investment[t] ?? 0;
    cost += fiscalCost[t] ?? 0;
    out.push(cost > 0 ? inv / cost : null);
  }
  return out;
}

export function cityResult(scenario: Scenario, x: CityInputs): CityResult {
  const n = scenario.horizonYears;
  const fiscalCost: number[] = [];
  for (let t = 0; t < n; t++) {
    fiscalCost.push(fenSum(
      x.rewards.city.netCost[t] ?? 0,
      x.ppp.city.townObligations[t] ?? 0,
      -roundFen(x.funds.governmentNetCashflow[t] ?? 0),
      roundFen(x.bondSupport?.[t] ?? 0),
    ));
  }
  const budgetExpenditure: number[] = [];
  for (let t = 0; t < x.budgetExpenditure.length; t++) budgetExpenditure.push(roundFen(x.budgetExpenditure[t] as number));
  return {
    budgetExpenditure,
    pppObligations: x.ppp.city.obligations.map(roundFen),
    pppShare: x.ppp.city.pppShare,
    rewardsPaid: x.rewards.city.rewardsPaid,
    fiscalCost,
    investmentPerFiscal: investmentPerFiscal(x.investment, fiscalCost),
    rewardPool: x.rewards.city.rewardPool,
  };
}

/** `sumFen([a, b, c, d])` without the array: whole fen added while they stay exact (else `sumFen`, which goes on in BigInt). */
function fenSum(a: number, b: number, c: number, d: number): number {
  const ab = toFenInt(a) + toFenInt(b);
  const abc = ab + toFenInt(c);
  const abcd = abc + toFenInt(d);
  return Number.isSafeInteger(ab) && Number.isSafeInteger(abc) && Number.isSafeInteger(abcd) ? fromFenInt(abcd) : sumFen([a, b, c, d]);
}
