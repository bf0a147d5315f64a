/**
 * Column descriptors of the frames (SPEC §10 "Result JSON" and "Stress … JSON", in long
 * form): each column's name, unit, Chinese and English description and the accessor that
 * reads its cell from the result. Series and scalar columns are generated from the result
 * types (`series`, `fields`: keys are checked against `RunResult`'s interfaces), so a frame
 * is one descriptor and its rows cannot drift from its documented columns.
 */
import type { RunResult } from '../core/result.ts';
import type { Scenario } from '../core/model/scenario.ts';

/**
 * The unit of a frame column. `wan` 万元; `share` a decimal fraction (0.07 = 7%); `ratio` a
 * plain multiple (debt ratios, DSCR, leverage); `rate` a decimal rate a year (IRR);
 * `wanPerJob` 万元 per job; `mu` 亩 of construction-land quota; `count` a whole number (jobs, findings); `year` a
 * calendar year; `id` a scenario identifier; `text` a label or message; `flag` true/false;
 * `rule` the unit of the row's rule (its `unit` column, SPEC §6 "Headroom"); `ruleHeadroom`
 * the unit of the rule's headroom (its `headroomUnit` column); `row` the unit named in the
 * row's `unit` column (stress series: it varies by series).
 */
export type ColumnUnit =
  | 'wan' | 'wanPerJob' | 'share' | 'ratio' | 'rate' | 'mu' | 'count' | 'year' | 'id' | 'text' | 'flag'
  | 'rule' | 'ruleHeadroom' | 'row';

/** A cell of a table: a number, a label, a flag, or null where the result has none. */
export type Cell = number | string | boolean | null;

/** One column: name, unit, and what it holds in Chinese and English. */
export interface ColumnSpec {
  readonly name: string;
  readonly unit: ColumnUnit;
  readonly zh: string;
  readonly en: string;
  /** Present only when `toFrames` is given the scenario (names, districts, themes, investment). */
  readonly withScenario?: boolean;
}

/** Where a cell is read: the run, its scenario (if given) and the year index (0 in per-subject frames). */
export interface CellContext<R = RunResult> {
  readonly result: R;
  readonly scenario: Scenario | undefined;
  readonly y: number;
}

/** A column with the accessor of its cell (`R` the result it reads; `unknown` when it reads only the subject). */
export interface Column<S, R = RunResult> extends ColumnSpec {
  readonly cell: (subject: S, ctx: CellContext<R>) => Cell;
}

/** Documentation of one generated column: unit, 中文, English, and its frame name when not the result's field name. */
export type Doc = readonly [unit: ColumnUnit, zh: string, en: string, name?: string];

/** Keys of `T` that hold a per-year series of cells. */
export type SeriesKeys<T> = { [K in keyof T]-?: T[K] extends readonly (infer V)[] ? (V extends Cell ? K : never) : never }[keyof T] & string;
/** Keys of `T` that hold one cell. */
export type ScalarKeys<T> = { [K in keyof T]-?: T[K] extends Cell ? K : never }[keyof T] & string;

/** The `y`-th element of a series, or null past its end. */
export const at = <V>(xs: readonly V[], y: number): V | null => (y < xs.length ? (xs[y] as V) : null);

/** A column read by `cell`. */
export function col<S, R = RunResult>(name: string, unit: ColumnUnit, zh: string, en: string, cell: Column<S, R>['cell'], withScenario = false): Column<S, R> {
  return withScenario ? { name, unit, zh, en, withScenario, cell } : { name, unit, zh, en, cell };
}

/** The columns of the series `docs` names in `part(subject)`, year by year, in the order of `docs`. */
export function series<S, P>(part: (s: S) => P, docs: { readonly [K in SeriesKeys<P>]?: Doc }): Column<S, unknown>[] {
  return (Object.entries(docs) as unknown as [SeriesKeys<P>, Doc][]).map(([key, [unit, zh, en, name]]) =>
    col<S, unknown>(name ?? key, unit, zh, en, (s, c) => at(part(s)[key] as readonly Cell[], c.y)));
}

/** The columns of the scalar fields `docs` names in `part(subject)`, in the order of `docs`. */
export function fields<S, P>(part: (s: S) => P, docs: { readonly [K in ScalarKeys<P>]?: Doc }): Column<S, unknown>[] {
  return (Object.entries(docs) as unknown as [ScalarKeys<P>, Doc][]).map(([key, [unit, zh, en, name]]) =>
    col<S, unknown>(name ?? key, unit, zh, en, (s) => part(s)[key] as Cell));
}

/** The `scenario` column every frame starts with, so frames of several runs concatenate. */
export const scenarioColumn = <S, R extends { readonly scenario: { readonly id: string } } = RunResult>(): Column<S, R> =>
  col<S, R>('scenario', 'id', '情景编号', 'scenario id', (_, c) => c.result.scenario.id);
/** The `year` column of a per-year frame (the budget year of the row's index). */
export const yearColumn = <S, R extends { readonly years: readonly number[] } = RunResult>(): Column<S, R> =>
  col<S, R>('year', 'year', '预算年度', 'budget year', (_, c) => c.result.years[c.y] ?? null);
/** An id column read from the subject's `id`. */
export const idColumn = <S extends { readonly id: string }>(name: string, zh: string, en: string): Column<S> =>
  col<S>(name, 'id', zh, en, (s) => s.id);

/** A column's spec without its accessor (the documentation). */
export const specOf = <S, R>({ name, unit, zh, en, withScenario }: Column<S, R>): ColumnSpec =>
  (withScenario ? { name, unit, zh, en, withScenario } : { name, unit, zh, en });
