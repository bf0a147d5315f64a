/**
 * What a project run does not owe to a Monte Carlo path's shocks (SPEC §8: a project's only
 * shocks are its demand factor and, when `rateIndexed`, the rate shift): the calendar, capex,
 * opex, the unscaled user revenue, the equity, risk, supporting-input and construction-support
 * rows, the performance-linked subsidy, the SPV's construction funding and loan, the discount
 * factors and the PSC's reference flows — computed once per project and valuation, and the
 * whole run when nothing in it reads demand (SPEC §1 "One engine, run many times").
 */
import type { DiscountRate } from '../model/scenario.ts';
import { equityObligation } from './equity.ts';
import { obligationsTotal, type ProjectObligations } from './obligations.ts';
import { activeShift, linkedSubsidy, paidSubsidy, type LinkedSubsidy } from './operatingSubsidy.ts';
import { capexSchedule, operationSeries, projectTime, type ProjectTime } from './projectTime.ts';
import { riskBearingObligation } from './riskBearing.ts';
import { constructionFunding, spvLoan, type ConstructionFunding } from './spv/financing.ts';
import { spvFinanceRows, spvFlowsFunded, type SpvFinanceRows, type SpvFlows } from './spv/cashflows.ts';
import { presentValue, projectDiscountFactors, spvMetrics, type SpvMetrics } from './spv/metrics.ts';
import { supportingInputsObligation } from './supportingInputs.ts';
import type { PppProject } from './types.ts';
import { pscValueOf, vfmOf, type Vfm } from './vfm.ts';

/** The fields a path may change (SPEC §8); every other field of a project is read by the base. */
type Shocked = 'demandFactor' | 'rateShift';

/**
 * True when `a` and `b` hold the same value or object in every unshocked field (`UNSHOCKED_FIELDS`;
 * field by field, not a loop over keys, as it runs once per project and path).
 */
export function sameUnshocked(a: PppProject, b: PppProject): boolean {
  return a.loan === b.loan && a.psc === b.psc && a.id === b.id && a.name === b.name && a.town === b.town
    && a.mechanism === b.mechanism && a.procurementYear === b.procurementYear && a.constructionStartYear === b.constructionStartYear
    && a.constructionCost === b.constructionCost && a.constructionSchedule === b.constructionSchedule
    && a.operationYears === b.operationYears && a.capitalRatio === b.capitalRatio && a.governmentEquityShare === b.governmentEquityShare
    && a.idc === b.idc && a.operatingCost === b.operatingCost && a.userRevenue === b.userRevenue && a.profitRate === b.profitRate
    && a.subsidy === b.subsidy && a.performance === b.performance && a.concessionSubsidy === b.concessionSubsidy
    && a.riskBearing === b.riskBearing && a.supportingInputs === b.supportingInputs && a.taxes === b.taxes && a.payer === b.payer
    && a.guarantees === b.guarantees && a.register === b.register && a.regime === b.regime && a.ringFenced === b.ringFenced
    && a.constructionSupport === b.constructionSupport && a.rateIndexed === b.rateIndexed && a.approvedEstimate === b.approvedEstimate;
}

/**
 * Every unshocked field of `PppProject`, each compared by `sameUnshocked`: the compiler makes a
 * new field be listed here, and the test checks `sameUnshocked` tells each of them apart.
 */
export const UNSHOCKED_FIELDS: Readonly<Record<Exclude<keyof PppProject, Shocked>, true>> = {
  id: true, name: true, town: true, mechanism: true, procurementYear: true, constructionStartYear: true,
  constructionCost: true, constructionSchedule: true, operationYears: true, capitalRatio: true,
  governmentEquityShare: true, loan: true, idc: true, operatingCost: true, userRevenue: true, profitRate: true,
  subsidy: true, performance: true, concessionSubsidy: true, riskBearing: true, supportingInputs: true, taxes: true,
  payer: true, guarantees: true, register: true, psc: true, regime: true, ringFenced: true, constructionSupport: true,
  rateIndexed: true, approvedEstimate: true,
};

