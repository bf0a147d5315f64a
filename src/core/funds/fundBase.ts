/**
 * What a fund's Monte Carlo path (SPEC §8: a fund's only shock is its Takahashi–Alexander
 * growth G_r) does not owe to the shock, kept per fund (SPEC §1 "One engine, run many times"):
 * the calls `C_t = RC_t·(S − PIC_{t−1})` and their government/social split do not read G_r, so
 * neither do the fund multiples (over Σ C_t) nor — without forbidden terms, whose peak amount a
 * finding quotes — the fund's rule rows and findings (SPEC §5, §11).
 */
import { allocateToFen } from '../ledger/index.ts';
import type { Scenario } from '../model/scenario.ts';
import type { FundChecks } from './rules.ts';
import type { FundLife } from './fundLife.ts';
import type { Fund, TakahashiAlexanderParams } from './types.ts';

/** True when `a` and `b` hold the same value or object in every field but the growth G_r (field by field, once per fund and path). */
export function sameUnshockedFund(a: Fund, b: Fund): boolean {
  return a.fees === b.fees && a.id === b.id && a.name === b.name && a.size === b.size && a.establishedYear === b.establishedYear
    && a.governmentShare === b.governmentShare && a.projectShare === b.projectShare && a.localShare === b.localShare
    && a.allocationByTown === b.allocationByTown && a.returnInvestmentRequirement === b.returnInvestmentRequirement
    && a.investmentMultipleThreshold === b.investmentMultipleThreshold && a.concession === b.concession
    && a.guarantees === b.guarantees && a.realEstateInvestment === b.realEstateInvestment
    && sameUnshockedTa(a.takahashiAlexander, b.takahashiAlexander);
}

function sameUnshockedTa(a: TakahashiAlexanderParams, b: TakahashiAlexanderParams): boolean {
  return a === b || (a.contributionRates === b.contributionRates && a.bow === b.bow && a.yield === b.yield
    && a.lifeYears === b.lifeYears && a.investmentPeriodYears === b.investmentPeriodYears);
}

/**
 * Every field of `Fund` and of its Takahashi–Alexander parameters that `sameUnshockedFund`
 * compares (all but G_r): the compiler makes a new field be listed here, and the test checks
 * `sameUnshockedFund` tells each of them apart.
 */
export const UNSHOCKED_FUND_FIELDS: Readonly<Record<Exclude<keyof Fund, 'takahashiAlexander'> | Exclude<keyof TakahashiAlexanderParams, 'growth'>, true>> = {
  id: true, name: true, size: true, establishedYear: true, governmentShare: true, projectShare: true, localShare: true,
  allocationByTown: true, returnInvestmentRequirement: true, investmentMultipleThreshold: true, fees: true, concession: true,
  guarantees: true, realEstateInvestment: true, contributionRates: true, bow: true, yield: true, lifeYears: true, investmentPeriodYears: true,
};

/** One fund's path-independent part; shared by every path: never written. */
export interface FundBase {
  /** The fund it was computed for: its fields but G_r are the base's inputs. */
  readonly fund: Fund;
  /** The government's part of each life year's call, rounded to the fen (`fundLedger`'s `governmentCalls`). */
  readonly governmentCalls: readonly number[];
  /** The rule rows and findings per overrides object, when they do not read G_r (no forbidden terms). */
  readonly checks: WeakMap<Scenario['rules'], FundChecks>;
}

const BASES = new WeakMap<object, FundBase[]>();
/** Bases kept per key object: scenarios whose projects share one sub-object (a programmatic scenario) still hit. */
const PER_KEY = 64;

/**
 * The base of `fund`, from `life` (any path's life of it: its calls do not read G_r). Memo
 * safety: the base reads only the fund's fields but G_r (compared by identity with those it
 * was computed from; scenario objects are never mutated).
 */
export function fundBase(fund: Fund, life: FundLife): FundBase {
  const list = BASES.get(fund.fees);
  if (list) for (const b of list) if (b.fund === fund || sameUnshockedFund(b.fund, fund)) return b;
  const { flows, classes } = life;
  const governmentCalls: number[] = [];
  for (let i = 0; i < flows.calls.length; i++) {
    governmentCalls.push(allocateToFen(flows.calls[i] ?? 0, [classes.government.calls[i] ?? 0, classes.social.calls[i] ?? 0])[0] ?? 0);
  }
  const b: FundBase = { fund, governmentCalls, checks: new WeakMap() };
  if (list) {
    if (list.length >= PER_KEY) list.shift();
    list.push(b);
  } else BASES.set(fund.fees, [b]);
  return b;
}
