import { allocateToFen, roundFen } from '../ledger/index.ts';
import type { FundLife } from './fundLife.ts';

/** A fund's paid amounts per life year, rounded to the fen (SPEC §1 "Arithmetic"), 万元. */
export interface FundLedger {
  readonly calls: number[];
  readonly distributions: number[];
  readonly nav: number[];
  readonly managementFees: number[];
  readonly carry: number[];
  readonly governmentCalls: number[];
  readonly governmentDistributions: number[];
  readonly socialCalls: number[];
  readonly socialDistributions: number[];
  readonly guaranteePayout: number[];
  /** Guaranteed amount outstanding at year end (a balance, not a payment; rounded for reporting). */
  readonly guaranteed: number[];
  /** Government net flow `distributions − calls − guarantee payout` (investor sign: negative is fiscal cost). */
  readonly government: number[];
  /** Social net flow `distributions − calls + guarantee payout`. */
  readonly social: number[];
}

/**
 * Rounds a fund's life to the fen at the output boundary (SPEC §1): each year's call is split
 * government/social and each gross distribution fees/carry/government/social with
 * `allocateToFen`, so the parts add up exactly to the rounded fund-level amount.
 */
export function fundLedger(life: FundLife): FundLedger {
  const L = life.years.length;
  const out: { [K in keyof FundLedger]: number[] } = {
    calls: [], distributions: [], nav: [], managementFees: [], carry: [], governmentCalls: [], governmentDistributions: [],
    socialCalls: [], socialDistributions: [], guaranteePayout: [], guaranteed: [], government: [], social: [],
  };
  const { flows, waterfall: wf, classes } = life;
  const at = (a: Float64Array, i: number): number => a[i] ?? 0;
  for (let i = 0; i < L; i++) {
    const c = at(flows.calls, i);
    const d = at(flows.distributions, i);
    const [gc = 0, sc = 0] = allocateToFen(c, [at(classes.government.calls, i), at(classes.social.calls, i)]);
    const [fee = 0, carry = 0, gd = 0, sd = 0] = allocateToFen(d, [
      at(wf.feesPaid, i), at(wf.carry, i), at(classes.government.distributions, i), at(classes.social.distributions, i),
    ]);
    const payout = roundFen(at(classes.guaranteePayout, i));
    out.calls.push(roundFen(c));
    out.distributions.push(roundFen(d));
    out.nav.push(roundFen(at(flows.nav, i)));
    out.managementFees.push(fee);
    out.carry.push(carry);
    out.governmentCalls.push(gc);
    out.governmentDistributions.push(gd);
    out.socialCalls.push(sc);
    out.socialDistributions.push(sd);
    out.guaranteePayout.push(payout);
    out.guaranteed.push(roundFen(at(classes.guaranteed, i)));
    out.government.push(roundFen(gd - gc - payout));
    out.social.push(roundFen(sd - sc + payout));
  }
  return out;
}

/**
 * `fundLedger`'s `government` and `guaranteed` rows laid on the `count` scenario years from
 * `startYear` (`onScenarioYears`), computed for those years only: what a Monte Carlo path
 * reads of a fund (SPEC §1 "One engine"). `governmentCalls` is the ledger's `governmentCalls`
 * per life year (`fundBase.ts`: it does not read the path's growth shock).
 */
export function governmentOnYears(
  life: FundLife, governmentCalls: readonly number[], establishedYear: number, startYear: number, count: number,
): { readonly government: number[]; readonly guaranteed: number[] } {
  const L = life.years.length;
  const { flows, waterfall: wf, classes } = life;
  const government: number[] = [];
  const guaranteed: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = startYear + k - establishedYear;
    if (i < 0 || i >= L) {
      government.push(0);
      guaranteed.push(0);
      continue;
    }
    const gd = allocateToFen(flows.distributions[i] ?? 0, [
      wf.feesPaid[i] ?? 0, wf.carry[i] ?? 0, classes.government.distributions[i] ?? 0, classes.social.distributions[i] ?? 0,
    ])[2] ?? 0;
    const payout = roundFen(classes.guaranteePayout[i] ?? 0);
    government.push(roundFen(gd - (governmentCalls[i] ?? 0) - payout));
    guaranteed.push(roundFen(classes.guaranteed[i] ?? 0));
  }
  return { government, guaranteed };
}

/**
 * A life-year series laid on the scenario's years (SPEC §10: per-year arrays align with `years`):
 * value for year y is `life[y − establishedYear]`, 0 for years outside the fund's life.
 * Flows of life years before `startYear` or after the horizon are not in the result; they stay
 * in the fund's `life` block.
 */
export function onScenarioYears(life: readonly number[], establishedYear: number, startYear: number, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) out.push(life[startYear + k - establishedYear] ?? 0);
  return out;
}
