/**
 * What every compliance check of a run shares (SPEC §7, §11): the scenario's rule overrides
 * and, per compliance rule, the version in force in each simulated year — resolved once per
 * run, not once per row (SPEC §1 "One engine").
 */
import { versionsByYear } from '../rules/byYear.ts';
import type { RuleOverrides, RuleVersion } from '../rules/types.ts';

/** The rules of SPEC §7 recorded by `checkCompliance`. */
export const COMPLIANCE_RULES = [
  'town.area', 'town.residential-share', 'town.specialty-share', 'town.investment-per-mu', 'town.tax-per-mu',
  'town.jobs', 'town.visitors',
] as const;

export type ComplianceRule = (typeof COMPLIANCE_RULES)[number];

export interface ComplianceContext {
  readonly rules: RuleOverrides;
  /** By rule, the version in force in year index i (null: not yet in force). */
  readonly inForce: Readonly<Record<ComplianceRule, readonly (RuleVersion | null)[]>>;
}

/** The context of a run over `years` with the scenario's `rules` overrides. */
export function complianceContext(years: readonly number[], rules: RuleOverrides): ComplianceContext {
  const inForce = {} as Record<ComplianceRule, readonly (RuleVersion | null)[]>;
  for (const id of COMPLIANCE_RULES) inForce[id] = versionsByYear(id, years, rules);
  return { rules, inForce };
}

/**
 * Contexts by the scenario's `rules` overrides. Safe: scenario objects are never mutated and
 * a Monte Carlo path keeps `scenario.rules` (stress/shock.ts); a hit also requires the same
 * start year and horizon, the context's only other inputs.
 */
const KEPT = new WeakMap<RuleOverrides, { readonly startYear: number; readonly years: number; readonly ctx: ComplianceContext }[]>();

/** `complianceContext` of the scenario's years and rules, resolved once per rules object and horizon (shared, read-only). */
export function scenarioComplianceContext(scenario: { readonly startYear: number; readonly horizonYears: number; readonly rules: RuleOverrides }): ComplianceContext {
  const { startYear, horizonYears: years, rules } = scenario;
  let kept = KEPT.get(rules);
  if (kept) {
    for (const e of kept) if (e.startYear === startYear && e.years === years) return e.ctx;
  } else {
    kept = [];
    KEPT.set(rules, kept);
  }
  const ctx = complianceContext(Array.from({ length: years }, (_, i) => startYear + i), rules);
  if (kept.length < 4) kept.push({ startYear, years, ctx });
  return ctx;
}
