import { RULES } from './table.ts';
import type { OverrideVersion, RuleDef, RuleId, RuleOverride, RuleOverrides, RuleVersion } from './types.ts';

const BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));

/** True when `id` names a rule of the table (for ids read from user input or JSON). */
export function isRuleId(id: string): id is RuleId {
  return BY_ID.has(id);
}

/** The rule definition for an id; throws on an id without a table entry (a programming error, not user input). */
export function ruleDef(id: RuleId): RuleDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown rule id: ${id}`);
  return def;
}

/** The scenario's override of rule `id`, if any (own property only: ids are user keys). */
export function overrideOf(id: RuleId, overrides: RuleOverrides): RuleOverride | undefined {
  return Object.hasOwn(overrides, id) ? overrides[id] : undefined;
}

/** A version with an override's fields applied (params merge by name). */
function applied(v: RuleVersion, o: Omit<OverrideVersion, 'from'> | undefined): RuleVersion {
  if (!o) return v;
  return {
    ...v,
    threshold: o.threshold ?? v.threshold,
    level: o.level ?? v.level,
    params: o.params ? { ...v.params, ...o.params } : v.params,
  };
}

/**
 * Every version of rule `id` after the scenario's overrides, ascending by `from`: the
 * table's versions with the plain override (threshold, level, params) applied to each, and
 * the override's dated versions (SPEC §1 "Dated rules") added on top — a dated version
 * starts from its year the values in force then, with its own fields replacing them.
 */
export function ruleVersions(id: RuleId, overrides: RuleOverrides = {}): readonly RuleVersion[] {
  let byId = VERSIONS.get(overrides);
  if (!byId) {
    byId = new Map();
    VERSIONS.set(overrides, byId);
  }
  let out = byId.get(id);
  if (!out) {
    out = versionsAfter(id, overrides);
    byId.set(id, out);
  }
  return out;
}

/**
 * `ruleVersions` by overrides object and rule: a scenario's overrides are immutable
 * (SPEC §2), so every check of every year and Monte Carlo path reads the versions built once.
 */
const VERSIONS = new WeakMap<RuleOverrides, Map<RuleId, readonly RuleVersion[]>>();

function versionsAfter(id: RuleId, overrides: RuleOverrides): readonly RuleVersion[] {
  const def = ruleDef(id);
  const o = overrideOf(id, overrides);
  let out = def.versions.map((v) => applied(v, o));
  for (const dv of [...(o?.versions ?? [])].sort((a, b) => a.from - b.from)) {
    const base = versionAt(out, dv.from) ?? out[0];
    if (!base) continue;
    const added: RuleVersion = { ...applied(base, dv), from: dv.from, source: base.source };
    out = [...out.filter((v) => v.from < dv.from), added, ...out.filter((v) => v.from > dv.from).map((v) => applied(v, dv))];
  }
  return out;
}

/** The last version with `from ≤ year`, or null. */
function versionAt(versions: readonly RuleVersion[], year: number): RuleVersion | null {
  let found: RuleVersion | null = null;
  for (const v of versions) if (v.from <= year) found = v;
  return found;
}

/**
 * The version of rule `id` in force in `year` (the simulated year, or the project's
 * procurement / the fund's establishment year, per the rule's key), with the scenario's
 * overrides applied; null when the rule is not yet in force (SPEC §1 "Dated rules", §11).
 */
export function ruleInForce(id: RuleId, year: number, overrides: RuleOverrides = {}): RuleVersion | null {
  const o = overrideOf(id, overrides);
  if (!o) return versionAt(ruleDef(id).versions, year);
  return versionAt(ruleVersions(id, overrides), year);
}
