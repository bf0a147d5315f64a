/** 股权投资支出 (SPEC §4.2, 财金〔2015〕21号). */
import type { PppProject } from './types.ts';

/**
 * Government equity outlay per project year: `capex_t × capital ratio × government equity share`
 * (SPEC §4.2).
 */
export function equityObligation(p: Pick<PppProject, 'capitalRatio' | 'governmentEquityShare'>, capex: Float64Array): Float64Array {
  const out = new Float64Array(capex.length);
  const k = p.capitalRatio * p.governmentEquityShare;
  for (let i = 0; i < capex.length; i++) out[i] = (capex[i] ?? 0) * k;
  return out;
}

/**
 * `C` of the operating-subsidy formulas (SPEC §4.2): construction cost borne by the private
 * partner = cost − government equity contribution (`private-cost`), or the whole cost
 * (`full-cost`, reproduces published 财承 reports).
 */
export function subsidisedCost(p: Pick<PppProject, 'constructionCost' | 'capitalRatio' | 'governmentEquityShare' | 'subsidy'>): number {
  switch (p.subsidy.base) {
    case 'private-cost':
      return p.constructionCost * (1 - p.capitalRatio * p.governmentEquityShare);
    case 'full-cost':
      return p.constructionCost;
  }
}
