/**
 * Schemas of a district's debt by type, 综合财力 by parts and hidden-debt swaps (SPEC §6),
 * and the cross-field rules between them and the single-series fields they replace.
 */
import { z } from 'zod';
import { DEFAULT_CONVERSION_RATES } from '../../core/debt/defaults.ts';
import type { CapacityParts, ConversionRates, DebtByType, HiddenDebtSwap } from '../../core/model/scenario.ts';
import type { SeriesSpec } from '../../core/model/series.ts';
import { addBilingualIssue } from '../issues.ts';
import type { Fields, Path } from './loose.ts';
import type { Years } from './townChecks.ts';
import { amounts, amountsOrZero, positive, rate, share, tenor, year } from './primitives.ts';

/** 综合财力 by parts (财预〔2017〕35号): every series defaults to 0 except own revenue and land. */
export const capacityPartsSchema = z.strictObject({
  generalBudget: z.strictObject({
    ownRevenue: amounts.describe('一般公共预算收入（本级）, 万元 per year'),
    transfersIn: amountsOrZero.describe('上级补助收入 (transfers received), 万元 per year'),
    remittances: amountsOrZero.describe('上解支出 (remittances to the level above), 万元 per year'),
  }).describe('一般公共预算财力 = ownRevenue + transfersIn − remittances'),
  fundBudget: z.strictObject({
    revenue: amountsOrZero.describe('政府性基金预算收入 other than land, 万元 per year'),
    transfersIn: amountsOrZero.describe('政府性基金转移性收入, 万元 per year'),
    remittances: amountsOrZero.describe('政府性基金上解支出, 万元 per year'),
    costSpending: amountsOrZero.describe('成本性支出 of that revenue (land aside), 万元 per year'),
  }).prefault({}).describe('政府性基金财力 (land aside) = revenue + transfersIn − remittances − costSpending'),
  land: z.strictObject({
    gross: amounts.describe('国有土地使用权出让收入 (gross land-sale revenue), 万元 per year'),
    netShare: share.describe('Share of gross land revenue left after land cost-type spending (征地拆迁补偿等), a fraction of 1'),
  }).describe('Land revenue, its own part of 政府性基金财力: gross × netShare'),
}) satisfies z.ZodType<CapacityParts, unknown>;

const debtOfType = (zh: string, en: string) => z.strictObject({
  balance: amountsOrZero.describe(`${zh}余额 outside the towns at year end (${en} balance), 万元`),
  limit: amounts.describe(`${zh}限额 (${en} limit), 万元`),
  interest: amountsOrZero.describe(`${zh}付息 (${en} interest paid), 万元 per year`),
});

/** 一般债务 / 专项债务, each with balance, limit and interest (SPEC §6 "Legal debt by type"). */
export const debtByTypeSchema = z.strictObject({
  general: debtOfType('一般债务', 'general debt'),
  special: debtOfType('专项债务', 'special debt'),
}) satisfies z.ZodType<DebtByType, unknown>;

/** A hidden-debt swap 置换 into refinancing special bonds (bullet). */
export const swapSchema = z.strictObject({
  year: year.describe('Swap year (the bonds are issued at its end)'),
  amount: positive.describe('Hidden debt swapped, 万元'),
  coupon: rate.describe('Coupon of the refinancing bonds (0.022 = 2.2%)'),
  tenorYears: tenor.describe('Tenor of the refinancing bonds (repaid at maturity)'),
}) satisfies z.ZodType<HiddenDebtSwap, unknown>;

/** Composite-ratio conversion rates; defaults are the 2013 national audit's. */
export const conversionRatesSchema = z.strictObject({
  guaranteed: share.default(DEFAULT_CONVERSION_RATES.guaranteed).describe('c_g: share of guaranteed debt counted (default 0.1913)'),
  platform: share.default(DEFAULT_CONVERSION_RATES.platform).describe('c_r: share of town platform debt not identified as hidden counted (default 0.1464)'),
}) satisfies z.ZodType<ConversionRates, unknown>;

/** True when a parsed series has a non-zero value in some year. */
function nonZero(s: SeriesSpec | undefined): boolean {
  if (!s) return false;
  return s.kind === 'growth' ? s.base !== 0 : Object.values(s.byYear).some((v) => v !== 0);
}

/** True when `key` holds a value (null and absent are not given; a value already reported bad is given). */
function given(d: Fields, key: string, invalid: (path: Path) => boolean): boolean {
  if (!d.keys().includes(key)) return false;
  return d.series(key) !== undefined || d.record(key) !== undefined || invalid([...d.path, key]);
}

/**
 * Exactly one of `capacity` / `capacityParts`; `debtByType` replaces `legalDebt`,
 * `legalDebtInterest` and `debtLimit` (they must be absent or 0); without it `debtLimit` is
 * required; swap years within the simulated years (when those are known).
 */
export function checkDistrictDebt(d: Fields, years: Years | undefined, invalid: (path: Path) => boolean, ctx: z.core.$RefinementCtx): void {
  const hasCapacity = given(d, 'capacity', invalid);
  const hasParts = given(d, 'capacityParts', invalid);
  if (hasCapacity && hasParts) {
    addBilingualIssue(ctx, [...d.path, 'capacityParts'], '综合财力只能给出一种：capacity（单一序列）或 capacityParts（分项），请删去其一（或将 capacity 设为 null）',
      'give 综合财力 once: either capacity (one series) or capacityParts (by parts); remove one (or set capacity to null)');
  }
  if (!hasCapacity && !hasParts) {
    addBilingualIssue(ctx, [...d.path, 'capacity'], '缺少综合财力：请给出 capacity（单一序列）或 capacityParts（分项）',
      'missing 综合财力: give capacity (one series) or capacityParts (by parts)');
  }
  const byType = given(d, 'debtByType', invalid);
  if (byType) {
    for (const key of ['legalDebt', 'legalDebtInterest'] as const) {
      if (nonZero(d.series(key))) {
        addBilingualIssue(ctx, [...d.path, key], `已按类型给出债务（debtByType），${key} 应删去：余额和付息请写在 debtByType.general / special 中`,
          `debt is given by type (debtByType): remove ${key} and give balances and interest under debtByType.general / special`);
      }
    }
    if (given(d, 'debtLimit', invalid)) {
      addBilingualIssue(ctx, [...d.path, 'debtLimit'], '已按类型给出债务限额（debtByType），总限额为两者之和，请删去 debtLimit',
        'limits are given by type (debtByType) and the total is their sum: remove debtLimit');
    }
  } else if (!given(d, 'debtLimit', invalid)) {
    addBilingualIssue(ctx, [...d.path, 'debtLimit'], '缺少债务限额：请给出 debtLimit（总限额）或 debtByType（分类型限额）',
      'missing the debt limit: give debtLimit (the total) or debtByType (limits by type)');
  }
  if (!years) return;
  for (const s of d.items('swaps')) {
    const y = s.num('year');
    if (y !== undefined && (y < years.first || y >= years.first + years.count)) {
      addBilingualIssue(ctx, [...s.path, 'year'], `置换年份 ${y} 不在模拟期 ${years.first}–${years.first + years.count - 1} 内：模拟期前的置换已体现在期初余额中，请删去或改为期内年份`,
        `swap year ${y} is outside the simulated years ${years.first}–${years.first + years.count - 1}: a swap before them is already in the opening balances; remove it or use a year within`, y);
    }
  }
}
