/**
 * A run result as plain tables in long form (SPEC §10 "Result JSON"): the frames of
 * `RUN_FRAMES`, their documented columns and the tables they build. Pure (no danfojs);
 * `src/frames.ts` wraps the tables as DataFrames.
 */
import type { RunResult } from '../core/result.ts';
import type { Scenario } from '../core/model/scenario.ts';
import type { ColumnSpec } from './columns.ts';
import type { Table } from './frame.ts';
import { RUN_FRAMES, type FrameName } from './runFrames.ts';

/** Every frame of `result` as a table; the scenario (the one run) adds names, districts, themes, investment and jobs. */
export function resultTables(result: RunResult, scenario?: Scenario): Record<FrameName, Table> {
  const out = {} as Record<FrameName, Table>;
  for (const name of Object.keys(RUN_FRAMES) as FrameName[]) out[name] = RUN_FRAMES[name].table(result, scenario);
  return out;
}

/** The fixed columns of each frame, in order (the documentation: docs/frames.md lists them). The towns frame adds program columns (`townProgramColumns`). */
export const FRAME_COLUMNS = Object.fromEntries(
  (Object.keys(RUN_FRAMES) as FrameName[]).map((n) => [n, RUN_FRAMES[n].columns]),
) as unknown as Readonly<Record<FrameName, readonly ColumnSpec[]>>;

/** Column names of a frame, with or without the scenario-only columns. */
export function columnNames(frame: FrameName, withScenario: boolean): string[] {
  return FRAME_COLUMNS[frame].filter((s) => withScenario || !s.withScenario).map((s) => s.name);
}
