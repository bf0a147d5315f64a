/**
 * The SPV's sources = uses identity per project year (SPEC §4.3), the check that every cash
 * flow has been accounted for.
 */
import type { SpvFlows } from './cashflows.ts';

/** Cash sources and uses per project year (SPEC §4.3). */
export interface SourcesUses {
  /** equity paid in + loan drawn + IDC capitalised + revenue + equity injections */
  readonly sources: Float64Array;
  /** capex + IDC + opex + taxes + debt service + dividends paid out */
  readonly uses: Float64Array;
}

/** Sources and uses of cash per project year (SPEC §4.3). */
export function sourcesAndUses(f: SpvFlows): SourcesUses {
  const n = f.capex.length;
  const sources = new Float64Array(n);
  const uses = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    sources[i] = (f.equity[i] ?? 0) + (f.debtDraw[i] ?? 0) + (f.idcCapitalised[i] ?? 0) + (f.revenue[i] ?? 0) + (f.equityInjection[i] ?? 0);
    uses[i] = (f.capex[i] ?? 0) + (f.idc[i] ?? 0) + (f.opex[i] ?? 0) + (f.taxes[i] ?? 0) + (f.debtService[i] ?? 0) + Math.max(0, f.dividends[i] ?? 0);
  }
  return { sources, uses };
}
