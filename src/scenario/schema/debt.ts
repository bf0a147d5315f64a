/** Schemas of a town's special-purpose bonds 专项债 and platform (LGFV) debt (SPEC §2 "town", §6). */
import { z } from 'zod';
import { REPAYMENTS } from '../../core/model/scenario.ts';
import type { PlatformDebt, SpecialBond } from '../../core/model/scenario.ts';
import { amountsOrZero, nonNegative, positive, rate, share, slug, tenor, year } from './primitives.ts';

const repayment = z.enum(REPAYMENTS);

/**
 * A special-purpose bond raised for a town: amount (万元), issue year, tenor, rate,
 * repayment (default `bullet`, the usual 到期一次还本 with annual interest) and the project
 * revenue meant to repay it (SPEC §6 "self-balance").
 */
export const specialBondSchema = z.strictObject({
  id: slug,
  amount: positive,
  issueYear: year,
  tenorYears: tenor,
  rate,
  repayment: repayment.default('bullet'),
  projectRevenue: amountsOrZero,
}) satisfies z.ZodType<SpecialBond, unknown>;

/**
 * Platform debt raised for a town: opening balance at the start of startYear, new
 * borrowing per year, the share identified as hidden debt (default 0), and the terms each
 * tranche is repaid on (SPEC §2: balance = opening + new − repayments).
 */
export const platformDebtSchema = z.strictObject({
  openingBalance: nonNegative.default(0),
  newBorrowing: amountsOrZero,
  hiddenShare: share.default(0),
  rate,
  tenorYears: tenor,
  repayment: repayment.default('bullet'),
}) satisfies z.ZodType<PlatformDebt, unknown>;
