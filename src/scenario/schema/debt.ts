/** Schemas of a town's special-purpose bonds 专项债 and platform (LGFV) debt (SPEC §2 "town", §6). */
import { z } from 'zod';
import { PROJECT_TYPES, REPAYMENTS } from '../../core/model/scenario.ts';
import type { PlatformDebt, SpecialBond } from '../../core/model/scenario.ts';
import { amountsOrZero, nonNegative, positive, rate, share, slug, tenor, year } from './primitives.ts';

const repayment = z.enum(REPAYMENTS);

/**
 * A special-purpose bond raised for a town: amount (万元), issue year, tenor, rate,
 * repayment (default `bullet`, the usual 到期一次还本 with annual interest) and the project
 * revenue meant to repay it (SPEC §6 "self-balance").
 */
export const specialBondSchema = z.strictObject({
  id: slug.describe('Bond id, unique across the scenario'),
  projectType: z.enum(PROJECT_TYPES).optional().describe('What the bond finances (default other); government-buildings 楼堂馆所, image-project 形象工程, commercial-real-estate 商业房地产, theme-park 主题公园, replica-town 仿古城镇, competitive-industry 一般竞争性产业 and no-revenue 无收益项目 are on the negative list (国办发〔2024〕52号)'),
  amount: positive.describe('Amount, 万元'),
  issueYear: year,
  tenorYears: tenor,
  rate: rate.describe('Coupon rate (0.025 = 2.5%)'),
  repayment: repayment.default('bullet').describe('bullet (default), annuity or equal-principal'),
  projectRevenue: amountsOrZero.describe('Project revenue meant to repay the bond, 万元 per year'),
}) satisfies z.ZodType<SpecialBond, unknown>;

/**
 * Platform debt raised for a town: opening balance at the start of startYear, new
 * borrowing per year, the share identified as hidden debt (default 0), and the terms each
 * tranche is repaid on (SPEC §2: balance = opening + new − repayments).
 */
export const platformDebtSchema = z.strictObject({
  openingBalance: nonNegative.default(0).describe('Balance at the start of startYear, 万元'),
  newBorrowing: amountsOrZero.describe('New borrowing, 万元 per year'),
  hiddenShare: share.default(0).describe('Share identified as hidden debt 隐性债务 (0–1)'),
  newHiddenShare: share.optional().describe('Share of each year\'s new borrowing identified as hidden debt (default: hiddenShare); above 0 is a breach (town.new-hidden-debt)'),
  rate: rate.describe('Interest rate (0.045 = 4.5%)'),
  tenorYears: tenor.describe('Each tranche is repaid over this many years'),
  repayment: repayment.default('bullet').describe('bullet (default), annuity or equal-principal'),
}) satisfies z.ZodType<PlatformDebt, unknown>;
