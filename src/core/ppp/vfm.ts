/**
 * Value for money 物有所值 (SPEC §4.4, 财金〔2015〕167号), at the scenario discount rate and
 * valuation date (1 January of startYear), over the project's whole life.
 */
import { capexSchedule, operationSeries, type ProjectTime } from './projectTime.ts';
import { presentValue } from './spv/metrics.ts';
import type { PppProject } from './types.ts';

/** The project's own capex, opex and user revenue per project year, reused where the PSC takes them as its reference. */
export interface ProjectFlows {
  readonly capex: Float64Array;
  readonly opex: Float64Array;
  readonly userRevenue: Float64Array;
}

/** Value-for-money figures of SPEC §4.4 (PVs at 1 January of startYear). */
export interface Vfm {
  readonly psc: number;
  readonly pppValue: number;
  /** VfM = PSC − PPP value; positive means PPP is better. */
  readonly value: number;
  /** VfM / PSC; null when PSC ≤ 0. */
  readonly index: number | null;
}

/**
 * The PSC cash flow per project year: reference capex + reference opex − third-party revenue
 * + competitive-neutrality adjustment + transferable risk (r_c·capex + r_o·opex) + retained
 * risk (the §4.2 risk-bearing figure). SPEC §4.4.
 */
export function pscFlows(p: PppProject, t: ProjectTime, retainedRisk: Float64Array, own?: ProjectFlows): Float64Array {
  const ref = p.psc;
  const refCapex = ref.constructionCost === null && own ? own.capex
    : capexSchedule({ constructionCost: ref.constructionCost ?? p.constructionCost, constructionSchedule: p.constructionSchedule }, t);
  const refOpex = ref.operatingCost === null && own ? own.opex : operationSeries(ref.operatingCost ?? p.operatingCost, t);
  const refRevenue = ref.userRevenue === null && own ? own.userRevenue : operationSeries(ref.userRevenue ?? p.userRevenue, t, p.demandFactor);
  return pscFlowsOf(p, { capex: refCapex, opex: refOpex, userRevenue: refRevenue }, operationSeries(ref.competitiveNeutrality, t), retainedRisk);
}

/**
 * The PSC cash flow of `pscFlows` from the reference flows and the competitive-neutrality
 * adjustment per project year (SPEC §4.4): the step a Monte Carlo path redoes when demand moves.
 */
export function pscFlowsOf(p: Pick<PppProject, 'psc'>, ref: ProjectFlows, neutrality: Float64Array, retainedRisk: Float64Array): Float64Array {
  const tr = p.psc.transferableRisk;
  const { capex: refCapex, opex: refOpex, userRevenue: refRevenue } = ref;
  const out = new Float64Array(refCapex.length);
  for (let i = 0; i < out.length; i++) {
    const c = refCapex[i] ?? 0;
    const o = refOpex[i] ?? 0;
    out[i] = c + o - (refRevenue[i] ?? 0) + (neutrality[i] ?? 0) + tr.construction * c + tr.operation * o + (retainedRisk[i] ?? 0);
  }
  return out;
}

/**
 * `PV(pscFlowsOf(…))` summed as `presentValue` sums it, without the per-year array (a Monte
 * Carlo path's PSC, SPEC §4.4); the reference revenue is `ref.userRevenue × revenueFactor`
 * (the demand factor applied as `operationSeries` applies it: the same doubles).
 */
export function pscValueOf(p: Pick<PppProject, 'psc'>, ref: ProjectFlows, neutrality: Float64Array, retainedRisk: Float64Array, df: Float64Array, revenueFactor = 1): number {
  const tr = p.psc.transferableRisk;
  const { capex: refCapex, opex: refOpex, userRevenue: refRevenue } = ref;
  let s = 0;
  for (let i = 0; i < refCapex.length; i++) {
    const c = refCapex[i] ?? 0;
    const o = refOpex[i] ?? 0;
    const flow = c + o - (refRevenue[i] ?? 0) * revenueFactor + (neutrality[i] ?? 0) + tr.construction * c + tr.operation * o + (retainedRisk[i] ?? 0);
    s += flow * (df[i] ?? 0);
  }
  return s;
}

/** `Vfm` from the PSC and the PPP value (SPEC §4.4): `VfM = PSC − PPP value`, `index = VfM / PSC` (null when PSC ≤ 0). */
export function vfmOf(psc: number, pppValue: number): Vfm {
  const value = psc - pppValue;
  return { psc, pppValue, value, index: psc > 0 ? value / psc : null };
}

/**
 * `PSC`, `PPP value = PV(§4.2 obligations)`, `VfM = PSC − PPP value`, `index = VfM / PSC` (SPEC §4.4),
 * with `df` the project years' discount factors at the scenario rate and valuation date.
 */
export function valueForMoney(p: PppProject, t: ProjectTime, obligationsTotal: Float64Array, retainedRisk: Float64Array, df: Float64Array, own?: ProjectFlows): Vfm {
  return vfmOf(presentValue(pscFlows(p, t, retainedRisk, own), df), presentValue(obligationsTotal, df));
}
