/**
 * Validation of a parsed scenario document (SPEC §2 "Validation happens once, at the edge"):
 * all problems at once, each with path, value and a bilingual message.
 */
import type { Scenario } from '../core/model/scenario.ts';
import type { ScenarioIssue } from './issues.ts';
import { scenarioSchema } from './schema/scenario.ts';
import { knownKeysErrorMap, translateIssues } from './translateIssues.ts';

/** The validated scenario, or every problem found. */
export type Validated = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** Validates and normalises a scenario document (already parsed from YAML/JSON, `extends` resolved). */
export function validateScenario(doc: unknown): Validated {
  const r = scenarioSchema.safeParse(doc, { reportInput: true, error: knownKeysErrorMap });
  if (r.success) return { ok: true, scenario: r.data };
  return { ok: false, issues: translateIssues(r.error.issues, doc) };
}
