/**
 * The row subjects of the towns and PPP frames (SPEC §10 "Result JSON"): each town's or
 * project's result with what the scenario adds (names, districts, investment completed and
 * jobs; the project's town and district), and the towns frame's reward-program columns.
 */
import { investmentCompleted } from '../core/rewards/investmentCompleted.ts';
import { expandSeries } from '../core/model/expand.ts';
import type { PppResult, RunResult, TownResult } from '../core/result.ts';
import type { Scenario, Town } from '../core/model/scenario.ts';
import { at, col, type Cell, type Column } from './columns.ts';

/** The program ids of a result in first-seen order over its towns. */
export function programIds(result: RunResult): string[] {
  const ids = new Set<string>();
  for (const t of result.towns) for (const id of Object.keys(t.rewards.byProgram)) ids.add(id);
  return [...ids];
}

/** The two columns each reward program adds to the towns frame, after the fixed ones, in program order. */
export function townProgramColumns(programId: string): readonly Column<TownRow>[] {
  const flow = (kind: 'claimed' | 'paid', y: number, t: TownResult): Cell => {
    const f = t.rewards.byProgram[programId];
    return f ? at(f[kind], y) : 0;
  };
  return [
    col<TownRow>(`claimed:${programId}`, 'wan', `${programId} 应得奖补`, `${programId}: claimed`, (r, c) => flow('claimed', c.y, r.t)),
    col<TownRow>(`paid:${programId}`, 'wan', `${programId} 实付奖补`, `${programId}: paid`, (r, c) => flow('paid', c.y, r.t)),
  ];
}

/** A town's row subject: its result, and (given the scenario) its spec, investment completed and jobs. */
export interface TownRow {
  readonly t: TownResult;
  readonly info: Town | undefined;
  readonly inv: Float64Array | undefined;
  readonly jobs: Float64Array | undefined;
}

/** Jobs reached per year: target × expected achievement of the `jobs` KPI (0 without one). */
function townJobs(town: Town, startYear: number, Y: number): Float64Array {
  const jobs = new Float64Array(Y);
  const kpi = town.kpis['jobs'];
  if (!kpi) return jobs;
  const target = expandSeries(kpi.target, startYear, Y);
  const expected = expandSeries(kpi.expected, startYear, Y);
  for (let y = 0; y < Y; y++) jobs[y] = (target[y] ?? 0) * (expected[y] ?? 0);
  return jobs;
}

/** The towns' row subjects, in the result's order. */
export function townRows(result: RunResult, scenario: Scenario | undefined): TownRow[] {
  const Y = result.years.length;
  const startYear = result.years[0] ?? 0;
  const specs = new Map((scenario?.towns ?? []).map((t) => [t.id, t] as const));
  return result.towns.map((t) => {
    const info = specs.get(t.id);
    return info
      ? { t, info, inv: investmentCompleted(info, startYear, Y), jobs: townJobs(info, startYear, Y) }
      : { t, info, inv: undefined, jobs: undefined };
  });
}

/** A PPP project's row subject: its result, and (given the scenario) its town and district. */
export interface PppRow {
  readonly p: PppResult;
  readonly town: string | null;
  readonly district: string | null;
}

/** The PPP projects' row subjects, in the result's order. */
export function pppRows(result: RunResult, scenario: Scenario | undefined): PppRow[] {
  return result.ppp.map((p) => {
    const town = scenario?.ppp.find((q) => q.id === p.id)?.town ?? null;
    const district = town === null ? null : (scenario?.towns.find((t) => t.id === town)?.district ?? null);
    return { p, town, district };
  });
}