/** A project's path-independent part (see the module note); arrays per project year, shared: never written. */
export interface ProjectBase {
  /** The project it was computed for: its unshocked fields are the base's inputs. */
  readonly project: PppProject;
  readonly discountRate: DiscountRate;
  readonly startYear: number;
  readonly time: ProjectTime;
  readonly capex: Float64Array;
  readonly opex: Float64Array;
  /** User revenue at demand factor 1. */
  readonly revenue: Float64Array;
  /** `revenue` is 0 in every year: user revenue × any demand factor ≥ 0 is `revenue` itself. */
  readonly revenueZero: boolean;
  readonly equity: Float64Array;
  readonly riskBearing: Float64Array;
  readonly supportingInputs: Float64Array;
  readonly constructionSupport: Float64Array;
  /** K_n, M_n and the linked subsidy as contracted (no rate shift). */
  readonly subsidy: LinkedSubsidy;
  /** S_n when it does not read user revenue (not `viability-gap`, or no user revenue); else null. */
  readonly paid: Float64Array | null;
  /** The obligations' total for `paid`; null with it. */
  readonly total: Float64Array | null;
  readonly funding: ConstructionFunding;
  /** The SPV's capitalised IDC, depreciation and loan rows. */
  readonly finance: SpvFinanceRows;
  /** Discount factors of the project years at the valuation date. */
  readonly df: Float64Array;
  readonly pscCapex: Float64Array;
  readonly pscOpex: Float64Array;
  readonly neutrality: Float64Array;
  /** The PSC's own third-party revenue at demand 1; null = the project's user revenue. */
  readonly pscRevenue: Float64Array | null;
  /** The PSC revenue is 0 in every year. */
  readonly pscRevenueZero: boolean;
  /** The whole run's obligations, SPV, metrics and VfM when none of them reads demand; else null. */
  readonly fixed: { readonly obligations: ProjectObligations; readonly spv: SpvFlows; readonly metrics: SpvMetrics; readonly vfm: Vfm } | null;
}

const allZero = (a: Float64Array): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== 0) return false;
  return true;
};

/** `values × factor` per year (the `operationSeries` factor applied to unscaled values: the same doubles). */
function scaled(values: Float64Array, factor: number, out: Float64Array = new Float64Array(values.length)): Float64Array {
  for (let i = 0; i < values.length; i++) out[i] = values[i]! * factor;
  return out;
}

function computeBase(p: PppProject, discountRate: DiscountRate, startYear: number): ProjectBase {
  const time = projectTime(p);
  const capex = capexSchedule(p, time);
  const opex = operationSeries(p.operatingCost, time);
  const revenue = operationSeries(p.userRevenue, time);
  const revenueZero = allZero(revenue);
  const equity = equityObligation(p, capex);
  const riskBearing = riskBearingObligation(p.riskBearing, time, capex, opex);
  const supportingInputs = supportingInputsObligation(p.supportingInputs, time);
  const constructionSupport = capexSchedule({ constructionCost: p.constructionSupport, constructionSchedule: p.constructionSchedule }, time);
  const subsidy = linkedSubsidy(p, time, discountRate, opex, null);
  const paid = p.mechanism !== 'viability-gap' || revenueZero ? paidSubsidy(p, time, subsidy.linked, revenue) : null;
  const total = paid ? obligationsTotal(equity, paid, riskBearing, supportingInputs, constructionSupport) : null;
  const funding = constructionFunding(p, time, capex);
  const finance = spvFinanceRows(p, time, capex, funding, spvLoan(p, funding.loanPrincipal));
  const df = projectDiscountFactors(time.length, time.firstYear, discountRate, startYear);
  const ref = p.psc;
  const pscCapex = ref.constructionCost === null ? capex
    : capexSchedule({ constructionCost: ref.constructionCost, constructionSchedule: p.constructionSchedule }, time);
  const pscOpex = ref.operatingCost === null ? opex : operationSeries(ref.operatingCost, time);
  const neutrality = operationSeries(ref.competitiveNeutrality, time);
  const pscRevenue = ref.userRevenue === null ? null : operationSeries(ref.userRevenue, time);
  const pscRevenueZero = pscRevenue === null ? revenueZero : allZero(pscRevenue);
  const base: Omit<ProjectBase, 'fixed'> = {
    project: p, discountRate, startYear, time, capex, opex, revenue, revenueZero, equity, riskBearing, supportingInputs,
    constructionSupport, subsidy, paid, total, funding, finance, df, pscCapex, pscOpex, neutrality, pscRevenue, pscRevenueZero,
  };
  const fixed = paid && total && revenueZero && pscRevenueZero ? demandRun(base, p, 0) : null;
  return { ...base, fixed };
}

