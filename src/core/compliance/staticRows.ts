/**
 * The rows of the §7 checks that read only a town's static facts (SPEC §7, §1 "One engine,
 * run many times"): `town.area` (planned area), `town.residential-share` (scenario land)
 * and `town.specialty-share` (plan investment) give the same row in a year on every
 * Monte Carlo path; only whether the year is checked (the town not removed) changes. They
 * are recorded once per town by the checks themselves, and a quiet run (rows, no findings)
 * appends the kept rows of its checked years, in the checks' order.
 */
import type { Scenario, Town } from '../model/scenario.ts';
import type { LimitRow } from '../rules/types.ts';
import { collector } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { TownStatus } from '../result.ts';
import { areaLimits } from './area.ts';
import type { ComplianceContext } from './context.ts';
import { residentialShareLimits } from './residentialShare.ts';
import { specialtyShareLimits } from './specialtyShare.ts';
import { townFacts } from './townFacts.ts';
import { KeptByTown } from '../rewards/keptByTown.ts';

/** Per static check (area, residential share, specialty share, in that order), the row of year index i, or null when none is recorded. */
export type StaticRows = readonly (readonly (LimitRow | null)[])[];

interface Entry {
  readonly theme: Town['theme'];
  readonly creationYear: number;
  readonly investment: Town['investment'];
  readonly stages: Town['stages'];
  readonly kpis: Town['kpis'];
  readonly ctx: ComplianceContext;
  readonly startYear: number;
  readonly rows: StaticRows;
}

/**
 * Kept rows by the town's `land` record and id. Safe: scenario objects are never mutated and a
 * path keeps `land`, `investment`, `stages`, `kpis` and the rules (stress/shock.ts); a hit
 * also requires those (identity), the town's theme and creation year, the same
 * compliance context (kept per rules and years, context.ts) and start year: every input of
 * the three checks when no land is reported for the town. The rows are frozen and shared.
 */
const KEPT = new KeptByTown<Town['land'], Entry>();

/** The static rows of a town with no reported land, recorded once and kept (`KEPT`). */
export function staticRows(scenario: Pick<Scenario, 'startYear' | 'horizonYears'>, town: Town, ctx: ComplianceContext): StaticRows {
  const { startYear } = scenario;
  const e = KEPT.get(town.land, town.id);
  if (e && e.ctx === ctx && e.startYear === startYear && e.theme === town.theme && e.creationYear === town.creationYear
    && e.investment === town.investment && e.stages === town.stages && e.kpis === town.kpis) return e.rows;
  const n = scenario.horizonYears;
  const facts = townFacts(scenario, town, new Float64Array(n));
  const rows = [areaLimits, residentialShareLimits, specialtyShareLimits].map((check) => {
    const c = collector(true);
    check(c, town, facts, ctx);
    const byYear = new Array<LimitRow | null>(n).fill(null);
    for (const row of c.limits) byYear[row.year - startYear] = Object.freeze(row);
    return byYear;
  });
  KEPT.set(town.land, town.id, { theme: town.theme, creationYear: town.creationYear, investment: town.investment, stages: town.stages, kpis: town.kpis, ctx, startYear, rows });
  return rows;
}

/** Appends the kept rows of the years checked (all but `removed` ones), check by check. */
export function appendStaticRows(out: Collector, rows: StaticRows, status?: ArrayLike<TownStatus>): void {
  const limits = out.limits;
  for (const byYear of rows) {
    for (let i = 0; i < byYear.length; i++) {
      const row = byYear[i];
      if (row && (status === undefined || status[i] !== 'removed')) limits.push(row);
    }
  }
}
