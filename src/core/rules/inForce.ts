import { RULES } from './table.ts';
import type { RuleDef, RuleOverrides, RuleVersion } from './types.ts';

const BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));

/** The rule definition for an id; throws on an unknown id (a programming error, not user input). */
export function ruleDef(id: string): RuleDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown rule id: ${id}`);
  return def;
}

/**
 * The version of rule `id` in force in `year` (the simulated year, or the project's
 * procurement / the fund's establishment year, per the rule's key), with the scenario's
 * overrides applied; null when the rule is not yet in force (SPEC §1 "Dated rules", §11).
 */
export function ruleInForce(id: string, year: number, overrides: RuleOverrides = {}): RuleVersion | null {
  const def = ruleDef(id);
  let found: RuleVersion | null = null;
  for (const v of def.versions) if (v.from <= year) found = v;
  if (!found) return null;
  const o = overrides[id];
  if (!o) return found;
  return {
    ...found,
    threshold: o.threshold ?? found.threshold,
    level: o.level ?? found.level,
    params: o.params ? { ...found.params, ...o.params } : found.params,
  };
}
