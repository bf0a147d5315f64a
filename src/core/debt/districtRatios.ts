/**
 * District debt ratios (SPEC §6 "District ratios", "Debt limit", "Also reported"), per year:
 *
 * - legal debt `L = own legal debt + Σ towns' special-bond balances`;
 * - hidden debt `H = own hidden debt + Σ towns' hidden exposure` (hidden share of platform
 *   debt, fund and PPP guarantees); a town's platform debt *not* identified as hidden is
 *   the LGFV's own debt and stays out (it is in the town's exposure, not in the government's);
 * - legal ratio 债务率(法定) `= L / C`, broad ratio 宽口径债务率 `= (L + H) / C`, C = 综合财力;
 * - debt headroom `= 债务限额 − L`;
 * - debt-service ratio 偿债率 `= (own legal debt service + Σ towns' bond service) / C`;
 * - interest burden `= (own legal interest + Σ towns' bond interest) / general budget expenditure`.
 *
 * Ratios are null when their denominator ≤ 0.
 */
import { snapHeadroom } from '../rules/atLine.ts';
import { expandSeries } from '../model/expand.ts';
import type { District } from '../model/scenario.ts';
import { addInto, at } from './arrays.ts';
import type { TownDebt } from './townExposure.ts';

/** A district's debt figures, unrounded. */
export interface DistrictDebtSeries {
  readonly capacity: Float64Array;
  readonly legalDebt: Float64Array;
  readonly hiddenDebt: Float64Array;
  /** `legalDebt + hiddenDebt`: the broad ratio's numerator. */
  readonly broadDebt: Float64Array;
  readonly debtLimit: Float64Array;
  readonly debtHeadroom: Float64Array;
  readonly debtService: Float64Array;
  readonly interest: Float64Array;
  readonly budgetExpenditure: Float64Array;
  readonly legalRatio: (number | null)[];
  readonly broadRatio: (number | null)[];
  readonly debtServiceRatio: (number | null)[];
  readonly interestBurden: (number | null)[];
}

/** The district's figures for `n` years from `startYear`, its towns' debts added (capacity given per year, e.g. a stress path). */
export function districtDebt(district: District, towns: readonly TownDebt[], startYear: number, n: number, capacity: Float64Array): DistrictDebtSeries {
  const legalDebt = expandSeries(district.legalDebt, startYear, n);
  const hiddenDebt = expandSeries(district.hiddenDebt, startYear, n);
  const debtService = expandSeries(district.legalDebtService, startYear, n);
  const interest = expandSeries(district.legalDebtInterest, startYear, n);
  for (const t of towns) {
    addInto(legalDebt, t.bonds.balance);
    addInto(hiddenDebt, t.exposure.hidden);
    addInto(debtService, t.bonds.debtService);
    addInto(interest, t.bonds.interest);
  }
  const debtLimit = expandSeries(district.debtLimit, startYear, n);
  const budgetExpenditure = expandSeries(district.budgetExpenditure, startYear, n);
  const broadDebt = new Float64Array(n);
  const debtHeadroom = new Float64Array(n);
  const out: DistrictDebtSeries = {
    capacity, legalDebt, hiddenDebt, broadDebt, debtLimit, debtHeadroom, debtService, interest, budgetExpenditure,
    legalRatio: [], broadRatio: [], debtServiceRatio: [], interestBurden: [],
  };
  for (let i = 0; i < n; i++) {
    broadDebt[i] = at(legalDebt, i) + at(hiddenDebt, i);
    // SPEC §1: a balance on its limit has headroom exactly 0
    debtHeadroom[i] = snapHeadroom(at(debtLimit, i) - at(legalDebt, i), at(legalDebt, i), at(debtLimit, i));
    out.legalRatio.push(ratio(at(legalDebt, i), at(capacity, i)));
    out.broadRatio.push(ratio(at(broadDebt, i), at(capacity, i)));
    out.debtServiceRatio.push(ratio(at(debtService, i), at(capacity, i)));
    out.interestBurden.push(ratio(at(interest, i), at(budgetExpenditure, i)));
  }
  return out;
}

/** `num / den`, null when `den ≤ 0` or the quotient is not finite (a 5e-324 denominator; SPEC §1: no NaN or Infinity in a result). */
export function ratio(num: number, den: number): number | null {
  if (!(den > 0)) return null;
  const r = num / den;
  return Number.isFinite(r) ? r : null;
}
