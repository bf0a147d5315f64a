/**
 * Town compliance (SPEC §7, 假小镇真地产 and land): every check of every town for every
 * year, thresholds, levels and sources from the rule table (SPEC §11).
 */
import { lookup } from '../model/byId.ts';
import type { ByIdSeries } from '../model/byId.ts';
import { seriesValues } from '../model/expand.ts';
import type { Scenario } from '../model/scenario.ts';
import type { TownStatus } from '../result.ts';
import type { Finding, LimitRow } from '../rules/types.ts';
import { areaLimits } from './area.ts';
import { scenarioComplianceContext } from './context.ts';
import type { KpiActuals } from './kpiActuals.ts';
import { reportedLand, type LandActuals } from './landActuals.ts';
import { kpiFloorLimits } from './kpiFloors.ts';
import { perMuLimits } from './perMu.ts';
import { collector } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { residentialShareLimits } from './residentialShare.ts';
import { specialtyShareLimits } from './specialtyShare.ts';
import { appendStaticRows, staticRows } from './staticRows.ts';
import { factsScratch, townFacts } from './townFacts.ts';

/** What compliance takes from the orchestrator; missing means the deterministic values. */
export interface ComplianceInputs {
  /** KPI actuals by town and KPI id (else target × expected achievement). */
  readonly kpiActuals?: KpiActuals;
  /** Town gross fiscal revenue per year by town id (the tax fallback; else the scenario's series). */
  readonly townRevenue?: ByIdSeries;
  /** Town status per year by town id (SPEC §3 dynamic management): `removed` years are not checked. */
  readonly townStatus?: ReadonlyMap<string, ArrayLike<TownStatus>> | Readonly<Record<string, ArrayLike<TownStatus>>>;
  /** Reported land used and cumulative investment by town id (SPEC §12); else read from `scenario.actuals`. */
  readonly landActuals?: LandActuals;
}

/**
 * `checkCompliance(scenario, inputs)`: records `town.area`, `town.residential-share`,
 * `town.specialty-share` (from creation), `town.investment-per-mu`, `town.tax-per-mu`,
 * `town.jobs`, `town.visitors` (operation stage) for every town and year (years in which a
 * town is removed are skipped when `inputs.townStatus` is given). In years with reported land
 * used or cumulative investment (SPEC §12, `scenario.actuals` or `inputs.landActuals`) the land
 * and per-mu checks read the reported figures.
 */
export function checkCompliance(scenario: Scenario, inputs: ComplianceInputs = {}, out: Collector = collector()): {
  readonly limits: LimitRow[]; readonly findings: Finding[];
} {
  const n = scenario.horizonYears;
  const ctx = scenarioComplianceContext(scenario);
  const land = inputs.landActuals ?? (scenario.actuals ? reportedLand(scenario, scenario.actuals) : undefined);
  const scratch = factsScratch(n); // a town's facts are read before the next town's are made
  for (const town of scenario.towns) {
    const revenue = lookup(inputs.townRevenue, town.id) ?? seriesValues(town.revenue, scenario.startYear, n);
    const status = lookup(inputs.townStatus, town.id);
    const reported = land?.get(town.id);
    const facts = townFacts(scenario, town, revenue, inputs.kpiActuals, status, reported, scratch);
    if (out.quiet === true && reported === undefined) {
      // rows only, no reported land: the static checks' rows are the kept ones (staticRows.ts)
      appendStaticRows(out, staticRows(scenario, town, ctx), status);
    } else {
      areaLimits(out, town, facts, ctx);
      residentialShareLimits(out, town, facts, ctx);
      specialtyShareLimits(out, town, facts, ctx);
    }
    perMuLimits(out, town, facts, ctx);
    kpiFloorLimits(out, town, facts, ctx);
  }
  return out;
}
