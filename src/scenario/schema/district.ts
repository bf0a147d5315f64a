/** Schema of a district 区 (SPEC §2 "district", §6). */
import { z } from 'zod';
import type { District } from '../../core/model/scenario.ts';
import { amounts, amountsOrZero, name, slug } from './primitives.ts';

/**
 * A district: 综合财力 (an input series), budget expenditure and debt limit are required;
 * land revenue, non-town PPP obligations, legal and hidden debt, debt service, interest
 * and the special-bond plan default to 0 (SPEC §2, §6).
 */
export const districtSchema = z.strictObject({
  id: slug.describe('District id, a lowercase ASCII slug such as conghua'),
  name: name.describe('District name, e.g. 从化区'),
  capacity: amounts.describe('综合财力 (general budget revenue + transfers − remittances + net government-fund revenue), 万元 per year'),
  landRevenue: amountsOrZero.describe('Of which land revenue (土地出让收入, net), 万元 per year'),
  budgetExpenditure: amounts.describe('一般公共预算支出, 万元 per year'),
  existingPppObligations: amountsOrZero.describe('Existing non-town PPP obligations paid by the district general budget, 万元 per year'),
  legalDebt: amountsOrZero.describe('法定债务余额 outside the towns at year end, 万元'),
  legalDebtService: amountsOrZero.describe('Debt service (principal + interest) on that legal debt, 万元 per year'),
  legalDebtInterest: amountsOrZero.describe('Interest part of that debt service, 万元 per year'),
  debtLimit: amounts.describe('债务限额, 万元'),
  hiddenDebt: amountsOrZero.describe('隐性债务 outside the towns at year end, 万元'),
  specialBondPlan: amountsOrZero.describe('Planned new special bonds outside the towns (already within legalDebt), 万元 per year'),
}) satisfies z.ZodType<District, unknown>;
