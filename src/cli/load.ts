/** Loads a scenario for a command, or throws a UserError listing every problem (exit 2). */
import { loadScenarioFile } from '../scenario/loadFile.ts';
import { formatIssue } from '../scenario/issues.ts';
import type { Scenario } from '../core/model/scenario.ts';
import { UserError } from './userError.ts';

export interface LoadedScenario {
  readonly file: string;
  readonly scenario: Scenario;
  readonly hash: string;
}

export async function loadOrThrow(file: string): Promise<LoadedScenario> {
  const r = await loadScenarioFile(file);
  if (!r.ok) {
    const n = r.issues.length;
    throw new UserError([
      `${file}: 发现 ${n} 个问题 / ${n} problem${n === 1 ? '' : 's'} found`,
      ...r.issues.map((i) => `  ${formatIssue(i)}`),
    ]);
  }
  return { file, scenario: r.scenario, hash: r.hash };
}
