/**
 * SPV performance figures (SPEC §4.3): project IRR and npv on `−capex + CFADS`, equity IRR on
 * `−equity + dividends`, DSCR per debt-service year, min/avg DSCR and LLCR.
 */
import { irr } from '../../finance/index.ts';
import type { DiscountRate } from '../../model/scenario.ts';
import { discountFactor } from '../../model/timeline.ts';
import type { ProjectTime } from '../projectTime.ts';
import type { SpvFlows } from './cashflows.ts';

/** SPV figures of SPEC §4.3 over the whole term; series per project year. */
export interface SpvMetrics {
  readonly projectIrr: number | null;
  readonly equityIrr: number | null;
  /** PV at 1 January of startYear of `−capex + CFADS` at the scenario discount rate. */
  readonly npv: number;
  /** Per project year; null outside operation years with debt service. */
  readonly dscr: readonly (number | null)[];
  readonly minDscr: number | null;
  readonly avgDscr: number | null;
  /** Per project year; null when the opening balance is 0. */
  readonly llcr: readonly (number | null)[];
}

/** `−capex_t + CFADS_t` per project year (SPEC §4.3). */
export function projectCashFlows(f: SpvFlows): Float64Array {
  const out = new Float64Array(f.cfads.length);
  for (let i = 0; i < out.length; i++) out[i] = (f.cfads[i] ?? 0) - (f.capex[i] ?? 0);
  return out;
}

/** `−equity_t + dividends_t` per project year (SPEC §4.3); dividends may be negative (injections). */
export function equityCashFlows(f: SpvFlows): Float64Array {
  const out = new Float64Array(f.cfads.length);
  for (let i = 0; i < out.length; i++) out[i] = (f.dividends[i] ?? 0) - (f.equity[i] ?? 0);
  return out;
}

/**
 * Discount factors of the project years (index 0 = `firstYear`) at the scenario's valuation
 * date, 1 January of startYear (SPEC §1): `1/(1+r_n)^n`, n = year − startYear + 1.
 */
export function projectDiscountFactors(length: number, firstYear: number, rate: DiscountRate, startYear: number): Float64Array {
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = discountFactor(rate, startYear, firstYear + i);
  return out;
}

/** Present value of project-year flows with the factors of `projectDiscountFactors`: `Σ v_i·df_i`. */
export function presentValue(values: ArrayLike<number>, df: Float64Array): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += (values[i] ?? 0) * (df[i] ?? 0);
  return s;
}

/** `DSCR_t = CFADS_t / debt service_t` in operation years with debt service, else null (SPEC §4.3). */
export function dscrSeries(f: SpvFlows, t: ProjectTime): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(t.length).fill(null);
  for (let i = t.constructionYears; i < t.length; i++) {
    const ds = f.debtService[i] ?? 0;
    if (ds > 0) out[i] = (f.cfads[i] ?? 0) / ds;
  }
  return out;
}

/**
 * `LLCR_t = Σ_{j=t..maturity} CFADS_j/(1+i)^(j−t+1) / opening balance_t`, i the loan rate;
 * null when the opening balance is 0 (SPEC §4.3).
 */
export function llcrSeries(f: SpvFlows, t: ProjectTime, loanRate: number): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(t.length).fill(null);
  let pv = 0; // Σ_{j=t..maturity} CFADS_j/(1+i)^(j−t+1), built backwards
  for (let i = f.maturityIndex; i >= t.constructionYears; i--) {
    pv = (pv + (f.cfads[i] ?? 0)) / (1 + loanRate);
    const opening = f.loanOpening[i] ?? 0;
    if (opening > 0) out[i] = pv / opening;
  }
  return out;
}

/** All SPV metrics of SPEC §4.3 over the project's whole life. */
export function spvMetrics(f: SpvFlows, t: ProjectTime, loanRate: number, df: Float64Array): SpvMetrics {
  // min and mean of the DSCR series (`dscrSeries`: the years with debt service, in order)
  let min: number | null = null;
  let sum = 0;
  let count = 0;
  for (let i = t.constructionYears; i < t.length; i++) {
    const ds = f.debtService[i] ?? 0;
    if (!(ds > 0)) continue;
    const d = (f.cfads[i] ?? 0) / ds;
    min = min === null ? d : Math.min(min, d);
    sum += d;
    count++;
  }
  // The npv and IRRs (a root search each) and the DSCR and LLCR series are computed when first
  // read: only the output boundary reads them, so a Monte Carlo path (SPEC §1 "One engine") does not pay for them.
  let flows: Float64Array | undefined;
  const projectFlows = (): Float64Array => (flows ??= projectCashFlows(f));
  let npv: number | undefined;
  let projectIrr: number | null | undefined;
  let equityIrr: number | null | undefined;
  let dscr: (number | null)[] | undefined;
  let llcr: (number | null)[] | undefined;
  return {
    get projectIrr(): number | null {
      return projectIrr === undefined ? (projectIrr = irr(projectFlows())) : projectIrr;
    },
    get equityIrr(): number | null {
      return equityIrr === undefined ? (equityIrr = irr(equityCashFlows(f))) : equityIrr;
    },
    get npv(): number {
      if (npv === undefined) {
        const v = presentValue(projectFlows(), df);
        npv = Number.isFinite(v) ? v : 0;
      }
      return npv;
    },
    get dscr(): (number | null)[] {
      return (dscr ??= dscrSeries(f, t));
    },
    minDscr: min,
    avgDscr: count > 0 ? sum / count : null,
    get llcr(): (number | null)[] {
      return (llcr ??= llcrSeries(f, t, loanRate));
    },
  };
}
