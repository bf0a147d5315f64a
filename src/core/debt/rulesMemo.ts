/**
 * The debt module's rule lookups, once per scenario rather than once per limit row (SPEC §1
 * "One engine, run many times", "Dated rules"; §11): the tier versions in force and their
 * edges per span of years (through the rules' own per-year memo, `rules/inForceYears.ts`),
 * the debt rules' definitions resolved once, and shared subjects.
 */
import { ruleDef } from '../rules/inForce.ts';
import { memoYears } from '../rules/inForceYears.ts';
import type { RuleDef, RuleOverrides, RuleVersion, Subject } from '../rules/types.ts';
import { tierEdges, tierRuleInForce, tierVersionFor } from './tiers.ts';
import type { TierEdges, TierRule } from './tiers.ts';

/** A tier rule version in force with its edges. */
export interface TierInForce { readonly version: RuleVersion; readonly edges: TierEdges }

const IN_FORCE_KIND: Readonly<Record<TierRule, string>> = { 'district.tier': 'in-force:district.tier', 'district.tier-broad': 'in-force:district.tier-broad' };
const FOR_KIND: Readonly<Record<TierRule, string>> = { 'district.tier': 'for:district.tier', 'district.tier-broad': 'for:district.tier-broad' };

/** A tier rule's version in force and its edges (`tierRuleInForce`, `tierEdges`) for each of `years`, null before the rule took effect; memoised. */
export function tierInForce(years: readonly number[], rules: RuleOverrides, id: TierRule): readonly (TierInForce | null)[] {
  return memoYears(rules, IN_FORCE_KIND[id], years, (year) => {
    const version = tierRuleInForce(year, rules, id);
    return version ? { version, edges: tierEdges(version) } : null;
  });
}

/** The edges each of `years` is classified by (`tierVersionFor`: the version in force, or the first one before it took effect); memoised. */
export function tierEdgesFor(years: readonly number[], rules: RuleOverrides, id: TierRule): readonly TierEdges[] {
  return memoYears(rules, FOR_KIND[id], years, (year) => tierEdges(tierVersionFor(year, rules, id)));
}

/** The definitions of the debt rules, resolved once (the recorder's hot path takes them resolved). */
export const DEBT_RULE: Readonly<Record<DebtRuleId, RuleDef>> = {
  'town.exposure-cap': ruleDef('town.exposure-cap'),
  'town.revenue-nonpositive': ruleDef('town.revenue-nonpositive'),
  'town.new-hidden-debt': ruleDef('town.new-hidden-debt'),
  'bond.self-balance': ruleDef('bond.self-balance'),
  'bond.negative-list': ruleDef('bond.negative-list'),
  'district.tier': ruleDef('district.tier'),
  'district.tier-broad': ruleDef('district.tier-broad'),
  'district.debt-limit': ruleDef('district.debt-limit'),
  'district.debt-limit-general': ruleDef('district.debt-limit-general'),
  'district.debt-limit-special': ruleDef('district.debt-limit-special'),
  'district.interest-10': ruleDef('district.interest-10'),
  'district.platform-borrowing': ruleDef('district.platform-borrowing'),
  'district.bonds-on-warning': ruleDef('district.bonds-on-warning'),
  'district.warning-removal-candidate': ruleDef('district.warning-removal-candidate'),
};

/** The rules the debt module records. */
export type DebtRuleId =
  | 'town.exposure-cap' | 'town.revenue-nonpositive' | 'town.new-hidden-debt' | 'bond.self-balance' | 'bond.negative-list'
  | 'district.tier' | 'district.tier-broad' | 'district.debt-limit' | 'district.debt-limit-general' | 'district.debt-limit-special'
  | 'district.interest-10' | 'district.platform-borrowing' | 'district.bonds-on-warning' | 'district.warning-removal-candidate';

const SUBJECTS = { district: new Map<string, Subject>(), bond: new Map<string, Subject>() };

/** The shared, frozen subject of a district's (or bond's) rows: one object per id instead of one per call. */
export function debtSubject(kind: 'district' | 'bond', id: string): Subject {
  const byId = SUBJECTS[kind];
  let s = byId.get(id);
  if (!s) {
    s = Object.freeze({ kind, id });
    byId.set(id, s);
  }
  return s;
}
