import type { Repayment } from '../model/scenario.ts';
import { assertNever } from '../model/expand.ts';
import { annuityPvFactor } from './tvm.ts';

export type { Repayment };

/** A loan repaid in annual instalments at year end (SPEC §2 special bonds and platform debt, §4.3 SPV loan). */
export interface LoanTerms {
  /** Amount drawn at the start of repayment year 1, 万元. */
  readonly principal: number;
  /** Annual interest rate, decimal (0.035 = 3.5%); > −1. */
  readonly rate: number;
  /** Whole years from drawdown to maturity, ≥ 1. */
  readonly tenorYears: number;
  /** Interest-only years at the start, whole, 0 ≤ grace < tenor (default 0). */
  readonly graceYears?: number;
  readonly repayment: Repayment;
}

/** Year-by-year schedule, each array of length `tenorYears`, index 0 = first repayment year. */
export interface LoanSchedule {
  readonly opening: Float64Array;
  readonly interest: Float64Array;
  readonly principal: Float64Array;
  readonly payment: Float64Array;
  readonly closing: Float64Array;
}

/**
 * The loan's annual schedule (SPEC §2, §4.3). Year t: `interest_t = opening_t · rate`,
 * `payment_t = interest_t + principal_t`, `closing_t = opening_t − principal_t`. During the
 * `g` grace years only interest is paid; the principal is then amortised over `n = tenor − g`:
 * - `annuity` 等额本息: level payment `A = P·r / (1 − (1+r)^−n)` (`P/n` at r = 0), principal = A − interest;
 * - `equal-principal` 等额本金: `P/n` each year;
 * - `bullet`: all principal in the last year.
 * The last year repays the whole opening balance, so principal repaid sums to `P` and the
 * final closing balance is exactly 0 (floating-point residue absorbed there).
 *
 * @throws RangeError on terms the edge should have rejected (non-integer or out-of-range years, rate ≤ −1, non-finite amounts).
 */
export function loanSchedule(terms: LoanTerms): LoanSchedule {
  const n = terms.tenorYears;
  const out: LoanSchedule = {
    opening: new Float64Array(n), interest: new Float64Array(n), principal: new Float64Array(n),
    payment: new Float64Array(n), closing: new Float64Array(n),
  };
  loanScheduleInto(terms, out);
  return out;
}

/**
 * {@link loanSchedule} written into caller-provided buffers (each of length ≥ tenorYears;
 * entries beyond the tenor are left untouched), for the Monte Carlo year loop (SPEC §1
 * "One engine, run many times").
 */
export function loanScheduleInto(terms: LoanTerms, out: LoanSchedule): void {
  const { principal: p, rate: r, tenorYears: n, repayment } = terms;
  const grace = terms.graceYears ?? 0;
  checkTerms(p, r, n, grace);
  if (Math.min(out.opening.length, out.interest.length, out.principal.length, out.payment.length, out.closing.length) < n) {
    throw new RangeError(`loanScheduleInto: buffers must hold tenorYears = ${n} values`);
  }
  const m = n - grace; // amortising years
  const level = p / annuityPvFactor(r, m);
  let balance = p;
  for (let t = 0; t < n; t++) {
    const interest = balance * r;
    let repaid: number;
    if (t === n - 1) repaid = balance;
    else if (t < grace) repaid = 0;
    else {
      switch (repayment) {
        case 'bullet': repaid = 0; break;
        case 'annuity': repaid = level - interest; break;
        case 'equal-principal': repaid = p / m; break;
        default: return assertNever(repayment);
      }
    }
    out.opening[t] = balance;
    out.interest[t] = interest;
    out.principal[t] = repaid;
    out.payment[t] = interest + repaid;
    balance = t === n - 1 ? 0 : balance - repaid;
    out.closing[t] = balance;
  }
}

function checkTerms(p: number, r: number, n: number, grace: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`loanSchedule: tenorYears must be a whole number ≥ 1, got ${n}`);
  if (!Number.isInteger(grace) || grace < 0 || grace >= n) throw new RangeError(`loanSchedule: graceYears must be a whole number in [0, tenorYears), got ${grace}`);
  if (!Number.isFinite(p)) throw new RangeError(`loanSchedule: principal must be finite, got ${p}`);
  if (!Number.isFinite(r) || r <= -1) throw new RangeError(`loanSchedule: rate must be finite and > −1, got ${r}`);
}
