import type { Scenario } from '../model/scenario.ts';
import type { Finding, LimitRow } from '../rules/types.ts';
import { fundLife } from './fundLife.ts';
import type { FundLife } from './fundLife.ts';
import { fundMultiples } from './metrics.ts';
import type { FundMultiples } from './metrics.ts';
import { fundChecks } from './rules.ts';
import type { Fund } from './types.ts';
import { own } from '../model/own.ts';

/** What the funds module reads of a scenario (a `Scenario` satisfies it). */
export interface FundsInput extends Pick<Scenario, 'startYear' | 'horizonYears'> {
  readonly funds: readonly Fund[];
  readonly rules: Scenario['rules'];
  readonly towns: readonly { readonly id: string }[];
}

/** One fund, unrounded: its life, multiples and rule checks. */
export interface FundCore {
  readonly fund: Fund;
  readonly life: FundLife;
  readonly multiples: FundMultiples;
  /** Largest guaranteed amount over the life (outstanding or paid at settlement), 万元. */
  readonly peakGuaranteed: number;
  readonly limits: LimitRow[];
  readonly findings: Finding[];
}

/** The funds' figures the rest of the engine needs per scenario year, unrounded (SPEC §1 "One engine, run many times"). */
export interface FundsCore {
  readonly funds: FundCore[];
  readonly limits: LimitRow[];
  readonly findings: Finding[];
  /** Σ government `distributions − calls − guarantee payouts` per scenario year (investor sign). */
  readonly governmentNetCashflow: Float64Array;
  /** Guaranteed amounts by town id per scenario year, pro rata to each fund's allocation (every scenario town has a row). */
  readonly hiddenDebtByTown: Record<string, Float64Array>;
  /** Guaranteed amounts of funds without a positive town allocation, per scenario year. */
  readonly hiddenDebtUnallocated: Float64Array;
}

/** Adds `life` (index 0 = `firstYear`) into `into` (index 0 = `startYear`), scaled by `k`: years outside the horizon are cut. */
export function addOnYears(into: Float64Array, life: ArrayLike<number>, firstYear: number, startYear: number, k = 1): void {
  const offset = firstYear - startYear;
  const from = Math.max(0, -offset);
  const to = Math.min(life.length, into.length - offset);
  for (let i = from; i < to; i++) into[i + offset] = (into[i + offset] ?? 0) + k * (life[i] ?? 0);
}

/** One fund's unrounded run (SPEC §5): life, multiples over the whole life, rule checks. */
export function fundCore(fund: Fund, rules: Scenario['rules']): FundCore {
  const life = fundLife(fund);
  const L = life.years.length;
  const multiples = fundMultiples(fund, life.flows.paidIn[L - 1] ?? 0);
  const peakGuaranteed = Math.max(0, ...life.classes.guaranteed, ...life.classes.guaranteePayout);
  return { fund, life, multiples, peakGuaranteed, ...fundChecks(fund, multiples, peakGuaranteed, rules) };
}

/**
 * All funds of a scenario without output rounding: the path a Monte Carlo run takes (no
 * Decimal, no per-year objects). `simulateFunds` adds the output boundary (fen rounding,
 * `FundResult` shapes) on top of it.
 */
export function simulateFundsCore(input: FundsInput): FundsCore {
  const n = input.horizonYears;
  const funds = input.funds.map((f) => fundCore(f, input.rules));
  const governmentNetCashflow = new Float64Array(n);
  const hiddenDebtByTown: Record<string, Float64Array> = {};
  for (const t of input.towns) hiddenDebtByTown[t.id] = new Float64Array(n);
  const hiddenDebtUnallocated = new Float64Array(n);
  for (const { fund, life } of funds) {
    const { government, guaranteePayout, guaranteed } = life.classes;
    addOnYears(governmentNetCashflow, government.distributions, fund.establishedYear, input.startYear);
    addOnYears(governmentNetCashflow, government.calls, fund.establishedYear, input.startYear, -1);
    addOnYears(governmentNetCashflow, guaranteePayout, fund.establishedYear, input.startYear, -1);
    const towns = Object.entries(fund.allocationByTown).filter(([, w]) => w > 0);
    const total = towns.reduce((s, [, w]) => s + w, 0);
    if (total <= 0) addOnYears(hiddenDebtUnallocated, guaranteed, fund.establishedYear, input.startYear);
    for (const [id, w] of towns) {
      const row = own(hiddenDebtByTown, id) ?? (hiddenDebtByTown[id] = new Float64Array(n));
      addOnYears(row, guaranteed, fund.establishedYear, input.startYear, w / total);
    }
  }
  return {
    funds, limits: funds.flatMap((f) => f.limits), findings: funds.flatMap((f) => f.findings),
    governmentNetCashflow, hiddenDebtByTown, hiddenDebtUnallocated,
  };
}
