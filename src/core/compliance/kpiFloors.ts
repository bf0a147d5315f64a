/**
 * Output floors of SPEC §7 (发改规划〔2021〕1383号), from the operation stage on, on KPI
 * actuals: `town.jobs` — jobs below 2,000; `town.visitors` — a tourism town's visitors
 * below 500,000 a year. Both warnings. A year without an actual (KPI not tracked, or no
 * target that year) is not evaluated.
 */
import type { Town } from '../model/scenario.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { record, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { TownFacts } from './townFacts.ts';

type FloorRule = 'town.jobs' | 'town.visitors';

/** Records `town.jobs` (every theme) and `town.visitors` (tourism towns): value = actual, limit = floor, headroom `actual − floor`. */
export function kpiFloorLimits(out: Collector, town: Town, facts: TownFacts, rules: RuleOverrides): void {
  facts.years.forEach((year, i) => {
    if (!facts.operating[i]) return;
    one(out, 'town.jobs', town.id, year, facts.jobs?.[i] ?? null, rules);
    if (town.theme === 'tourism') one(out, 'town.visitors', town.id, year, facts.visitors?.[i] ?? null, rules);
  });
}

function one(out: Collector, id: FloorRule, townId: string, year: number, actual: number | null, rules: RuleOverrides): void {
  if (actual === null) return;
  const rule = ruleInForce(id, year, rules);
  if (!rule) return;
  const floor = threshold(rule);
  record(out, { rule: id, version: rule, subject: townSubject(townId), year, value: actual, limit: floor, headroom: actual - floor });
}
