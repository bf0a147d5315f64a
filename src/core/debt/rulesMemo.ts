/**
 * The debt rules in force per year, looked up once per scenario rather than once per limit
 * row (SPEC §1 "One engine, run many times", "Dated rules"; §11). A Monte Carlo path keeps
 * the scenario's `rules` object (the stress shocks never touch it), so the versions found
 * on the first path serve every later one.
 *
 * Safe to memoise: a rule's version in force is a function of the rule table (a module
 * constant), the year and the scenario's overrides; the overrides object is never mutated,
 * and it is the WeakMap key, so each scenario's overrides have their own entries.
 */
import { ruleDef, ruleInForce } from '../rules/inForce.ts';
import type { RuleDef, RuleId, RuleOverrides, RuleVersion, Subject } from '../rules/types.ts';
import { tierEdges, tierRuleInForce, tierVersionFor } from './tiers.ts';
import type { TierEdges, TierRule } from './tiers.ts';

/** One memo per overrides object: by kind of lookup (rule id or tier key), then by span of years. */
const MEMO = new WeakMap<RuleOverrides, Map<string, Map<number, readonly unknown[]>>>();
let lastRules: RuleOverrides | null = null;
let lastByKind: Map<string, Map<number, readonly unknown[]>> | undefined;

/**
 * `compute(year)` for each of `years`, computed once per (overrides object, kind, span of
 * years); `compute` must depend on nothing but the year and the overrides. Years that are not
 * one contiguous ascending span (hand-made test input) are computed afresh.
 */
export function memoYears<T>(rules: RuleOverrides, kind: string, years: readonly number[], compute: (year: number) => T): readonly T[] {
  const n = years.length;
  const first = years[0] ?? 0;
  if (n === 0 || !isSpan(years, first)) return years.map(compute);
  // the last overrides object asked for, kept aside: a run asks for one scenario's rules thousands of times
  let byKind = rules === lastRules ? lastByKind : MEMO.get(rules);
  if (!byKind) {
    byKind = new Map();
    MEMO.set(rules, byKind);
  }
  lastRules = rules;
  lastByKind = byKind;
  let bySpan = byKind.get(kind);
  if (!bySpan) {
    bySpan = new Map();
    byKind.set(kind, bySpan);
  }
  const key = first * 4096 + n; // n < 4096 years
  const kept = bySpan.get(key);
  if (kept) return kept as readonly T[];
  const values = years.map(compute);
  if (n < 4096) bySpan.set(key, values);
  return values;
}

/** `years` is `first, first + 1, …` without a gap. */
function isSpan(years: readonly number[], first: number): boolean {
  for (let i = 1; i < years.length; i++) if (years[i] !== first + i) return false;
  return true;
}

/** `ruleInForce(id, year, rules)` for each of `years`, memoised on the overrides object. */
export function inForce(id: RuleId, years: readonly number[], rules: RuleOverrides): readonly (RuleVersion | null)[] {
  return memoYears(rules, id, years, (year) => ruleInForce(id, year, rules));
}

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
