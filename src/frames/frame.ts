/**
 * A frame descriptor (one per entity) and the table it builds (SPEC §10, in long form):
 * one row per subject (and year, in per-year frames), cells in column order, read by each
 * column's accessor. Pure (no danfojs), so shapes are tested without DataFrames.
 */
import type { RunResult } from '../core/result.ts';
import type { Scenario } from '../core/model/scenario.ts';
import { specOf, type Cell, type CellContext, type Column, type ColumnSpec } from './columns.ts';

/** One frame as a table: column names and rows of cells in that order. */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** One frame: what a row is, the subjects that give rows (each year, or once), and the columns. */
export interface FrameDef<S, R = RunResult> {
  /** What one row is, for docs/frames.md. */
  readonly about: string;
  readonly perYear: boolean;
  readonly subjects: (result: R, scenario: Scenario | undefined) => readonly S[];
  readonly columns: readonly Column<S, R>[];
  /** Columns that depend on the result (the towns frame's reward programs), after the fixed ones. */
  readonly extra?: (result: R) => readonly Column<S, R>[];
}

/** A frame with its subject type erased: its documentation and its table builder. */
export interface Frame<R = RunResult> {
  readonly about: string;
  /** The fixed columns in order (the towns frame adds program columns after them). */
  readonly columns: readonly ColumnSpec[];
  readonly table: (result: R, scenario?: Scenario) => Table;
}

/** Years of a per-year frame's rows. */
export interface HasYears {
  readonly years: readonly number[];
}

/**
 * The frame of descriptor `def`: its table has the scenario-only columns only when the
 * scenario is given, then the result-dependent ones; a row per subject and year index
 * (per-year frames) or per subject.
 */
export function defineFrame<S, R extends HasYears = RunResult>(def: FrameDef<S, R>): Frame<R> {
  return {
    about: def.about,
    columns: def.columns.map(specOf),
    table: (result, scenario) => {
      const columns = [...def.columns.filter((c) => scenario !== undefined || !c.withScenario), ...(def.extra?.(result) ?? [])];
      const rows: Cell[][] = [];
      const years = def.perYear ? result.years.length : 1;
      for (const s of def.subjects(result, scenario)) {
        for (let y = 0; y < years; y++) {
          const ctx: CellContext<R> = { result, scenario, y };
          rows.push(columns.map((c) => c.cell(s, ctx)));
        }
      }
      return { columns: columns.map((c) => c.name), rows };
    },
  };
}
