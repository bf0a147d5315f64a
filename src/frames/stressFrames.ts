/**
 * A stress result (SPEC §10 "Stress … JSON", §8) as tables in long form: the key series'
 * percentiles (one row per series, year and percentile), the breach probability and
 * expected shortfall per limit row, the probability of a breach at least once per rule and
 * subject, the PPP contingent liabilities' expected payout and P95, and the run's terms.
 */
import type { StressBreach, StressResult } from '../core/stress/reduce.ts';
import { col, fields, scenarioColumn, type ColumnUnit } from './columns.ts';
import { defineFrame } from './frame.ts';
import { RUN_FRAMES } from './runFrames.ts';
import { ruleSubjectColumns, ruleUnitColumns } from './ruleColumns.ts';

/** One percentile of one key series in one year. */
export interface SeriesPoint {
  readonly series: string;
  readonly subjectKind: 'city' | 'district';
  readonly subject: string | null;
  readonly measure: string;
  readonly year: number;
  readonly percentile: number;
  readonly value: number | null;
}

/** `city.<measure>` or `district.<id>.<measure>` (SPEC §10 "Series keys") split into kind, subject and measure. */
export function splitSeriesKey(key: string): Pick<SeriesPoint, 'subjectKind' | 'subject' | 'measure'> {
  const [kind = '', ...rest] = key.split('.');
  if (kind === 'district') return { subjectKind: 'district', subject: rest[0] ?? null, measure: rest.slice(1).join('.') };
  return { subjectKind: 'city', subject: null, measure: rest.join('.') };
}

/**
 * The unit of a key series: that of the run frame's column of the same measure (`city` or
 * `districts`); a `rewardPool.<f>` measure is the city frame's pool column (`pool<F>` or `<f>`).
 */
export function seriesUnit(key: string): ColumnUnit | null {
  const { subjectKind, measure } = splitSeriesKey(key);
  const cols = RUN_FRAMES[subjectKind === 'city' ? 'city' : 'districts'].columns;
  const field = measure.startsWith('rewardPool.') ? measure.slice('rewardPool.'.length) : null;
  const names = field === null ? [measure] : [`pool${field.charAt(0).toUpperCase()}${field.slice(1)}`, field];
  for (const n of names) {
    const c = cols.find((s) => s.name === n);
    if (c) return c.unit;
  }
  return null;
}

function seriesPoints(r: StressResult): SeriesPoint[] {
  const out: SeriesPoint[] = [];
  for (const [key, byYear] of Object.entries(r.series)) {
    const parts = splitSeriesKey(key);
    byYear.forEach((ps, t) => r.percentiles.forEach((percentile, i) => {
      out.push({ series: key, ...parts, year: r.years[t] ?? 0, percentile, value: ps[i] ?? null });
    }));
  }
  return out;
}

type Ever = StressResult['breachesEver'][number];
type Contingent = StressResult['contingent'][number];

/** The frames `stressFrames` returns, in order. */
export const STRESS_FRAMES = {
  stressRun: defineFrame<StressResult, StressResult>({
    about: 'one row: the run’s terms (SPEC §10 `stress`)',
    perYear: false,
    subjects: (r) => [r],
    columns: [
      scenarioColumn(),
      col<StressResult, StressResult>('hash', 'text', '情景内容哈希', 'scenario content hash', (r) => r.scenario.hash),
      ...fields((r: StressResult) => r, {
        engineVersion: ['text', '引擎版本', 'engine version'],
        seed: ['count', '随机种子', 'seed'],
        paths: ['count', '路径数', 'paths'],
        preset: ['text', '预设压力情景（无则为空）', 'named preset applied (null when none)'],
      }),
    ],
  }),
  stressSeries: defineFrame<SeriesPoint, StressResult>({
    about: 'key series × year × percentile (SPEC §10 "Series keys"); `value` in the row’s `unit`',
    perYear: false,
    subjects: seriesPoints,
    columns: [
      scenarioColumn(),
      ...fields((p: SeriesPoint) => p, {
        series: ['id', '序列键', 'series key'],
        subjectKind: ['text', '对象类型（city/district）', 'subject kind (city/district)'],
        subject: ['id', '区（市级序列为空）', 'district id (null for city series)'],
        measure: ['text', '指标（结果JSON字段名）', 'measure (result JSON field)'],
        year: ['year', '预算年度', 'budget year'],
        percentile: ['count', '百分位（5/25/50/75/95）', 'percentile (5/25/50/75/95)'],
        value: ['row', '百分位值（未定义为空）', 'value at the percentile (null when undefined)'],
      }),
      col<SeriesPoint, StressResult>('unit', 'text', '指标单位（同结果帧的列）', "the measure's unit (as in the run frames)", (p) => seriesUnit(p.series)),
    ],
  }),
  stressBreaches: defineFrame<StressBreach, StressResult>({
    about: 'one row per limit row of the deterministic run (and rows only some paths evaluate)',
    perYear: false,
    subjects: (r) => r.breaches,
    columns: [
      scenarioColumn(), ...ruleSubjectColumns<StressBreach>(),
      ...fields((b: StressBreach) => b, {
        year: ['year', '预算年度', 'budget year'],
        probability: ['share', '越线（或至少黄档）的路径占比', 'share of paths where the row is a breach (a tier: at least yellow)'],
        expectedShortfall: ['ruleHeadroom', '越线路径的平均越线量（从未越线为空）', 'mean amount beyond the line over those paths (null when never crossed)'],
      }),
      ...ruleUnitColumns<StressBreach>(),
    ],
  }),
  stressBreachesEver: defineFrame<Ever, StressResult>({
    about: 'one row per rule and subject: a breach at least once over the horizon',
    perYear: false,
    subjects: (r) => r.breachesEver,
    columns: [
      scenarioColumn(), ...ruleSubjectColumns<Ever>(),
      col<Ever, StressResult>('probability', 'share', '期内至少一次越线的路径占比', 'share of paths with a breach in at least one year', (e) => e.probability),
    ],
  }),
  contingent: defineFrame<Contingent, StressResult>({
    about: 'PPP project × year: contingent liabilities (guarantees called, SPEC §8)',
    perYear: false,
    subjects: (r) => r.contingent,
    columns: [
      scenarioColumn(),
      ...fields((c: Contingent) => c, {
        ppp: ['id', 'PPP项目', 'PPP project id'],
        year: ['year', '预算年度', 'budget year'],
        expected: ['wan', '或有支出期望值', 'expected payout'],
        p95: ['wan', '或有支出P95', 'payout, 95th percentile'],
      }),
    ],
  }),
} as const;

/** The frames `stressFrames` returns. */
export type StressFrameName = keyof typeof STRESS_FRAMES;
