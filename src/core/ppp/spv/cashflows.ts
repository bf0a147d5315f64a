/**
 * SPV cash flows (SPEC §4.3), per project year (index 0 = construction year 1).
 * Revenue = government payments + user revenue; `CFADS = revenue − opex − taxes`; debt service
 * per the loan; dividends = CFADS − debt service (negative → equity injection).
 */
import type { ProjectTime } from '../projectTime.ts';
import type { PppProject } from '../types.ts';
import type { LoanSchedule } from '../../finance/index.ts';
import { constructionFunding, spvLoan, type ConstructionFunding } from './financing.ts';
import { corporateIncomeTax } from './incomeTax.ts';

/** SPV cash flows per project year (SPEC §4.3); index 0 = construction year 1. */
export interface SpvFlows {
  readonly capex: Float64Array;
  /** SPV equity paid in during construction (capex × capital ratio, + IDC when paid by equity). */
  readonly equity: Float64Array;
  readonly debtDraw: Float64Array;
  readonly idc: Float64Array;
  /** IDC added to the loan per year (the IDC itself when capitalised, else 0). */
  readonly idcCapitalised: Float64Array;
  /** Government payments received (the operating subsidy), VAT included. */
  readonly governmentPayments: Float64Array;
  readonly userRevenue: Float64Array;
  /** governmentPayments + userRevenue */
  readonly revenue: Float64Array;
  readonly opex: Float64Array;
  readonly depreciation: Float64Array;
  /** Loan interest in operation years. */
  readonly interest: Float64Array;
  /** revenue − VAT − opex − depreciation − interest, before losses carried forward. */
  readonly taxableIncome: Float64Array;
  readonly incomeTax: Float64Array;
  /** Output VAT on government payments, `S·v/(1+v)`. */
  readonly vat: Float64Array;
  /** incomeTax + vat */
  readonly taxes: Float64Array;
  readonly cfads: Float64Array;
  readonly debtService: Float64Array;
  /** Loan balance at the start of each operation year within the tenor (0 elsewhere). */
  readonly loanOpening: Float64Array;
  readonly dividends: Float64Array;
  /** max(0, −dividends): cash the shareholders must put in. */
  readonly equityInjection: Float64Array;
  /** Index of the last debt-service year, −1 without a loan. */
  readonly maturityIndex: number;
}

/**
 * The SPV's cash flows (SPEC §4.3). Depreciation is straight-line of (capex + capitalised IDC)
 * over the operation years; corporate income tax carries losses forward 5 years; VAT on
 * government payments (when set) is borne by the SPV out of the VAT-inclusive payment.
 */
export function spvCashFlows(p: PppProject, t: ProjectTime, capex: Float64Array, governmentPayments: Float64Array, userRevenue: Float64Array, opex: Float64Array): SpvFlows {
  const f = constructionFunding(p, t, capex);
  return spvFlowsFunded(p, t, capex, governmentPayments, userRevenue, opex, f, spvFinanceRows(p, t, capex, f, spvLoan(p, f.loanPrincipal)));
}

/** The SPV rows that read only the capex, the funding and the loan (SPEC §4.3): the same on every Monte Carlo path. */
export interface SpvFinanceRows {
  readonly idcCapitalised: Float64Array;
  /** Straight-line depreciation of (capex + capitalised IDC) per operation year. */
  readonly annualDepreciation: number;
  readonly depreciation: Float64Array;
  readonly interest: Float64Array;
  readonly debtService: Float64Array;
  readonly loanOpening: Float64Array;
  readonly maturityIndex: number;
}

