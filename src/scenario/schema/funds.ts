/**
 * Schema of an investment sub-fund 特色小镇投资子基金 (SPEC §5). Ranges use the shared
 * primitives (so the JSON Schema carries them, and the issue translator words them in Chinese
 * and English); each field has a bilingual description for editors. Cross-field rules (life ≥
 * investment period, buy-back within the life, allocation within the size, guarantees need an
 * allocation) are checked even when other fields failed, so a file's problems come at once.
 */
import { z } from 'zod';
import type { Fund, Guarantee } from '../../core/funds/types.ts';
import { addBilingualIssue } from '../issues.ts';
import { fields, isRecord, issuePaths } from './loose.ts';
import type { Fields, Loose } from './loose.ts';
import { decimal, name, nonNegative, positive, rate, share, slug, year } from './primitives.ts';

/** A whole number of years in a fund's life, 1..60. */
const lifeYears = decimal(z.number().finite().min(1).max(60).multipleOf(1));
/** p: a share above 0 and at most 1 (mobilised = invested / p). */
const positiveShare = decimal(z.number().finite().gt(0).max(1));

/** Attaches a bilingual description (shown by editors through the JSON Schema). */
const d = <T extends z.ZodType>(s: T, text: string): T => s.describe(text);

const takahashiAlexanderSchema = z.strictObject({
  contributionRates: d(z.array(share).min(1), '出资提取比例 RC_t（每年提取未缴承诺的比例，0–1，最后一个值重复） / rate of contribution RC_t per year (0–1; the last value repeats)'),
  bow: d(nonNegative, '分配弯曲系数 B / bow B: RD_t = max(Y, (t/L)^B)'),
  growth: d(rate, '净值年增长率 G / annual NAV growth G (above −1)'),
  yield: d(share, '最低分配率 Y / yield Y, the floor of the distribution rate (0–1)'),
  lifeYears: d(lifeYears, '存续期 L（年） / life L in years (1–60)'),
  investmentPeriodYears: d(lifeYears.nullable().default(null), '投资期（年），此后不再提取出资 / investment period in years: no calls after it (null: calls until year L − 1)'),
});

const managementFeeSchema = z.strictObject({
  rate: d(share.default(0), '投资期管理费率 / management fee rate in the investment period'),
  rateAfterInvestmentPeriod: d(share.nullable().default(null), '投资期后管理费率（null：同投资期） / rate after the investment period (null: the same)'),
  base: d(z.enum(['dated', 'commitment-then-nav', 'paid-in-then-invested']).default('dated'),
    '计费基础：dated 按设立年份（2025年起实缴/实际投资，国办发〔2025〕1号） / fee base: dated by establishedYear (from 2025 paid-in, then invested capital)'),
});

const feesSchema = z.strictObject({
  management: managementFeeSchema.prefault({}),
  hurdle: d(share.nullable().default(null), '门槛收益率（按年复利，null：无） / hurdle rate, compounding annually (null: none)'),
  carry: d(share.default(0), '超额收益分成比例 / carried interest, the manager\'s share after the hurdle'),
});

const guaranteeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('principal-protection') }),
  z.strictObject({ kind: z.literal('minimum-return'), rate: d(share, '承诺的最低年收益率（单利） / promised minimum return a year (simple interest)') }),
  z.strictObject({ kind: z.literal('buy-back'), year, rate: d(share.default(0), '回购年化溢价率（单利） / buy-back premium a year (simple interest)') }),
]) satisfies z.ZodType<Guarantee, unknown>;

