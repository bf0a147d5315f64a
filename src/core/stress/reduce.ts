/**
 * Reduction of path blocks into the SPEC §10 `stress` JSON: exact percentiles per key series
 * and year over all paths, breach probability and expected shortfall per limit row (and at
 * least once over the horizon per rule and subject), and the PPP contingent liabilities'
 * expected payout and P95 per project and year, and per paying level beside its 财承 room. Blocks are taken in path order and chunk
 * sums added in chunk order, so the output does not depend on how paths were split.
 */
import { ENGINE_VERSION } from '../version.ts';
import type { Scenario } from '../model/scenario.ts';
import type { LimitRow, Subject } from '../rules/types.ts';
import { scenarioYears } from '../model/timeline.ts';
import { contingentProjects } from './contingent.ts';
import { contingentRoom } from './contingentRoom.ts';
import type { ContingentRoomRow } from './contingentRoom.ts';
import { keySeriesNames } from './keySeries.ts';
import type { PathBlock } from './paths.ts';
import { rowKey } from './paths.ts';
import { PERCENTILES, percentilesInPlace } from './percentiles.ts';
import type { StochasticSpec } from './spec.ts';

export interface StressBreach {
  readonly rule: string;
  readonly subject: Subject;
  readonly year: number;
  readonly probability: number;
  /** Mean amount beyond the line over the paths where the row is crossed; null when never crossed. */
  readonly expectedShortfall: number | null;
}

/** SPEC §10 `stress` JSON. */
export interface StressResult {
  readonly engineVersion: string;
  readonly scenario: { readonly id: string; readonly name: string; readonly hash: string };
  readonly seed: number;
  readonly paths: number;
  /** The named preset applied before sampling (SPEC §8), if any. */
  readonly preset: string | null;
  readonly years: readonly number[];
  readonly percentiles: readonly number[];
  readonly series: Readonly<Record<string, readonly (readonly (number | null)[])[]>>;
  readonly breaches: readonly StressBreach[];
  readonly breachesEver: readonly { readonly rule: string; readonly subject: Subject; readonly probability: number }[];
  readonly contingent: readonly { readonly ppp: string; readonly year: number; readonly expected: number; readonly p95: number }[];
  /** Contingent payouts per paying level and year beside its 财承 room (`contingentRoom.ts`; additive to SPEC §10, optional so results and fixtures written before it still type-check). */
  readonly contingentRoom?: readonly ContingentRoomRow[];
  /** The distributions used (calibrations, SPEC §8). */
  readonly stochastic: StochasticSpec;
}

export interface ReduceContext {
  readonly scenario: Scenario;
  readonly spec: StochasticSpec;
  readonly seed: number;
  readonly hash: string;
  readonly preset: string | null;
  /** Every limit row of the deterministic run, in its order: the rows reported (crossed or not). */
  readonly baseLimits: readonly LimitRow[];
}

/** The values of slot `slot` (series or contingent index `q·Y + t`) over every path, in path order. */
function gather(blocks: readonly PathBlock[], pick: (b: PathBlock) => Float64Array, slot: number, N: number): Float64Array {
  const out = new Float64Array(N);
  let at = 0;
  for (const b of blocks) {
    const m = b.to - b.from;
    out.set(pick(b).subarray(slot * b.stride, slot * b.stride + m), at);
    at += m;
  }
  return out;
}

/** Reduces blocks (any split, any order given) into the stress result. */
export function reduceStress(ctx: ReduceContext, blocksIn: readonly PathBlock[]): StressResult {
  const blocks = [...blocksIn].sort((a, b) => a.from - b.from);
  let N = 0;
  for (const b of blocks) {
    if (b.from !== N) throw new Error(`reduceStress: paths ${N}… missing (block starts at ${b.from})`);
    N = b.to;
  }
  const s = ctx.scenario;
  const Y = s.horizonYears;
  const series: Record<string, (number | null)[][]> = {};
  keySeriesNames(s).forEach((name, k) => {
    series[name] = Array.from({ length: Y }, (_, t) => percentilesInPlace(gather(blocks, (b) => b.series, k * Y + t, N)));
  });
  const rows = new Map<string, { count: number; shortfall: number }>();
  const ever = new Map<string, number>();
  for (const b of blocks) {
    for (const c of b.chunks) {
      for (const [key, e] of c.rows) {
        const acc = rows.get(key) ?? { count: 0, shortfall: 0 };
        acc.count += e.count;
        acc.shortfall += e.shortfall;
        rows.set(key, acc);
      }
      for (const [g, n] of c.ever) ever.set(g, (ever.get(g) ?? 0) + n);
    }
  }
  const breaches: StressBreach[] = [];
  const seen = new Set<string>();
  const groups: { rule: string; subject: Subject }[] = [];
  const groupSeen = new Set<string>();
  const push = (rule: string, subject: Subject, year: number, key: string): void => {
    const e = rows.get(key);
    breaches.push({ rule, subject, year, probability: N > 0 ? (e?.count ?? 0) / N : 0, expectedShortfall: e && e.count > 0 ? e.shortfall / e.count : null });
    const g = `${rule}|${subject.kind}|${subject.id}`;
    if (!groupSeen.has(g)) {
      groupSeen.add(g);
      groups.push({ rule, subject });
    }
  };
  for (const r of ctx.baseLimits) {
    const key = rowKey(r);
    if (seen.has(key)) continue;
    seen.add(key);
    push(r.rule, r.subject, r.year, key);
  }
  // rows only some paths evaluate (none in the deterministic run), in a stable order
  for (const key of [...rows.keys()].filter((k) => !seen.has(k)).sort()) {
    const [rule = '', kind = '', id = '', year = '0'] = key.split('|');
    push(rule, { kind, id } as Subject, Number(year), key);
  }
  const breachesEver = groups.map(({ rule, subject }) => ({ rule, subject, probability: N > 0 ? (ever.get(`${rule}|${subject.kind}|${subject.id}`) ?? 0) / N : 0 }));
  const years = scenarioYears(s);
  const contingent = contingentProjects(s).flatMap((p, c) =>
    years.map((year, t) => {
      const v = gather(blocks, (b) => b.contingent, c * Y + t, N);
      let sum = 0;
      for (const x of v) sum += x;
      return { ppp: s.ppp[p]!.id, year, expected: N > 0 ? sum / N : 0, p95: percentilesInPlace(v, [95])[0] ?? 0 };
    }));
  const contingentLevels = contingentRoom(s, contingentProjects(s), ctx.baseLimits, (c, t) => gather(blocks, (b) => b.contingent, c * Y + t, N), N);
  return {
    engineVersion: ENGINE_VERSION,
    scenario: { id: s.id, name: s.name, hash: ctx.hash },
    seed: ctx.seed,
    paths: N,
    preset: ctx.preset,
    years,
    percentiles: [...PERCENTILES],
    series,
    breaches,
    breachesEver,
    contingent,
    contingentRoom: contingentLevels,
    stochastic: ctx.spec,
  };
}