/** Capitalised IDC, depreciation and the loan's interest, debt service and opening balance per project year (SPEC §4.3). */
export function spvFinanceRows(p: PppProject, t: ProjectTime, capex: Float64Array, f: ConstructionFunding, loan: LoanSchedule): SpvFinanceRows {
  const L = t.length;
  const c = t.constructionYears;
  let totalCapex = 0;
  for (let i = 0; i < c; i++) totalCapex += capex[i] ?? 0;
  const annualDepreciation = t.operationYears > 0 ? (totalCapex + f.capitalisedIdc) / t.operationYears : 0;
  const idcCapitalised = new Float64Array(L);
  const depreciation = new Float64Array(L);
  const interest = new Float64Array(L);
  const debtService = new Float64Array(L);
  const loanOpening = new Float64Array(L);
  if (p.idc === 'capitalised') idcCapitalised.set(f.idc);
  for (let i = c; i < L; i++) {
    const n = i - c; // 0-based operation year = loan year
    depreciation[i] = annualDepreciation;
    if (n < p.loan.tenorYears) {
      interest[i] = loan.interest[n] ?? 0;
      debtService[i] = loan.payment[n] ?? 0;
      loanOpening[i] = loan.opening[n] ?? 0;
    }
  }
  const maturityIndex = f.loanPrincipal > 0 ? c + Math.min(p.loan.tenorYears, t.operationYears) - 1 : -1;
  return { idcCapitalised, annualDepreciation, depreciation, interest, debtService, loanOpening, maturityIndex };
}

/**
 * `spvCashFlows` with the construction funding and the finance rows given: they read only
 * the capex and the loan terms, so a Monte Carlo path reuses them (SPEC §4.3, §8).
 */
export function spvFlowsFunded(
  p: PppProject, t: ProjectTime, capex: Float64Array, governmentPayments: Float64Array, userRevenue: Float64Array, opex: Float64Array,
  f: ConstructionFunding, rows: SpvFinanceRows,
): SpvFlows {
  const L = t.length;
  const c = t.constructionYears;
  const { annualDepreciation: annualDep, interest, debtService } = rows;
  const vatRate = p.taxes.vatOnGovernmentPayments ?? 0;
  // the eight per-year rows share one buffer: one allocation instead of eight (each row its own view)
  const buffer = new ArrayBuffer(8 * L * Float64Array.BYTES_PER_ELEMENT);
  const row = (k: number): Float64Array => new Float64Array(buffer, k * L * Float64Array.BYTES_PER_ELEMENT, L);
  const revenue = row(0);
  const taxableIncome = row(1);
  const vat = row(2);
  for (let i = c; i < L; i++) {
    const g = governmentPayments[i] ?? 0;
    revenue[i] = g + (userRevenue[i] ?? 0);
    vat[i] = (g * vatRate) / (1 + vatRate);
    taxableIncome[i] = (revenue[i] ?? 0) - (vat[i] ?? 0) - (opex[i] ?? 0) - annualDep - (interest[i] ?? 0);
  }
  const incomeTax = row(3);
  incomeTax.set(corporateIncomeTax(taxableIncome, p.taxes.corporateIncomeTax));
  for (let i = 0; i < c; i++) incomeTax[i] = 0; // no income before operation
  const taxes = row(4);
  const cfads = row(5);
  const dividends = row(6);
  const equityInjection = row(7);
  for (let i = c; i < L; i++) {
    taxes[i] = (incomeTax[i] ?? 0) + (vat[i] ?? 0);
    cfads[i] = (revenue[i] ?? 0) - (opex[i] ?? 0) - (taxes[i] ?? 0);
    dividends[i] = (cfads[i] ?? 0) - (debtService[i] ?? 0);
    equityInjection[i] = Math.max(0, -(dividends[i] ?? 0));
  }
  return {
    capex, equity: f.equity, debtDraw: f.debtDraw, idc: f.idc, idcCapitalised: rows.idcCapitalised, governmentPayments, userRevenue,
    revenue, opex, depreciation: rows.depreciation, interest, taxableIncome, incomeTax, vat, taxes, cfads, debtService,
    loanOpening: rows.loanOpening, dividends, equityInjection, maturityIndex: rows.maturityIndex,
  };
}
