/**
 * Node-only entry: a run result (SPEC §10 "Result JSON") and a stress result (SPEC §10
 * `stress`) as danfojs-node DataFrames in long form, for analysts' notebooks (issue #16).
 * Never imported by `src/core`, `src/app` or the CLI: danfojs-node is large and Node-only
 * (a test checks the browser bundle and the CLI's import graph). Column names and units:
 * `RUN_FRAMES` / `FRAME_COLUMNS`, `STRESS_FRAMES`, docs/frames.md (generated from them).
 *
 * ```ts
 * const frames = toFrames(result, scenario);
 * frames.towns.groupby(['district']).col(['rewardsTotal']).sum();
 * ```
 */
import { DataFrame } from 'danfojs-node';
import type { RunResult } from './core/result.ts';
import type { Scenario } from './core/model/scenario.ts';
import type { StressResult } from './core/stress/reduce.ts';
import type { ColumnUnit } from './frames/columns.ts';
import type { Frame, Table } from './frames/frame.ts';
import { RUN_FRAMES, type FrameName } from './frames/runFrames.ts';
import { STRESS_FRAMES, type StressFrameName } from './frames/stressFrames.ts';

export { FRAME_COLUMNS, columnNames, resultTables } from './frames/rows.ts';
export { RUN_FRAMES, townProgramColumns, programIds } from './frames/runFrames.ts';
export { STRESS_FRAMES, seriesUnit, splitSeriesKey } from './frames/stressFrames.ts';
export type { Cell, ColumnSpec, ColumnUnit } from './frames/columns.ts';
export type { Frame, Table } from './frames/frame.ts';
export type { FrameName } from './frames/runFrames.ts';
export type { SeriesPoint, StressFrameName } from './frames/stressFrames.ts';
export { DataFrame };

/** The frames of one run (see `FRAME_COLUMNS` for each one's columns and units). */
export type Frames = Readonly<Record<FrameName, DataFrame>>;
/** The frames of one stress result (see `STRESS_FRAMES`). */
export type StressFrames = Readonly<Record<StressFrameName, DataFrame>>;

/** danfojs dtype of a column unit: numbers stay JS doubles whatever the label says (danfojs has no float64 label). */
function dtypeOf(unit: ColumnUnit): 'float32' | 'int32' | 'string' | 'boolean' {
  switch (unit) {
    case 'year': return 'int32';
    case 'id': case 'text': return 'string';
    case 'flag': return 'boolean';
    default: return 'float32';
  }
}

/**
 * A table as a DataFrame with dtypes from the column units (not guessed from the values, so
 * an all-null column keeps its type); an empty table keeps its columns. A column `units`
 * does not name (the towns frame's program columns) is 万元.
 */
export function tableToFrame(table: Table, units: ReadonlyMap<string, ColumnUnit>): DataFrame {
  const dtypes = table.columns.map((c) => dtypeOf(units.get(c) ?? 'wan'));
  return new DataFrame(table.rows.map((r) => [...r]), { columns: [...table.columns], dtypes });
}

/** Every frame of `frames` over `input` as a DataFrame. */
function allFrames<N extends string, R>(frames: Readonly<Record<N, Frame<R>>>, input: R, scenario?: Scenario): Record<N, DataFrame> {
  const out = {} as Record<N, DataFrame>;
  for (const name of Object.keys(frames) as N[]) {
    const frame = frames[name];
    const units = new Map(frame.columns.map((c) => [c.name, c.unit] as const));
    out[name] = tableToFrame(frame.table(input, scenario), units);
  }
  return out;
}

/**
 * The run result `result` as DataFrames in long form: `city`, `districts`, `towns`, `ppp`,
 * `funds` (one row per subject and year); `pppProjects`, `fundTerms` (one row per
 * subject); `limits`, `findings` (one row per evaluated limit / finding); `summary` (one
 * row). Every frame starts with a `scenario` column, so frames of several runs concatenate.
 * Given the scenario that was run, the towns frame adds name, district, theme, region,
 * flagship, investment completed and jobs, and the PPP frame the town and district.
 */
export function toFrames(result: RunResult, scenario?: Scenario): Frames {
  return allFrames(RUN_FRAMES, result, scenario);
}

/**
 * A stress result (SPEC §10 `stress` JSON) as DataFrames in long form: `stressRun` (one
 * row), `stressSeries` (key series × year × percentile), `stressBreaches` (per limit row),
 * `stressBreachesEver` (per rule and subject) and `contingent` (PPP project × year).
 */
export function stressFrames(stress: StressResult): StressFrames {
  return allFrames(STRESS_FRAMES, stress);
}
