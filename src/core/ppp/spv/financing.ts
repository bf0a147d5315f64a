/**
 * SPV construction financing (SPEC §4.3): capex funded pro rata by equity and debt
 * (debt = cost × (1 − capital ratio)), drawn at year end; interest during construction on the
 * balance outstanding at the start of each construction year, capitalised into the loan
 * (default) or paid by equity. The loan is then repaid per the finance kernel with grace and
 * tenor counted from operation year 1.
 */
import { loanSchedule, type LoanSchedule } from '../../finance/index.ts';
import type { ProjectTime } from '../projectTime.ts';
import type { PppProject } from '../types.ts';

/** How the capex is funded during construction (SPEC §4.3). */
export interface ConstructionFunding {
  /** SPV equity paid in per project year: capex × capital ratio (+ IDC when paid by equity). */
  readonly equity: Float64Array;
  /** Loan drawn per project year: capex × (1 − capital ratio). */
  readonly debtDraw: Float64Array;
  /** Interest during construction per project year: rate × balance at the start of the year. */
  readonly idc: Float64Array;
  /** Total IDC added to the loan (0 when paid by equity). */
  readonly capitalisedIdc: number;
  /** Loan balance at the start of operation year 1 = draws + capitalised IDC. */
  readonly loanPrincipal: number;
}

/** Funding of the capex during construction (SPEC §4.3). */
export function constructionFunding(p: Pick<PppProject, 'capitalRatio' | 'loan' | 'idc'>, t: ProjectTime, capex: Float64Array): ConstructionFunding {
  const equity = new Float64Array(t.length);
  const debtDraw = new Float64Array(t.length);
  const idc = new Float64Array(t.length);
  const capitalise = p.idc === 'capitalised';
  let balance = 0;
  let capitalisedIdc = 0;
  for (let i = 0; i < t.constructionYears; i++) {
    const c = capex[i] ?? 0;
    const interest = balance * p.loan.rate;
    const draw = c * (1 - p.capitalRatio);
    idc[i] = interest;
    debtDraw[i] = draw;
    equity[i] = c * p.capitalRatio + (capitalise ? 0 : interest);
    if (capitalise) capitalisedIdc += interest;
    balance += draw + (capitalise ? interest : 0);
  }
  return { equity, debtDraw, idc, capitalisedIdc, loanPrincipal: balance };
}

/** The SPV loan's schedule from operation year 1 (SPEC §4.3; finance kernel `loanSchedule`). */
export function spvLoan(p: Pick<PppProject, 'loan'>, principal: number): LoanSchedule {
  return loanSchedule({
    principal,
    rate: p.loan.rate,
    tenorYears: p.loan.tenorYears,
    graceYears: p.loan.graceYears,
    repayment: p.loan.repayment,
  });
}
