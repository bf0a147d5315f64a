/**
 * Risk tiers (SPEC §6 "Risk tiers"): of the legal ratio, rule `district.tier` (official), and
 * of the broad ratio, rule `district.tier-broad` (the commission's practice line, warning
 * only). Half-open `[low, high)` intervals, green `[0, yellow)`, yellow `[yellow, orange)`,
 * orange `[orange, red)`, red `[red, ∞)`, edges taken from the rule table's params; an edge
 * is reached per SPEC §1 "At the line".
 */
import type { Tier } from '../result.ts';
import type { RuleOverrides, RuleVersion } from '../rules/types.ts';
import { ruleDef, ruleInForce } from '../rules/inForce.ts';
import { reaches } from '../rules/atLine.ts';
import { param } from '../rules/recorder.ts';

/** The two tier rules. */
export type TierRule = 'district.tier' | 'district.tier-broad';

/** The three tier edges. */
export interface TierEdges {
  readonly yellow: number;
  readonly orange: number;
  readonly red: number;
}

/**
 * The tier of a ratio; null when the ratio is undefined. Reaching an edge enters the
 * upper tier, at the line included (SPEC §1: 1.1999999999999997 from decimal 1.2 is yellow).
 */
export function tierOf(ratio: number | null, edges: TierEdges): Tier | null {
  if (ratio === null) return null;
  if (reaches(ratio, edges.red)) return 'red';
  if (reaches(ratio, edges.orange)) return 'orange';
  if (reaches(ratio, edges.yellow)) return 'yellow';
  return 'green';
}

/** Tier edges from a tier rule version's params (`yellow`, `orange`, `red`). */
export function tierEdges(version: RuleVersion): TierEdges {
  return { yellow: param(version, 'yellow'), orange: param(version, 'orange'), red: param(version, 'red') };
}

/**
 * The version of tier rule `id` (default `district.tier`) in force in `year` with overrides
 * applied, or null before the rule took effect. The rule's threshold is its yellow edge: a
 * scenario that overrides `threshold` without `params.yellow` moves the yellow edge.
 */
export function tierRuleInForce(year: number, overrides: RuleOverrides, id: TierRule = 'district.tier'): RuleVersion | null {
  const v = ruleInForce(id, year, overrides);
  const o = overrides[id];
  if (!v || o?.threshold === undefined || o.params?.yellow !== undefined) return v;
  return { ...v, params: { ...v.params, yellow: o.threshold } };
}

/**
 * The version of tier rule `id` used to classify a year: the one in force, or for years
 * before the rule took effect the earliest version (tiers are still reported, without a
 * finding — see `districtLimits`). Scenario overrides apply either way.
 */
export function tierVersionFor(year: number, overrides: RuleOverrides, id: TierRule = 'district.tier'): RuleVersion {
  const first = ruleDef(id).versions[0];
  const v = tierRuleInForce(Math.max(year, first?.from ?? year), overrides, id);
  if (!v) throw new Error(`rule ${id} has no version`);
  return v;
}

/**
 * Finding level of a tier: none for green, the rule version's level for yellow (a warning
 * by default), `breach` for orange and red (SPEC §11) — unless `warningOnly` (a practice
 * line such as `district.tier-broad`), where every tier above green takes the version's level.
 */
export function tierLevel(tier: Tier | null, version: RuleVersion, warningOnly = false): 'ok' | 'warning' | 'breach' {
  switch (tier) {
    case null:
    case 'green':
      return 'ok';
    case 'yellow':
      return version.level;
    case 'orange':
    case 'red':
      return warningOnly ? version.level : 'breach';
  }
}