/** Cross-field rules of one fund, reading the (possibly partly invalid) parsed object through a `Fields` view. */
function crossChecks(raw: Loose, fund: Fields, ctx: z.core.$RefinementCtx): void {
  const ta = fund.record('takahashiAlexander');
  const life = ta?.num('lifeYears');
  const period = ta?.num('investmentPeriodYears');
  if (ta && life !== undefined && period !== undefined && life < period) {
    addBilingualIssue(ctx, [...ta.path, 'lifeYears'], `基金存续期 ${life} 年短于投资期 ${period} 年：存续期应不短于投资期`,
      `lifeYears ${life} is shorter than investmentPeriodYears ${period}; the life must cover the investment period`, life);
  }
  const established = fund.num('establishedYear');
  const guarantees = fund.items('guarantees');
  for (const g of guarantees) {
    const y = g.str('kind') === 'buy-back' ? g.num('year') : undefined;
    if (y === undefined || established === undefined || life === undefined) continue;
    const last = established + life - 1;
    if (y >= established && y <= last) continue;
    addBilingualIssue(ctx, [...g.path, 'year'], `回购年份 ${y} 不在基金存续期 ${established}–${last} 内`,
      `buy-back year ${y} is outside the fund's life ${established}–${last}`, y);
  }
  const alloc = fund.record('allocationByTown');
  const towns = isRecord(raw.allocationByTown) ? Object.keys(raw.allocationByTown) : [];
  const total = towns.reduce((s, k) => s + (alloc?.num(k) ?? 0), 0);
  const size = fund.num('size');
  if (alloc && size !== undefined && total > size * (1 + 1e-12)) {
    addBilingualIssue(ctx, alloc.path, `按小镇分配的投资合计 ${total} 万元超过基金规模 ${size} 万元`,
      `allocationByTown adds up to ${total} 万元, more than the fund size ${size} 万元`, total);
  }
  if (guarantees.length > 0 && !(total > 0)) {
    addBilingualIssue(ctx, [...fund.path, 'allocationByTown'], '基金含保本、保收益或回购条款，须按小镇申报投资额（allocationByTown），以便将担保金额作为隐性债务分摊到小镇',
      'a fund with principal-protection, minimum-return or buy-back terms must declare allocationByTown, so the guaranteed amount can be allocated to towns as hidden debt');
  }
}

/**
 * An investment sub-fund (SPEC §5). Defaults: no town allocation, the rules' own 返投 and
 * investment-multiple thresholds, calls until year L − 1, no fees (fee base `dated`, keyed to
 * `establishedYear`), no hurdle, no carry, no concession, no guarantees.
 */
export const fundSchema: z.ZodType<Fund, unknown> = z
  .strictObject({
    id: slug,
    name,
    size: d(positive, '基金规模 S（万元） / fund size S (万元)'),
    establishedYear: d(year, '设立年份（t = 1；基金类规则按此年份取值） / establishment year (t = 1; fund rules are keyed to it)'),
    governmentShare: d(share, '政府（引导基金）出资比例 g，G = S·g / government (guidance fund) share g, G = S·g'),
    projectShare: d(positiveShare, '基金在所投项目总投资中的出资比例 p / share p of each backed project the fund finances'),
    localShare: d(share, '投向本市小镇的比例（返投） / share of investment in the city\'s towns (返投)'),
    allocationByTown: d(z.record(slug, nonNegative).default({}), '按小镇的投资额（万元），用于分摊担保形成的隐性债务 / investment by town id (万元): weights for hidden debt'),
    returnInvestmentRequirement: d(nonNegative.nullable().default(null), '基金自身的返投倍数要求（覆盖规则 fund.return-investment） / fund-level 返投 requirement'),
    investmentMultipleThreshold: d(nonNegative.nullable().default(null), '投资倍数门槛（覆盖规则 fund.investment-multiple） / investment-multiple threshold'),
    takahashiAlexander: takahashiAlexanderSchema,
    fees: feesSchema.prefault({}),
    concession: d(z.strictObject({ cappedReturn: d(share, '政府收益上限（年化单利） / capped return a year (simple interest)') }).nullable().default(null),
      '让利：政府收回成本加上限收益，超出部分归社会资本（财预〔2015〕210号第十三条） / concession: the government takes back at most cost + a capped return'),
    guarantees: z.array(guaranteeSchema).default([]),
    realEstateInvestment: d(nonNegative.default(0), '投资房地产的金额（万元），政府投资基金不得投资房地产（财预〔2015〕210号第十二条） / investment in real estate, 万元 (forbidden: fund.real-estate)'),
  })
  .superRefine((v, ctx) => crossChecks(v, fields(v, [], issuePaths(ctx)), ctx), { when: (payload) => isRecord(payload.value) });
