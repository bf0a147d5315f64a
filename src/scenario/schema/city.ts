/** Schema of the city section (SPEC §2 "city"). */
import { z } from 'zod';
import type { City, DiscountRate, ExpenditureSpec } from '../../core/model/scenario.ts';
import { amounts, amountsOrZero, decimal, name, nonNegative, oneOf, rate, share } from './primitives.ts';

/**
 * Discount rate (SPEC §1 "Time"): a number is a flat rate, a list is a curve by tenor
 * n = 1, 2, … whose last value repeats (reference: local-government bond yields).
 */
export const discountRateSchema = oneOf(
  [rate, z.array(rate).min(1)],
  '应为一个利率（如 0.025）或按期限排列的利率曲线（如 [0.020, 0.022, 0.025]）',
  'expected a rate such as 0.025, or a curve by tenor such as [0.020, 0.022, 0.025]',
).transform((v): DiscountRate => (typeof v === 'number' ? { kind: 'flat', rate: v } : { kind: 'curve', byTenor: v }));

/** Elasticity of expenditure to revenue: within ±10 (real values are about 0.5–1.5; a larger one overflows `(R_t/R_y0)^e`). */
const elasticity = decimal(z.number().finite().min(-10).max(10));

const elasticExpenditure = z.strictObject({ base: nonNegative, elasticity });

/**
 * City general budget expenditure (SPEC §2 "city"): a series, or `{ base, elasticity }`
 * following revenue as `E_t = base·(R_t/R_y0)^elasticity`.
 */
export const expenditureSchema = oneOf(
  [elasticExpenditure, amounts],
  '应为一个序列（数字、{ base, growth } 或 { byYear }），或随收入弹性变化的 { base, elasticity }',
  'expected a series (a number, { base, growth } or { byYear }), or { base, elasticity } following revenue',
).transform((v): ExpenditureSpec => ('kind' in v ? { kind: 'series', series: v } : { kind: 'elastic', base: v.base, elasticity: v.elasticity }));

/** The city (SPEC §2): budget revenue and expenditure, retained tax share, non-town PPP obligations, discount rate. */
export const citySchema = z.strictObject({
  name: name.describe('City name, e.g. 广州市'),
  budgetRevenue: amounts.describe('一般公共预算收入, 万元 per year'),
  budgetExpenditure: expenditureSchema.describe('一般公共预算支出, 万元 per year: a series, or { base, elasticity } following revenue'),
  retainedShare: share.describe("City's retained share of tax collected in towns, after central and provincial shares (0–1)"),
  existingPppObligations: amountsOrZero.describe('Existing PPP obligations outside the towns paid by the city general budget, 万元 per year'),
  discountRate: discountRateSchema.describe('Discount rate (local-government bond yield): a flat rate, or a curve by tenor 1, 2, … years (last value repeats)'),
}) satisfies z.ZodType<City, unknown>;
