/**
 * One PPP project end to end, on its own calendar (SPEC §4.2–4.4): obligations, SPV cash flows
 * and metrics, value for money. Pure; allocation is a few typed arrays per project.
 */
import type { DiscountRate } from '../model/scenario.ts';
import { projectObligations, type ProjectObligations } from './obligations.ts';
import { capexSchedule, operationSeries, projectTime, type ProjectTime } from './projectTime.ts';
import { spvCashFlows, type SpvFlows } from './spv/cashflows.ts';
import { projectDiscountFactors, spvMetrics, type SpvMetrics } from './spv/metrics.ts';
import { baseRunParts, projectBase, runsFromBase } from './projectBase.ts';
import type { PppProject } from './types.ts';
import { valueForMoney, type Vfm } from './vfm.ts';

/** A project run over its whole cooperation term, on its own calendar (SPEC §4.2–4.4). */
export interface ProjectRun {
  readonly project: PppProject;
  readonly time: ProjectTime;
  readonly obligations: ProjectObligations;
  readonly spv: SpvFlows;
  readonly metrics: SpvMetrics;
  readonly vfm: Vfm;
}

/** Valuation context: the scenario discount rate and start year (valuation date 1 January). SPEC §1. */
export interface Valuation {
  readonly discountRate: DiscountRate;
  readonly startYear: number;
}

/**
 * Runs one project over its whole cooperation term (SPEC §4.2–4.4). Without a rate shift in
 * force, from the project's memoised path-independent base (`projectBase.ts`): the same
 * arithmetic on the same inputs, so the same doubles as `runProjectFull`.
 */
export function runProject(p: PppProject, v: Valuation): ProjectRun {
  if (!runsFromBase(p)) return runProjectFull(p, v);
  const b = projectBase(p, v.discountRate, v.startYear);
  return { project: p, time: b.time, ...baseRunParts(b, p) };
}

/** `runProject` computed from scratch, every step (the reference the base must agree with). */
export function runProjectFull(p: PppProject, v: Valuation): ProjectRun {
  const time = projectTime(p);
  const capex = capexSchedule(p, time);
  const opex = operationSeries(p.operatingCost, time);
  const userRevenue = operationSeries(p.userRevenue, time, p.demandFactor);
  const obligations = projectObligations(p, time, v.discountRate, capex, opex, userRevenue);
  const spv = spvCashFlows(p, time, capex, obligations.operatingSubsidy, userRevenue, opex);
  const df = projectDiscountFactors(time.length, time.firstYear, v.discountRate, v.startYear);
  const metrics = spvMetrics(spv, time, p.loan.rate, df);
  const vfm = valueForMoney(p, time, obligations.total, obligations.riskBearing, df, { capex, opex, userRevenue });
  return { project: p, time, obligations, spv, metrics, vfm };
}
