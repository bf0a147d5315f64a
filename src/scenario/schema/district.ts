/** Schema of a district 区 (SPEC §2 "district", §6). */
import { z } from 'zod';
import type { District } from '../../core/model/scenario.ts';
import { amounts, amountsOrZero, name, rate, share, slug } from './primitives.ts';
import { capacityPartsSchema, conversionRatesSchema, debtByTypeSchema, swapSchema } from './districtDebt.ts';

/**
 * A district: 综合财力 (one series, or by parts), budget expenditure and debt limit (the
 * total, or by type) are required; land revenue, non-town PPP obligations, legal and hidden
 * debt, debt service, interest and the special-bond plan default to 0; debt by type,
 * guaranteed debt, fund expenditure, swaps and refinancing are optional (SPEC §2, §6). The
 * rules between them are checked with the scenario (`checkDistrictDebt`).
 */
export const districtSchema = z.strictObject({
  id: slug.describe('District id, a lowercase ASCII slug such as conghua'),
  name: name.describe('District name, e.g. 从化区'),
  capacity: amounts.nullish().describe('综合财力 (general budget revenue + transfers − remittances + net government-fund revenue), 万元 per year; or give capacityParts'),
  capacityParts: capacityPartsSchema.nullish().describe('综合财力 by parts (财预〔2017〕35号), instead of capacity'),
  landRevenue: amountsOrZero.describe('Of which land revenue (土地出让收入, net), 万元 per year'),
  budgetExpenditure: amounts.describe('一般公共预算支出, 万元 per year'),
  existingPppObligations: amountsOrZero.describe('Existing non-town PPP obligations paid by the district general budget, 万元 per year'),
  legalDebt: amountsOrZero.describe('法定债务余额 outside the towns at year end, 万元'),
  legalDebtService: amountsOrZero.describe('Debt service (principal + interest) on that legal debt, 万元 per year'),
  legalDebtInterest: amountsOrZero.describe('Interest part of that debt service, 万元 per year'),
  debtLimit: amounts.nullish().describe('债务限额 (total), 万元; or give the limits by type in debtByType'),
  hiddenDebt: amountsOrZero.describe('隐性债务 outside the towns at year end, 万元'),
  specialBondPlan: amountsOrZero.describe('Planned new special bonds outside the towns (already within legalDebt), 万元 per year'),
  debtByType: debtByTypeSchema.nullish().describe('一般债务 / 专项债务 by type, each with balance, limit and interest; replaces legalDebt, legalDebtInterest and debtLimit'),
  guaranteedDebt: amounts.optional().describe('政府负有担保责任的债务 (guaranteed debt) at year end, 万元 (composite ratio); default 0'),
  conversionRates: conversionRatesSchema.optional().describe('Composite-ratio conversion rates c_g, c_r (defaults 0.1913, 0.1464: 2013 national audit)'),
  fundExpenditure: amounts.nullish().describe('政府性基金预算支出, 万元 per year (special-debt interest ratio)'),
  hiddenDebtRate: rate.optional().describe('Interest rate of hidden debt, for the interest a swap saves (default 0.045, practice)'),
  swaps: z.array(swapSchema).optional().describe('Hidden-debt swaps 置换 into refinancing special bonds, by year'),
  refinancingShare: share.optional().describe('Share of the maturing principal of own legal debt rolled over with refinancing bonds (default 0)'),
}) satisfies z.ZodType<District, unknown>;
