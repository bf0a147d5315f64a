/**
 * Building blocks of the scenario schema (SPEC §1 conventions, §2): numbers given as
 * numbers or decimal strings, shares in [0, 1], calendar years, slugs and per-year series.
 * Messages are English in zod; the issue translator adds the Chinese.
 */
import { z } from 'zod';
import type { SeriesSpec } from '../../core/model/series.ts';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A finite number, given as a number or a decimal string (`"1.50"`). */
export const num = z.preprocess(
  (v) => (typeof v === 'string' && DECIMAL.test(v.trim()) ? Number(v.trim()) : v),
  z.number().finite(),
);
export const nonNegative = num.pipe(z.number().min(0));
export const positive = num.pipe(z.number().gt(0));
/** A share or rate in [0, 1]. */
export const share = num.pipe(z.number().min(0).max(1));
/** A rate (decimal, 0.05 = 5%) in (−1, 1]. */
export const rate = num.pipe(z.number().gt(-1).max(1));
export const year = num.pipe(z.number().int().min(1990).max(2150));
export const wholeYears = num.pipe(z.number().int().min(0).max(100));
/** Stable ASCII identifier (SPEC §1 "Identifiers"). */
export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use a lowercase ASCII slug such as conghua-hot-spring');

const growthSeries = z.strictObject({ base: num, growth: rate.default(0), y0: year.optional() });
const tableSeries = z.strictObject({
  byYear: z.record(z.string().regex(/^\d{4}$/, 'keys are calendar years such as 2027'), num),
  fill: z.enum(['zero', 'carry']).default('zero'),
});

/**
 * A per-year series: a constant number, `{ base, growth, y0? }`, or `{ byYear: {2027: …}, fill }`.
 * Normalised to the core's `SeriesSpec`.
 */
export const series = z
  .union([num, growthSeries, tableSeries])
  .transform((v): SeriesSpec => {
    if (typeof v === 'number') return { kind: 'growth', base: v, growth: 0 };
    if ('byYear' in v) return { kind: 'table', byYear: v.byYear, fill: v.fill };
    return v.y0 === undefined ? { kind: 'growth', base: v.base, growth: v.growth } : { kind: 'growth', base: v.base, growth: v.growth, y0: v.y0 };
  });

/** A series that defaults to zero when absent. */
export const seriesOrZero = series.default({ kind: 'growth', base: 0, growth: 0 });
