/** 风险承担支出 (SPEC §4.2, 财金〔2015〕21号). */
import { assertNever } from '../model/expand.ts';
import type { ProjectTime } from './projectTime.ts';
import type { RiskBearing, RiskCase, RiskPeriod } from './types.ts';

/** Expected value of the scenario method: `Σ amount × probability` (SPEC §4.2). */
export function expectedRiskCost(cases: readonly RiskCase[]): number {
  let s = 0;
  for (const c of cases) s += c.amount * c.probability;
  return s;
}

function inPeriod(period: RiskPeriod, t: ProjectTime, i: number): boolean {
  switch (period) {
    case 'construction':
      return i < t.constructionYears;
    case 'operation':
      return i >= t.constructionYears;
    case 'cooperation':
      return true;
    default:
      return assertNever(period);
  }
}

/**
 * Risk bearing per project year (SPEC §4.2): `proportion` = `r_c·capex_t + r_o·opex_t` in the
 * year incurred; `scenarios` = `Σ amount × probability` in every year of its period.
 */
export function riskBearingObligation(rb: RiskBearing, t: ProjectTime, capex: Float64Array, opex: Float64Array): Float64Array {
  const out = new Float64Array(t.length);
  switch (rb.kind) {
    case 'proportion':
      for (let i = 0; i < t.length; i++) out[i] = rb.construction * (capex[i] ?? 0) + rb.operation * (opex[i] ?? 0);
      return out;
    case 'scenarios': {
      const e = expectedRiskCost(rb.cases);
      for (let i = 0; i < t.length; i++) if (inPeriod(rb.period, t, i)) out[i] = e;
      return out;
    }
    default:
      return assertNever(rb);
  }
}
