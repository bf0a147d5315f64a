/**
 * The public version of a settlement (SPEC §12 "Data provenance": taxpayer data are
 * confidential, so town-level tax appears in shared outputs only in aggregate): every
 * town's tax actual and target is removed from its chain, leaving the achievement ratio;
 * the district lines keep the sums of their towns' tax.
 */
import { TAX_KPI } from './taxKpi.ts';
import type { Settlement } from './types.ts';

/** The settlement with town-level tax figures removed (district aggregates kept). */
export function publicSettlement(s: Settlement): Settlement {
  return {
    ...s,
    public: true,
    towns: s.towns.map((t) => ({
      ...t,
      programs: t.programs.map((p) => ({
        ...p,
        chain: { ...p.chain, kpis: p.chain.kpis.map((k) => (k.kpi === TAX_KPI ? { ...k, actual: null, target: null } : k)) },
      })),
    })),
  };
}
