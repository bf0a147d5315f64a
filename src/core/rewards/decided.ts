/**
 * Dynamic management with the commission's decisions (SPEC §12 "Decisions and advances as
 * inputs", §3 "Dynamic management"). Where the commission graded a year, the grade says
 * whether the year failed (不合格) instead of `A_t < failBelow`, and its pay factor scales
 * the performance claims earned that year; where it decided a status, that status stands
 * for the year instead of the §3 rule's. With no decision at all this is exactly
 * `townStatus` (a property test holds it to that).
 */
import type { StatusParams } from './status.ts';
import { STATUS } from './status.ts';
import type { RewardProgram } from './types.ts';

/** No decision in a year (in `status` and `fail`). */
export const NO_DECISION = -1;

/** One town's decisions per year index (aligned with the scenario's years). */
export interface TownDecisions {
  /** Status code decided for year t (`STATUS`), or `NO_DECISION`. */
  readonly status: Int8Array;
  /** 1: the graded year t failed (不合格), 0: it passed, `NO_DECISION`: no grade (the §3 test on `A_t`). */
  readonly fail: Int8Array;
  /** Pay factor of the grade of year t (1 without a grade). */
  readonly payFactor: Float64Array;
}

/** Empty decisions for `years` years. */
export function noDecisions(years: number): TownDecisions {
  return { status: new Int8Array(years).fill(NO_DECISION), fail: new Int8Array(years).fill(NO_DECISION), payFactor: new Float64Array(years).fill(1) };
}

/**
 * Writes each year's status code into `out`. As `townStatus`, with: a decided status
 * replaces the rule's for its year (淘汰 is final; 保留 `active` clears the fail streak, the
 * commission having judged the town in good standing; 整改 leaves the streak as it is); a
 * graded year fails or passes by its grade.
 */
export function decidedTownStatus(A: Float64Array, hasA: Uint8Array, creationIndex: number, p: StatusParams, d: TownDecisions, out: Uint8Array): void {
  let streak = 0;
  let removed = false;
  for (let t = 0; t < out.length; t++) {
    if (t < creationIndex) {
      out[t] = STATUS.inactive;
      continue;
    }
    let s: number = removed ? STATUS.removed : streak >= p.consecutiveFails ? STATUS.removed : streak >= 1 ? STATUS.rectify : STATUS.active;
    if (!removed && d.status[t] !== NO_DECISION) s = d.status[t]!;
    out[t] = s;
    if (s === STATUS.removed) {
      removed = true;
      continue;
    }
    if (s === STATUS.active && d.status[t] !== NO_DECISION) streak = 0;
    const graded = d.fail[t]!;
    if (graded !== NO_DECISION) streak = graded === 1 ? streak + 1 : 0;
    else if (hasA[t] === 1) streak = A[t]! < p.failBelow ? streak + 1 : 0;
  }
}

/** Whether a program's claims follow performance, so a grade's pay factor scales them (milestone, assessment). */
export function gradeScaled(p: RewardProgram): boolean {
  return p.kind === 'milestone' || p.kind === 'assessment';
}

/** Scales the claims earned in each year `t` at `out[off + t]` by that year's pay factor. */
export function applyPayFactor(d: TownDecisions, out: Float64Array, off: number): void {
  for (let t = 0; t < d.payFactor.length; t++) {
    const f = d.payFactor[t]!;
    if (f !== 1) out[off + t] = out[off + t]! * f;
  }
}
