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
  id: slug,
  name,
  capacity: amounts,
  landRevenue: amountsOrZero,
  budgetExpenditure: amounts,
  existingPppObligations: amountsOrZero,
  legalDebt: amountsOrZero,
  legalDebtService: amountsOrZero,
  legalDebtInterest: amountsOrZero,
  debtLimit: amounts,
  hiddenDebt: amountsOrZero,
  specialBondPlan: amountsOrZero,
}) satisfies z.ZodType<District, unknown>;
