/**
 * Rules in force year by year, looked up once per scenario rather than once per limit row
 * (SPEC §1 "One engine, run many times", "Dated rules"; §11). A Monte Carlo path keeps the
 * scenario's `rules` object (the stress shocks never touch it), so the versions found on the
 * first path serve every later one; the debt and PPP checks both read them here.
 *
 * Safe to memoise: a rule's version in force is a function of the rule table (a module
 * constant), the year and the scenario's overrides; the overrides object is never mutated,
 * and it is the WeakMap key, so each scenario's overrides have their own entries.
 */
import { ruleInForce } from './inForce.ts';
import type { RuleId, RuleOverrides, RuleVersion } from './types.ts';

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
export function inForceYears(id: RuleId, years: readonly number[], rules: RuleOverrides): readonly (RuleVersion | null)[] {
  return memoYears(rules, id, years, (year) => ruleInForce(id, year, rules));
}
