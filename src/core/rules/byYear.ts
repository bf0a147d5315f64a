/**
 * Rule versions resolved once per run instead of once per row (SPEC §1 "Dated rules",
 * "One engine"): for a rule keyed to the simulated year, the version in force in each year
 * of the run, with the scenario's overrides applied — what `ruleInForce` gives year by year.
 */
import { ruleInForce } from './inForce.ts';
import type { RuleId, RuleOverrides, RuleVersion } from './types.ts';

/** `ruleInForce(id, years[i], overrides)` for every i: null where the rule is not yet in force. */
export function versionsByYear(id: RuleId, years: readonly number[], overrides: RuleOverrides = {}): readonly (RuleVersion | null)[] {
  return years.map((y) => ruleInForce(id, y, overrides));
}
