/**
 * Validation of a parsed scenario document (SPEC §2 "Validation happens once, at the edge"):
 * all problems at once, each with path, value and a bilingual message.
 */
import type { Scenario } from '../core/model/scenario.ts';
import type { ScenarioIssue } from './issues.ts';
import { reservedKeyIssues } from './reservedKeys.ts';
import { magnitudeIssues } from './schema/magnitude.ts';
import { scenarioSchema } from './schema/scenario.ts';
import { knownKeysErrorMap, translateIssues } from './translateIssues.ts';
import { scenarioWarnings } from './warnings.ts';

/** The validated scenario with its warnings (allowed, but probably not meant), or every problem found. */
export type Validated =
  | { readonly ok: true; readonly scenario: Scenario; readonly warnings: readonly ScenarioIssue[] }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/**
 * Validates and normalises a scenario document (already parsed from YAML/JSON, `extends`
 * resolved). Besides the schema: reserved keys (`__proto__`) anywhere, and every year of
 * every series within the amount limit (issue #12).
 */
export function validateScenario(doc: unknown): Validated {
  const reserved = reservedKeyIssues(doc);
  const r = scenarioSchema.safeParse(doc, { reportInput: true, error: knownKeysErrorMap });
  if (!r.success) {
    const at = new Set(reserved.map((i) => i.path)); // a strict object also calls a reserved key unknown: say it once
    return { ok: false, issues: [...reserved, ...translateIssues(r.error.issues, doc).filter((i) => !at.has(i.path))] };
  }
  const issues = [...reserved, ...magnitudeIssues(r.data)];
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, scenario: r.data, warnings: scenarioWarnings(r.data) };
}
