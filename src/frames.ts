/**
 * Node-only entry: a run result as danfojs-node DataFrames in long form, for analysts'
 * notebooks (issue #16; SPEC §10 "Result JSON"). Never imported by `src/core`, `src/app`
 * or the CLI: danfojs-node is large and Node-only (a test checks the browser bundle and
 * the CLI's import graph). Column names and units: `FRAME_COLUMNS`, docs/frames.md.
 *
 * ```ts
 * const frames = toFrames(result, scenario);
 * frames.towns.groupby(['district']).col(['rewardsTotal']).sum();
 * ```
 */
import { DataFrame } from 'danfojs-node';
import type { RunResult } from './core/result.ts';
import type { Scenario } from './core/model/scenario.ts';
import { FRAME_COLUMNS, type ColumnUnit, type FrameName } from './frames/columns.ts';
import { resultTables, type Table } from './frames/rows.ts';

export { FRAME_COLUMNS, townProgramColumns, columnNames } from './frames/columns.ts';
export type { ColumnSpec, ColumnUnit, FrameName } from './frames/columns.ts';
export { resultTables, programIds } from './frames/rows.ts';
export type { Cell, Table } from './frames/rows.ts';
export { DataFrame };

/** The frames of one run (see `FRAME_COLUMNS` for each one's columns and units). */
export type Frames = Readonly<Record<FrameName, DataFrame>>;

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
 * an all-null column keeps its type); an empty table keeps its columns.
 */
export function tableToFrame(table: Table, units: ReadonlyMap<string, ColumnUnit>): DataFrame {
  const dtypes = table.columns.map((c) => dtypeOf(units.get(c) ?? 'wan'));
  return new DataFrame(table.rows.map((r) => [...r]), { columns: [...table.columns], dtypes });
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
  const tables = resultTables(result, scenario);
  const out = {} as Record<FrameName, DataFrame>;
  for (const name of Object.keys(tables) as FrameName[]) {
    const units = new Map(FRAME_COLUMNS[name].map((c) => [c.name, c.unit] as const));
    out[name] = tableToFrame(tables[name], units);
  }
  return out;
}
