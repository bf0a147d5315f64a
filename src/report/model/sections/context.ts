/** What every section builder reads: one run, the scenario it ran, and the display decimals. */
import type { Scenario } from '../../../core/model/scenario.ts';
import type { RunResult } from '../../../core/result.ts';

export interface SectionContext {
  readonly result: RunResult;
  readonly scenario: Scenario;
  /** Decimals of 万元 amounts. */
  readonly decimals: number;
}

/** Name of an entity by id, falling back to the id. */
export function namer(entities: readonly { readonly id: string; readonly name: string }[]): (id: string) => string {
  const m = new Map(entities.map((e) => [e.id, e.name] as const));
  return (id) => m.get(id) ?? id;
}

/** Value of a series in year index i; a missing entry is 0 (series align with `years`). */
export function at(series: ArrayLike<number>, i: number): number {
  return series[i] ?? 0;
}

/** Value of a nullable series in year index i. */
export function atN(series: readonly (number | null)[], i: number): number | null {
  return series[i] ?? null;
}
