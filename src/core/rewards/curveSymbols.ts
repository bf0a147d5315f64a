/**
 * Symbols an elastic-curve formula may read (SPEC §3 "Elastic curve", §9): `A` (composite
 * achievement), `a_<kpi>` (one KPI's achievement; hyphens in the KPI id become
 * underscores: `a_new_firms`), `year` (calendar year), `stage` (1 planning, 2 construction,
 * 3 operation; the names `planning`, `construction`, `operation` are those constants).
 */
import type { Stage } from '../model/scenario.ts';
import type { SymbolPolicy } from '../formula/check.ts';

/** Numeric code of each stage as seen by formulas: `stage == construction`. */
export const STAGE_CODES: Readonly<Record<Stage, number>> = { planning: 1, construction: 2, operation: 3 };

const KPI_SYMBOL = /^a_[A-Za-z0-9_]+$/;

/** The formula symbol of a KPI id: `a_` + the id with `-` replaced by `_`. */
export function kpiSymbol(kpiId: string): string {
  return `a_${kpiId.replace(/-/g, '_')}`;
}

/** Whether a symbol names a KPI achievement (`a_<kpi>`). */
export function isKpiSymbol(name: string): boolean {
  return KPI_SYMBOL.test(name);
}

/** The symbol allow-list of curve formulas. */
export const CURVE_SYMBOLS: SymbolPolicy = {
  allows: (name) => name === 'A' || name === 'year' || name === 'stage' || Object.hasOwn(STAGE_CODES, name) || isKpiSymbol(name),
  describe: 'A, a_<kpi>, year, stage, planning, construction, operation',
};
