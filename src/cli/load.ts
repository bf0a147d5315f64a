/** Loads a scenario for a command, or throws a UserError listing every problem (exit 2). */
import { loadScenarioFile } from '../scenario/loadFile.ts';
import { formatIssue } from '../scenario/issues.ts';
import type { ScenarioIssue } from '../scenario/issues.ts';
import type { Scenario } from '../core/model/scenario.ts';
import { UserError } from './userError.ts';

export interface LoadedScenario {
  readonly file: string;
  readonly scenario: Scenario;
  readonly hash: string;
}

/** Problems printed at most; the rest are counted (a flood of errors must not flood stderr, issue #12). */
export const MAX_ISSUES_SHOWN = 200;

/** The lines of an issue list, at most {@link MAX_ISSUES_SHOWN} of them and a count of the rest. */
export function issueLines(issues: readonly ScenarioIssue[]): string[] {
  const shown = issues.slice(0, MAX_ISSUES_SHOWN).map((i) => `  ${formatIssue(i)}`);
  const more = issues.length - shown.length;
  return more > 0 ? [...shown, `  … 另有 ${more} 个问题未列出 / ${more} more not shown`] : shown;
}

export async function loadOrThrow(file: string): Promise<LoadedScenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) {
    const n = r.issues.length;
    throw new UserError([
      `${file}: 发现 ${n} 个问题 / ${n} problem${n === 1 ? '' : 's'} found`,
      ...issueLines(r.issues),
    ]);
  }
  // Warnings go to stderr and do not fail the command (issue #11).
  for (const line of issueLines(r.warnings)) process.stderr.write(`警告 / warning:${line}\n`);
  return { file, scenario: r.scenario, hash: r.hash };
}
