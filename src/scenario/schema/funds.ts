/**
 * Schema of an investment sub-fund 特色小镇投资子基金 (SPEC §5). Ranges are checked with
 * bilingual messages that name the field and the fix; cross-field rules (life ≥ investment
 * period, buy-back within the life, allocation within the size, guarantees need an
 * allocation) are checked even when other fields failed, so a file's problems come at once.
 */
import { z } from 'zod';
import type { Fund, Guarantee } from '../../core/funds/types.ts';
import { addBilingualIssue } from '../issues.ts';
import { fields, isRecord, issuePaths } from './loose.ts';
import type { Fields, Loose } from './loose.ts';
import { name, num, slug, year } from './primitives.ts';

interface Range {
  readonly min: number;
  readonly max: number;
  readonly minOpen?: boolean;
  readonly whole?: boolean;
  /** An example value for the message. */
  readonly eg: string;
}

/** A number in a range, given as a number or a decimal string; out of range → `字段 … / field …` with the range and an example. */
function ranged(zh: string, en: string, r: Range) {
  const lo = r.minOpen ? '大于' : '不小于';
  const loEn = r.minOpen ? 'above' : 'at least';
  const kind = r.whole ? '整数' : '数';
  const kindEn = r.whole ? 'a whole number' : 'a number';
  const hi = Number.isFinite(r.max) ? `且不大于 ${r.max} ` : '';
  const hiEn = Number.isFinite(r.max) ? ` and at most ${r.max}` : '';
  return num.superRefine((v, ctx) => {
    const low = r.minOpen ? v <= r.min : v < r.min;
    if (!low && v <= r.max && (!r.whole || Number.isInteger(v))) return;
    addBilingualIssue(ctx, [], `${zh}应为${lo} ${r.min} ${hi}的${kind}（如 ${r.eg}），当前为 ${v}`,
      `${en} must be ${kindEn} ${loEn} ${r.min}${hiEn} (e.g. ${r.eg}), got ${v}`, v);
  });
}

const share = (zh: string, en: string, eg: string) => ranged(zh, en, { min: 0, max: 1, eg });
const annualRate = (zh: string, en: string, eg: string) => ranged(zh, en, { min: 0, max: 1, eg });

const takahashiAlexanderSchema = z.strictObject({
  contributionRates: z.array(share('出资提取比例 RC', 'contribution rate RC', '0.25')).min(1),
  bow: ranged('分配弯曲系数 B', 'bow B', { min: 0, max: 100, eg: '2.5' }),
  growth: ranged('净值年增长率 G', 'growth G', { min: -1, minOpen: true, max: 1, eg: '0.08' }),
  yield: share('最低分配率 Y', 'yield Y', '0.05'),
  lifeYears: ranged('基金存续期（年）', 'lifeYears', { min: 1, max: 60, whole: true, eg: '10' }),
  investmentPeriodYears: ranged('投资期（年）', 'investmentPeriodYears', { min: 1, max: 60, whole: true, eg: '5' }).nullable().default(null),
});

const managementFeeSchema = z.strictObject({
  rate: annualRate('管理费率', 'management fee rate', '0.02').default(0),
  rateAfterInvestmentPeriod: annualRate('退出期管理费率', 'rateAfterInvestmentPeriod', '0.015').nullable().default(null),
  base: z.enum(['dated', 'commitment-then-nav', 'paid-in-then-invested']).default('dated'),
});

const feesSchema = z.strictObject({
  management: managementFeeSchema.prefault({}),
  hurdle: annualRate('门槛收益率', 'hurdle', '0.06').nullable().default(null),
  carry: share('超额收益分成比例', 'carry', '0.2').default(0),
});

const guaranteeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('principal-protection') }),
  z.strictObject({ kind: z.literal('minimum-return'), rate: annualRate('承诺最低收益率', 'minimum-return rate', '0.06') }),
  z.strictObject({ kind: z.literal('buy-back'), year, rate: annualRate('回购年化溢价率', 'buy-back rate', '0.05').default(0) }),
]) satisfies z.ZodType<Guarantee, unknown>;

const allocationSchema = z.record(slug, ranged('对小镇的投资额（万元）', 'investment in the town (万元)', { min: 0, max: Infinity, eg: '20000' }));

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
    size: ranged('基金规模（万元）', 'size (万元)', { min: 0, minOpen: true, max: Infinity, eg: '100000' }),
    establishedYear: year,
    governmentShare: share('政府出资比例', 'governmentShare', '0.2'),
    projectShare: ranged('基金在所投项目中的出资比例', 'projectShare', { min: 0, minOpen: true, max: 1, eg: '0.25' }),
    localShare: share('投向本市小镇的比例', 'localShare', '0.8'),
    allocationByTown: allocationSchema.default({}),
    returnInvestmentRequirement: ranged('返投倍数要求', 'returnInvestmentRequirement', { min: 0, max: 100, eg: '1.5' }).nullable().default(null),
    investmentMultipleThreshold: ranged('投资倍数门槛', 'investmentMultipleThreshold', { min: 0, max: 1000, eg: '3' }).nullable().default(null),
    takahashiAlexander: takahashiAlexanderSchema,
    fees: feesSchema.prefault({}),
    concession: z.strictObject({ cappedReturn: annualRate('让利后政府收益上限（年化）', 'cappedReturn', '0.03') }).nullable().default(null),
    guarantees: z.array(guaranteeSchema).default([]),
  })
  .superRefine((v, ctx) => crossChecks(v, fields(v, [], issuePaths(ctx)), ctx), { when: (payload) => isRecord(payload.value) });