/** Bases by a sub-object every path keeps (`loan`), each checked field by field (up to `PER_KEY` per key). */
const BASES = new WeakMap<object, ProjectBase[]>();
/** Bases kept per key object: scenarios whose projects share one sub-object (a programmatic scenario) still hit. */
const PER_KEY = 64;

/**
 * The base of `p` at this valuation. Memo safety: the base reads only `p`'s unshocked fields
 * (compared by identity with those it was computed from; scenario objects are never mutated),
 * the discount rate (by identity) and the start year.
 */
export function projectBase(p: PppProject, discountRate: DiscountRate, startYear: number): ProjectBase {
  const list = BASES.get(p.loan);
  if (list) {
    for (const b of list) {
      if (b.discountRate === discountRate && b.startYear === startYear && (b.project === p || sameUnshocked(b.project, p))) return b;
    }
  }
  const b = computeBase(p, discountRate, startYear);
  if (list) {
    if (list.length >= PER_KEY) list.shift();
    list.push(b);
  } else BASES.set(p.loan, [b]);
  return b;
}

/** The run's demand-dependent parts from the base, for a demand factor `d ≥ 0` and no rate shift (SPEC §4.2–4.4). */
function demandRun(b: Omit<ProjectBase, 'fixed'>, p: PppProject, d: number): NonNullable<ProjectBase['fixed']> {
  const t = b.time;
  // the (up to) three demand rows share one buffer: one allocation instead of three
  const L = t.length;
  const size = L * Float64Array.BYTES_PER_ELEMENT;
  const buffer = new ArrayBuffer(b.revenueZero && b.paid ? 0 : 3 * size);
  const userRevenue = b.revenueZero ? b.revenue : scaled(b.revenue, d, new Float64Array(buffer, 0, L));
  const paid = b.paid ?? paidSubsidy(p, t, b.subsidy.linked, userRevenue, new Float64Array(buffer, size, L));
  const total = b.total ?? obligationsTotal(b.equity, paid, b.riskBearing, b.supportingInputs, b.constructionSupport, new Float64Array(buffer, 2 * size, L));
  const obligations: ProjectObligations = {
    equity: b.equity, operatingSubsidy: paid, riskBearing: b.riskBearing, supportingInputs: b.supportingInputs,
    constructionSupport: b.constructionSupport, total,
    subsidyParts: { construction: b.subsidy.construction, operation: b.subsidy.operation, paid },
  };
  const spv = spvFlowsFunded(p, t, b.capex, paid, userRevenue, b.opex, b.funding, b.finance);
  const metrics = spvMetrics(spv, t, p.loan.rate, b.df);
  // the PSC's own revenue × d inside the sum, as `operationSeries` would scale it (zeros need no factor)
  const own = b.pscRevenue === null;
  const pscRevenue = b.pscRevenue ?? userRevenue;
  const psc = pscValueOf(p, { capex: b.pscCapex, opex: b.pscOpex, userRevenue: pscRevenue }, b.neutrality, b.riskBearing, b.df, own || b.pscRevenueZero ? 1 : d);
  return { obligations, spv, metrics, vfm: vfmOf(psc, presentValue(total, b.df)) };
}

/** A run's parts for `p` (SPEC §4.2–4.4): from the base, redoing only what the demand factor moves. */
export function baseRunParts(b: ProjectBase, p: PppProject): NonNullable<ProjectBase['fixed']> {
  return b.fixed ?? demandRun(b, p, p.demandFactor);
}

/** True when `p` can run from a base: no rate shift in force and a demand factor that is a finite number ≥ 0. */
export function runsFromBase(p: PppProject): boolean {
  return activeShift(p) === null && Number.isFinite(p.demandFactor) && p.demandFactor >= 0;
}
