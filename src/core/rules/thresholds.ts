/**
 * The thresholds in force (SPEC §10 `thresholds`): for every rule, each kind of subject it
 * applies to and each span of key years, the line's value, unit and level after the
 * scenario's overrides. Edges draw chart lines and colour bands from these rows, never
 * from literals.
 */
import { RULES } from './table.ts';
import { ruleVersions } from './inForce.ts';
import type { Level, RuleDef, RuleOverrides, RuleVersion, ThresholdRow } from './types.ts';

/** Levels of named parameters whose level differs from the version's (tier edges, warning bands). */
function paramLevel(def: RuleDef, name: string, v: RuleVersion): Exclude<Level, 'ok'> {
  if (def.comparison === 'tier') return name === 'yellow' || def.warningOnly ? v.level : 'breach';
  if (name === 'warnAbove' || name === 'warnBelow') return 'warning';
  return v.level;
}

/** The rows of one rule: per subject kind and version, the main threshold then each parameter (sorted by name). */
export function ruleThresholds(def: RuleDef, overrides: RuleOverrides = {}): ThresholdRow[] {
  const versions = ruleVersions(def.id, overrides);
  const rows: ThresholdRow[] = [];
  for (const subjectKind of def.subjects) {
    versions.forEach((v, i) => {
      const next = versions[i + 1];
      const span = { rule: def.id, subjectKind, from: v.from, to: next ? next.from - 1 : null, unit: def.unit };
      const params = Object.keys(v.params ?? {}).sort();
      const mainIsParam = def.comparison === 'tier' || def.comparison === 'range';
      if (!mainIsParam || params.length === 0) rows.push({ ...span, value: v.threshold, level: v.level });
      for (const name of params) {
        rows.push({ ...span, value: v.params?.[name] ?? null, level: paramLevel(def, name, v), param: name });
      }
    });
  }
  return rows;
}

/** Every rule's thresholds in force after the scenario's overrides, in rule-table order. */
export function thresholdsInForce(overrides: RuleOverrides = {}): ThresholdRow[] {
  return RULES.flatMap((def) => ruleThresholds(def, overrides));
}

/**
 * The threshold row of `rule` (and `param`) for a subject kind in force in key year `year`,
 * or null: how an edge reads a line from a result's `thresholds`.
 */
export function thresholdAt(
  rows: readonly ThresholdRow[], rule: ThresholdRow['rule'], subjectKind: ThresholdRow['subjectKind'], year: number, param?: string,
): ThresholdRow | null {
  for (const r of rows) {
    if (r.rule !== rule || r.subjectKind !== subjectKind || r.param !== param) continue;
    if (r.from <= year && (r.to === null || year <= r.to)) return r;
  }
  return null;
}
