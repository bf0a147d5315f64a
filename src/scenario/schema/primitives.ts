/**
 * Building blocks of the scenario schema (SPEC §1 conventions, §2): numbers given as
 * numbers or decimal strings, shares in [0, 1], calendar years, slugs and per-year series.
 * Messages are English in zod; the issue translator (`../translateIssues.ts`) adds the
 * Chinese.
 */
import { z } from 'zod';
import type { SeriesSpec } from '../../core/model/series.ts';

/**
 * Chinese text of the English messages this schema gives zod (regex hints, union hints),
 * keyed by the English: the issue translator looks them up.
 */
export const messageHints: Map<string, string> = new Map();

/** Registers the Chinese of an English schema message and returns the English. */
export function hint(zh: string, en: string): string {
  messageHints.set(en, zh);
  return en;
}

/** A union of input shapes whose mismatch reads as one plain bilingual hint. */
export function oneOf<const T extends readonly [z.core.SomeType, ...z.core.SomeType[]]>(options: T, zh: string, en: string): z.ZodUnion<T> {
  const message = hint(zh, en);
  return z.union(options, { error: (iss) => (iss.code === 'invalid_union' ? message : undefined) });
}

/** A decimal number written as text: `1.5`, `"1.50"`, `"-2e3"` (SPEC §1 "Money"). */
export const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function toNumber(v: unknown): unknown {
  return typeof v === 'string' && DECIMAL_PATTERN.test(v.trim()) ? Number(v.trim()) : v;
}

/**
 * True for a schema made by `decimal` (or a copy of one, e.g. after `.describe()`): it reads
 * "a number or a decimal string". The JSON Schema generator (`../jsonSchema.ts`) widens
 * exactly these to `number | decimal string`.
 */
export function isDecimalSchema(s: z.core.$ZodType): boolean {
  const def = s._zod.def;
  if (def.type !== 'pipe') return false;
  const inner = (def as z.core.$ZodPipeDef).in._zod.def;
  return inner.type === 'transform' && (inner as z.core.$ZodTransformDef).transform === toNumber;
}

/**
 * A number given as a number or a decimal string, checked by `checks`. Integers use
 * `multipleOf(1)`, not `.int()`: zod's int check aborts the whole parse, and the scenario
 * validator must report every problem at once (SPEC §2).
 */
export function decimal<T extends z.ZodNumber>(checks: T): z.ZodPreprocess<T, unknown> {
  return z.preprocess(toNumber, checks);
}

const finite = (): z.ZodNumber => z.number().finite();

/**
 * Largest magnitude of an amount a scenario may give, 1,000,000,000 万元 (10 万亿元, about
 * three years of Guangzhou's GDP): every amount, area, count and KPI value is within
 * ±MAX_AMOUNT, and so is every year of a series (`magnitude.ts`). The fen ledger is exact
 * to 2^53 fen ≈ 9,007,199,254 万元 (SPEC §1 "Money"); the margin leaves room for sums
 * (issue #12).
 */
export const MAX_AMOUNT = 1e9;

/** A finite number within ±{@link MAX_AMOUNT}. */
const bounded = (): z.ZodNumber => finite().min(-MAX_AMOUNT).max(MAX_AMOUNT);

/** A finite number within ±MAX_AMOUNT, given as a number or a decimal string (`"1.50"`). */
export const num = decimal(bounded());
/** A number in [0, MAX_AMOUNT] (amounts in 万元, areas in km², counts). */
export const nonNegative = decimal(finite().min(0).max(MAX_AMOUNT));
/** A number in (0, MAX_AMOUNT]. */
export const positive = decimal(finite().gt(0).max(MAX_AMOUNT));
/** A whole number in [0, MAX_AMOUNT]. */
export const count = decimal(finite().min(0).max(MAX_AMOUNT).multipleOf(1));
/** A share or rate in [0, 1]. */
export const share = decimal(finite().min(0).max(1));
/** A rate (decimal, 0.05 = 5%) in (−1, 1]. */
export const rate = decimal(finite().gt(-1).max(1));
/** A calendar year. */
export const year = decimal(finite().min(1990).max(2150).multipleOf(1));
/** A whole number of years, 0..100 (tenors, terms). */
export const wholeYears = decimal(finite().min(0).max(100).multipleOf(1));
/** A loan or bond tenor, whole years 1..50. */
export const tenor = decimal(finite().min(1).max(50).multipleOf(1));
/** Longest identifier: ids name files, sheet rows and chart series; 80 characters is ample (issue #12). */
export const MAX_ID_LENGTH = 80;
/** Stable ASCII identifier (SPEC §1 "Identifiers"), at most MAX_ID_LENGTH characters. */
export const slug = z.string().max(MAX_ID_LENGTH).regex(/^[a-z0-9][a-z0-9-]*$/, hint(
  '应为小写 ASCII 标识（字母、数字、连字符），如 conghua-hot-spring',
  'use a lowercase ASCII slug (letters, digits, hyphens) such as conghua-hot-spring',
));
/** Free text name (Chinese expected), not empty. */
export const name = z.string().trim().min(1);

/** Years of a table series: four-digit calendar years. */
const yearKey = z.string().regex(/^\d{4}$/, hint('键应为四位年份，如 2027', 'keys are calendar years such as 2027'));

/**
 * A per-year series (SPEC §1 "Time") whose values are read by `value`: a constant number,
 * `{ base, growth, y0? }`, or `{ byYear: {2027: …}, fill }`. Normalised to the core's
 * `SeriesSpec`. Growth is above −1, so a non-negative base keeps every year non-negative.
 */
export function seriesOf(value: typeof num) {
  const growthSeries = z.strictObject({ base: value, growth: rate.default(0), y0: year.optional() });
  const tableSeries = z.strictObject({ byYear: z.record(yearKey, value), fill: z.enum(['zero', 'carry']).default('zero') });
  return oneOf(
    [value, growthSeries, tableSeries],
    '应为数字、{ base, growth, y0 } 或 { byYear, fill }',
    'expected a number, { base, growth, y0 } or { byYear, fill }',
  ).transform((v): SeriesSpec => {
    if (typeof v === 'number') return { kind: 'growth', base: v, growth: 0 };
    if ('byYear' in v) return { kind: 'table', byYear: v.byYear, fill: v.fill };
    return v.y0 === undefined ? { kind: 'growth', base: v.base, growth: v.growth } : { kind: 'growth', base: v.base, growth: v.growth, y0: v.y0 };
  });
}

const ZERO: SeriesSpec = { kind: 'growth', base: 0, growth: 0 };

/** A per-year series of any sign. */
export const series = seriesOf(num);
/** A series that defaults to zero when absent. */
export const seriesOrZero = series.default(ZERO);
/** A per-year series of amounts ≥ 0 (money, land, jobs, visitors, achievements). */
export const amounts = seriesOf(nonNegative);
/** Amounts ≥ 0 per year, zero when absent. */
export const amountsOrZero = amounts.default(ZERO);
