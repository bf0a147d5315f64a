/**
 * Output floors of SPEC §7 (发改规划〔2021〕1383号), from the operation stage on, on KPI
 * actuals: `town.jobs` — jobs below 2,000; `town.visitors` — a tourism town's visitors
 * below 500,000 a year. Both warnings. A year without an actual (KPI not tracked, or no
 * target that year) is not evaluated.
 */
import type { Town } from '../model/scenario.ts';
import { ruleDef } from '../rules/inForce.ts';
import type { RuleDef, RuleVersion, Subject } from '../rules/types.ts';
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { ComplianceContext } from './context.ts';
import type { TownFacts } from './townFacts.ts';

type FloorRule = 'town.jobs' | 'town.visitors';

const DEFS: Readonly<Record<FloorRule, RuleDef>> = { 'town.jobs': ruleDef('town.jobs'), 'town.visitors': ruleDef('town.visitors') };

/** Records `town.jobs` (every theme) and `town.visitors` (tourism towns): value = actual, limit = floor, headroom `actual − floor`. */
export function kpiFloorLimits(out: Collector, town: Town, facts: TownFacts, ctx: ComplianceContext): void {
  const subject = townSubject(town.id);
  const tourism = town.theme === 'tourism';
  for (let i = 0; i < facts.years.length; i++) {
    if (!facts.operating[i]) continue;
    const year = facts.years[i] ?? 0;
    one(out, 'town.jobs', ctx.inForce['town.jobs'][i] ?? null, subject, year, facts.jobs?.[i] ?? null);
    if (tourism) one(out, 'town.visitors', ctx.inForce['town.visitors'][i] ?? null, subject, year, facts.visitors?.[i] ?? null);
  }
}

function one(out: Collector, id: FloorRule, rule: RuleVersion | null, subject: Subject, year: number, actual: number | null): void {
  if (actual === null || !rule) return;
  const floor = threshold(rule);
  const def = DEFS[id];
  const row = recordRow(out, def, rule, subject, year, actual, floor, actual - floor);
  recordFinding(out, def, row, rule.source);
}
