/**
 * A block of Monte Carlo paths `[from, to)` (SPEC §8): each path draws its shocks from its
 * own stream (`pathRng(seed, i)`), runs the deterministic run's modules and checks on the
 * shocked scenario (`simulatePath`: no findings, no result shaping), and is reduced at once
 * into preallocated arrays — the key series and the contingent payouts per path, and per
 * chunk of `CHUNK` paths the breached limit rows — so no path's full result is kept. Chunks
 * are fixed in path numbering, so sums over them come out the same however the paths are
 * split among workers.
 */
import { simulatePath } from '../simulate.ts';
import type { Scenario } from '../model/scenario.ts';
import type { LimitRow } from '../rules/types.ts';
import { contingentPayout, contingentProjects } from './contingent.ts';
import { drawShocks } from './draws.ts';
import { keySeriesNames, readKeySeries } from './keySeries.ts';
import { pathRng } from './rng.ts';
import { shockedScenario } from './shock.ts';
import type { StochasticSpec } from './spec.ts';

/** Paths per reduction chunk; worker blocks start on a chunk boundary. */
export const CHUNK = 256;

/** Breached limit rows of one chunk of paths: by row key, the count and the summed shortfall. */
export interface ChunkBreaches {
  readonly rows: Map<string, { count: number; shortfall: number }>;
  /** By `rule|kind|id`: paths in which the subject's rule was breached at least once. */
  readonly ever: Map<string, number>;
}

/** What a block of paths hands to the reduction. */
export interface PathBlock {
  readonly from: number;
  /** One past the last path run (less than asked when stopped). */
  readonly to: number;
  /** Paths asked for: the stride `m` of the arrays below. */
  readonly stride: number;
  /** Key series values, index `(k·Y + t)·m + j` for path `from + j`. */
  readonly series: Float64Array;
  /** Contingent payouts, index `(c·Y + t)·m + j`, c over `contingentProjects`. */
  readonly contingent: Float64Array;
  readonly chunks: ChunkBreaches[];
}

/** A limit row's key: rule, subject and year. */
export function rowKey(r: Pick<LimitRow, 'rule' | 'subject' | 'year'>): string {
  return `${r.rule}|${r.subject.kind}|${r.subject.id}|${r.year}`;
}

/** True when the row counts as crossed: a breach, or for a tier at least yellow (SPEC §10). */
export function isCrossed(r: LimitRow): boolean {
  return r.rule === 'district.tier' ? r.level !== 'ok' : r.level === 'breach';
}

export interface BlockOptions {
  readonly seed: number;
  readonly from: number;
  readonly to: number;
  /** Called after each path with the number done in this block. */
  readonly onPath?: (done: number) => void;
  /** Polled between paths: true stops the block early (Ctrl-C, cancel). */
  readonly stop?: () => boolean;
  /** Paths per reduction chunk (default `CHUNK`; tests use small ones). */
  readonly chunk?: number;
}

/** Runs paths `[from, to)` of a stress run. */
export function runBlock(scenario: Scenario, spec: StochasticSpec, o: BlockOptions): PathBlock {
  const Y = scenario.horizonYears;
  const K = keySeriesNames(scenario).length;
  const cp = contingentProjects(scenario);
  const m = o.to - o.from;
  const series = new Float64Array(K * Y * m);
  const contingent = new Float64Array(cp.length * Y * m);
  const pay = new Float64Array(Y);
  const chunks: ChunkBreaches[] = [];
  let chunk: ChunkBreaches | null = null;
  const size = o.chunk ?? CHUNK;
  const keys = new RowKeys();
  let i = o.from;
  for (; i < o.to; i++) {
    if (o.stop?.()) break;
    const j = i - o.from;
    if (chunk === null || i % size === 0) {
      chunk = { rows: new Map(), ever: new Map() };
      chunks.push(chunk);
    }
    const shocks = drawShocks(scenario, spec, pathRng(o.seed, i));
    const r = simulatePath(shockedScenario(scenario, shocks), { achievements: shocks.achievements });
    readKeySeries(r, (k, t, v) => { series[(k * Y + t) * m + j] = v; });
    cp.forEach((p, c) => {
      contingentPayout(scenario, scenario.ppp[p]!, shocks.demand[p]!, spec.ppp.guaranteeFloor, pay);
      for (let t = 0; t < Y; t++) contingent[(c * Y + t) * m + j] = pay[t]!;
    });
    const ever = new Set<string>();
    const limits = r.limits;
    for (let q = 0; q < limits.length; q++) {
      const row = limits[q]!;
      if (!isCrossed(row)) continue;
      const key = keys.of(q, row);
      let e = chunk.rows.get(key.row);
      if (e === undefined) {
        e = { count: 0, shortfall: 0 };
        chunk.rows.set(key.row, e);
      }
      e.count++;
      e.shortfall += row.headroom !== null && row.headroom < 0 ? -row.headroom : 0;
      ever.add(key.group);
    }
    for (const g of ever) chunk.ever.set(g, (chunk.ever.get(g) ?? 0) + 1);
    o.onPath?.(j + 1);
  }
  return { from: o.from, to: i, stride: m, series, contingent, chunks };
}

/** A crossed row's keys: `rowKey` and the `rule|kind|id` group of its subject. */
interface Keys {
  readonly rule: string;
  readonly kind: string;
  readonly id: string;
  readonly year: number;
  readonly row: string;
  readonly group: string;
}

/**
 * The keys of crossed rows by position in a path's `limits` (its rows not at ok, in
 * evaluation order): paths of a run mostly keep the same rows, so the key strings are built
 * once per position and reused while the row there is the same rule, subject and year
 * (checked field by field; where a path keeps other rows, it just builds new keys).
 */
class RowKeys {
  private readonly at: (Keys | undefined)[] = [];

  of(q: number, r: LimitRow): Keys {
    const k = this.at[q];
    if (k !== undefined && k.year === r.year && k.rule === r.rule && k.id === r.subject.id && k.kind === r.subject.kind) return k;
    const fresh: Keys = { rule: r.rule, kind: r.subject.kind, id: r.subject.id, year: r.year, row: rowKey(r), group: `${r.rule}|${r.subject.kind}|${r.subject.id}` };
    this.at[q] = fresh;
    return fresh;
  }
}
