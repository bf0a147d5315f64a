/**
 * Variants for the notebooks, made the way the dashboard and the CLI make them: a short
 * document that `extends` a bundled scenario and overrides only what changes (SPEC §2),
 * resolved and validated by the public loader, then run. Nothing is written to disk.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue, resolveScenario, simulate, toFrames, type Frames, type RunResult, type Scenario } from './townfisc';

/** One run: the scenario, its result and its frames. */
export interface Run {
  readonly scenario: Scenario;
  readonly result: RunResult;
  readonly frames: Frames;
}

async function runEntry(entry: string, text?: string): Promise<Run> {
  const loaded = await resolveScenario(entry, (p) => (p === entry && text !== undefined ? Promise.resolve(text) : readFile(p, 'utf8')));
  // `in`, not `!loaded.ok`: tslab compiles without strictNullChecks, where `ok` does not narrow
  if ('issues' in loaded) throw new Error(loaded.issues.map(formatIssue).join('\n'));
  const result = simulate(loaded.scenario, { hash: loaded.hash });
  return { scenario: loaded.scenario, result, frames: toFrames(result, loaded.scenario) };
}

/** Runs a scenario file (path relative to notebooks/, e.g. `../scenarios/guangzhou-baseline.yaml`). */
export function runFile(file: string): Promise<Run> {
  return runEntry(resolve(file).replace(/\\/g, '/'));
}

/**
 * Runs a variant of `base`: `patch` is what an `extends` file would hold (objects merge
 * deep, entity arrays merge by id); `id` names it in every frame's `scenario` column.
 */
export function runVariant(base: string, id: string, patch: Record<string, unknown>): Promise<Run> {
  const entry = resolve(`variant-${id}.json`).replace(/\\/g, '/');
  const text = JSON.stringify({ ...patch, extends: resolve(base).replace(/\\/g, '/'), id, name: id });
  return runEntry(entry, text);
}

/** Rows of a DataFrame as objects, column → value. */
export function rowsOf(df: { columns: string[]; values: unknown }): Record<string, unknown>[] {
  const cols = df.columns;
  return (df.values as unknown[][]).map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i]])));
}
