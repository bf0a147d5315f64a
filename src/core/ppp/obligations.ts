/**
 * Government expenditure responsibilities of one project (SPEC §4.2, 财金〔2015〕21号), per
 * project year: equity + operating subsidy + risk bearing + supporting inputs, plus the new
 * mechanism's construction support 建设期投资支持 (SPEC §4.6 "Mechanism").
 */
import type { DiscountRate } from '../model/scenario.ts';
import { equityObligation } from './equity.ts';
import { operatingSubsidy, type OperatingSubsidy } from './operatingSubsidy.ts';
import { capexSchedule, type ProjectTime } from './projectTime.ts';
import { riskBearingObligation } from './riskBearing.ts';
import { supportingInputsObligation } from './supportingInputs.ts';
import type { PppProject } from './types.ts';

/** The §4.2 obligations of one project per project year (index 0 = construction year 1), unrounded. */
export interface ProjectObligations {
  readonly equity: Float64Array;
  /** Paid S_n (its K_n and M_n parts in `subsidyParts`). */
  readonly operatingSubsidy: Float64Array;
  readonly riskBearing: Float64Array;
  readonly supportingInputs: Float64Array;
  /** 建设期投资支持 in the construction years (SPEC §4.6 "Mechanism"): not part of K_n. */
  readonly constructionSupport: Float64Array;
  /** Sum of the five, unrounded (rules and PVs use these). */
  readonly total: Float64Array;
  readonly subsidyParts: OperatingSubsidy;
}

/** The four obligation types of SPEC §4.2, construction support (SPEC §4.6) and their total, per project year. */
export function projectObligations(
  p: PppProject, t: ProjectTime, discountRate: DiscountRate,
  capex: Float64Array, opex: Float64Array, userRevenue: Float64Array,
): ProjectObligations {
  const equity = equityObligation(p, capex);
  const subsidyParts = operatingSubsidy(p, t, discountRate, userRevenue, opex);
  const riskBearing = riskBearingObligation(p.riskBearing, t, capex, opex);
  const supportingInputs = supportingInputsObligation(p.supportingInputs, t);
  const constructionSupport = capexSchedule({ constructionCost: p.constructionSupport, constructionSchedule: p.constructionSchedule }, t);
  const total = obligationsTotal(equity, subsidyParts.paid, riskBearing, supportingInputs, constructionSupport);
  return { equity, operatingSubsidy: subsidyParts.paid, riskBearing, supportingInputs, constructionSupport, total, subsidyParts };
}

/** The per-year total of the five obligation rows, summed in this order (SPEC §4.2, §4.6); `total`: the row to fill. */
export function obligationsTotal(
  equity: Float64Array, paid: Float64Array, riskBearing: Float64Array, supportingInputs: Float64Array, constructionSupport: Float64Array,
  total: Float64Array = new Float64Array(equity.length),
): Float64Array {
  for (let i = 0; i < total.length; i++) {
    total[i] = (equity[i] ?? 0) + (paid[i] ?? 0) + (riskBearing[i] ?? 0) + (supportingInputs[i] ?? 0) + (constructionSupport[i] ?? 0);
  }
  return total;
}
