/**
 * The output boundary of a project run (SPEC §1 "Arithmetic", §10 `ppp[]`): project arrays on
 * the scenario's years, government obligations rounded to the fen (the total is the sum of the
 * rounded components, so it foots), no NaN/Infinity.
 */
import { FEN_PER_WAN, roundFen } from '../ledger/index.ts';
import type { PppResult } from '../result.ts';
import { nullableOnYears, onYears } from './onYears.ts';
import type { ProjectRun } from './project.ts';

/** Fen-rounded copy; zeros skip the decimal arithmetic. */
export function roundSeriesFen(values: Float64Array): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    out[i] = v === 0 ? 0 : roundFen(v);
  }
  return out;
}

/**
 * Per-year sum of rows already rounded to the fen, so that the total foots (SPEC §1). Each row
 * value is the double nearest a whole number of fen, so `Math.round(v·10^6)` is that number
 * exactly (|v| far below 2^53 fen); the sum is taken in whole fen, as `sumFen` does, without
 * re-parsing decimals.
 */
export function footRows(rows: readonly (readonly number[])[], count: number): number[] {
  const out = new Array<number>(count).fill(0);
  for (let k = 0; k < count; k++) {
    let fen = 0;
    for (const r of rows) fen += Math.round((r[k] ?? 0) * FEN_PER_WAN);
    out[k] = fen === 0 ? 0 : fen / FEN_PER_WAN;
  }
  return out;
}

/**
 * A project's government obligations on the scenario's years, each type rounded to the fen,
 * the total the sum of the rounded rows (SPEC §4.4, §10 `ppp[].obligations`).
 */
export function toObligations(run: ProjectRun, startYear: number, count: number): PppResult['obligations'] {
  const on = (v: Float64Array): number[] => roundedOnYears(v, run.time.firstYear, startYear, count);
  const o = run.obligations;
  return obligationRows(on(o.equity), on(o.operatingSubsidy), on(o.riskBearing), on(o.supportingInputs), on(o.constructionSupport));
}

/** Project-year values on the `count` scenario years from `startYear`, each rounded to the fen (SPEC §1). */
export function roundedOnYears(v: Float64Array, firstYear: number, startYear: number, count: number): number[] {
  return roundSeriesFen(onYears(v, firstYear, startYear, count));
}

/** The §10 obligation rows from the five rounded rows: the total is their footed sum (SPEC §1, §4.4). */
export function obligationRows(
  equity: number[], operatingSubsidy: number[], riskBearing: number[], supportingInputs: number[], constructionSupport: number[],
): PppResult['obligations'] {
  return {
    equity, operatingSubsidy, riskBearing, supportingInputs, constructionSupport,
    total: footRows([equity, operatingSubsidy, riskBearing, supportingInputs, constructionSupport], equity.length),
  };
}

const finite = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

/** `PppResult` of SPEC §10 for one project, aligned with the `count` years from `startYear`. */
export function toPppResult(run: ProjectRun, startYear: number, count: number, obligations: PppResult['obligations'] = toObligations(run, startYear, count)): PppResult {
  const f = run.time.firstYear;
  const on = (v: Float64Array): Float64Array => onYears(v, f, startYear, count);
  const s = run.spv;
  const plain = (v: Float64Array): number[] => Array.from(on(v));
  const m = run.metrics;
  return {
    id: run.project.id,
    obligations,
    spv: {
      capex: plain(s.capex), revenue: plain(s.revenue), opex: plain(s.opex), taxes: plain(s.taxes),
      cfads: plain(s.cfads), debtService: plain(s.debtService), dividends: plain(s.dividends),
    },
    projectIrr: finite(m.projectIrr),
    equityIrr: finite(m.equityIrr),
    npv: m.npv,
    dscr: nullableOnYears(m.dscr, f, startYear, count).map(finite),
    minDscr: finite(m.minDscr),
    avgDscr: finite(m.avgDscr),
    llcr: nullableOnYears(m.llcr, f, startYear, count).map(finite),
    vfm: { psc: run.vfm.psc, pppValue: run.vfm.pppValue, value: run.vfm.value, index: finite(run.vfm.index) },
  };
}
