/**
 * A project base's figures on the scenario's years (SPEC §6, §10), kept per horizon length:
 * the fen-rounded obligation rows that do not read demand, the hidden debt of the guaranteed
 * terms, and the PPP commitments when the obligations' total is path-independent. A Monte
 * Carlo path (SPEC §8) reuses them instead of rounding and discounting the same values again.
 */
import type { PppResult } from '../result.ts';
import { addProjectCommitments } from './commitments.ts';
import { projectHiddenDebt } from './hiddenDebt.ts';
import { obligationRows, roundedOnYears } from './output.ts';
import type { ProjectRun } from './project.ts';
import type { ProjectBase } from './projectBase.ts';

/** One base over `count` years from its start year; arrays shared by every path: never written. */
export interface BaseYears {
  readonly count: number;
  /** Hidden debt at each year end; null when the project has no guaranteed terms (all 0). */
  readonly hiddenDebt: Float64Array | null;
  /** The project's `C_t` terms (`addProjectCommitments`) when its total does not read demand; else null. */
  readonly commitments: Float64Array | null;
  /** The five rounded rows and total when the operating subsidy does not read demand; else null. */
  readonly obligations: PppResult['obligations'] | null;
  /** The four rounded rows that never read demand. */
  readonly rounded: { readonly equity: number[]; readonly riskBearing: number[]; readonly supportingInputs: number[]; readonly constructionSupport: number[] };
}

const YEARS = new WeakMap<ProjectBase, BaseYears[]>();
const PER_BASE = 4;

/**
 * `b` on `count` years from its start year. Memo safety: every figure reads only the base
 * (itself memoised on the project's unshocked fields and the valuation) and `count`; `run` is
 * any run from `b` (its demand-independent parts are the base's own arrays).
 */
export function baseYears(b: ProjectBase, run: ProjectRun, count: number): BaseYears {
  const list = YEARS.get(b);
  const hit = list?.find((y) => y.count === count);
  if (hit) return hit;
  const { startYear, time } = b;
  const on = (v: Float64Array): number[] => roundedOnYears(v, time.firstYear, startYear, count);
  const rounded = { equity: on(b.equity), riskBearing: on(b.riskBearing), supportingInputs: on(b.supportingInputs), constructionSupport: on(b.constructionSupport) };
  let commitments: Float64Array | null = null;
  if (b.total) {
    commitments = new Float64Array(count);
    addProjectCommitments(commitments, b.total, time.firstYear, b.discountRate, startYear);
  }
  const y: BaseYears = {
    count,
    hiddenDebt: b.project.guarantees.length > 0 ? projectHiddenDebt(run, startYear, count) : null,
    commitments,
    obligations: b.paid ? obligationRows(rounded.equity, on(b.paid), rounded.riskBearing, rounded.supportingInputs, rounded.constructionSupport) : null,
    rounded,
  };
  if (!list) YEARS.set(b, [y]);
  else {
    if (list.length >= PER_BASE) list.shift();
    list.push(y);
  }
  return y;
}

/** The run's rounded obligation rows on the scenario's years, redoing only the operating subsidy when it reads demand. */
export function baseObligations(y: BaseYears, run: ProjectRun, startYear: number): PppResult['obligations'] {
  if (y.obligations) return y.obligations;
  const r = y.rounded;
  const paid = roundedOnYears(run.obligations.operatingSubsidy, run.time.firstYear, startYear, y.count);
  return obligationRows(r.equity, paid, r.riskBearing, r.supportingInputs, r.constructionSupport);
}
