/**
 * Schema of a PPP project (SPEC §4.1): validates once at the edge, fills every default and
 * yields the core's `PppProject`. Problems carry their path and a Chinese + English message;
 * cross-field checks (schedule sum, loan tenor within the cooperation term, subsidy period,
 * supporting-input years) run even when other fields are bad, so a file lists all its problems.
 */
import { z } from 'zod';
import type { SeriesSpec } from '../../core/model/series.ts';
import {
  LIFECYCLE_PHASES, LOAN_REPAYMENTS, NEW_REGIME_FROM, OPERATION_MODES, PAYING_BUDGETS, PAYMENT_MECHANISMS, PPP_REGIMES,
  RISK_PERIODS, SUBSIDY_BASES, SUBSIDY_FORMULAS, type PppProject,
} from '../../core/ppp/types.ts';
import { addBilingualIssue } from '../issues.ts';
import { amounts, amountsOrZero, num, slug, year } from './primitives.ts';

/** Tolerance of "fractions summing to 1" (SPEC §4.1). */
export const SCHEDULE_TOLERANCE = 1e-9;

/** A number in [min, max] with a bilingual message naming the field. */
function within(min: number, max: number, zh: string, en: string) {
  return num.superRefine((v, ctx) => {
    if (v < min || v > max) addBilingualIssue(ctx, [], `${zh}应在 ${min} 到 ${max} 之间（当前为 ${v}）`, `${en} must be between ${min} and ${max} (got ${v})`, v);
  });
}
/** A non-negative amount in 万元. */
const money = (zh: string, en: string) => num.superRefine((v, ctx) => {
  if (v < 0) addBilingualIssue(ctx, [], `${zh}不能为负数（当前为 ${v} 万元）`, `${en} must not be negative (got ${v} 万元)`, v);
});
const whole = (min: number, max: number, zh: string, en: string) => within(min, max, zh, en).superRefine((v, ctx) => {
  if (!Number.isInteger(v)) addBilingualIssue(ctx, [], `${zh}须为整数年（当前为 ${v}）`, `${en} must be a whole number of years (got ${v})`, v);
});
const shareOf = (zh: string, en: string) => within(0, 1, zh, en);
const ZERO: SeriesSpec = { kind: 'growth', base: 0, growth: 0 };

const schedule = z.array(shareOf('建设投资分年比例', 'construction schedule fraction')).min(1).superRefine((v, ctx) => {
  const sum = Number(v.reduce((a, b) => a + b, 0).toFixed(9));
  if (Math.abs(sum - 1) > SCHEDULE_TOLERANCE) {
    addBilingualIssue(ctx, [], `建设投资分年比例之和须为 1（当前为 ${sum}），请调整各年比例`, `construction schedule fractions must sum to 1 (they sum to ${sum}); adjust the yearly fractions`, v);
  }
});

const loan = z.strictObject({
  rate: within(0, 1, '贷款利率', 'loan rate'),
  tenorYears: whole(1, 60, '贷款期限', 'loan tenor'),
  graceYears: whole(0, 59, '宽限期', 'grace period').default(0),
  repayment: z.enum(LOAN_REPAYMENTS).default('annuity'),
});

const riskCase = z.strictObject({ name: z.string().min(1), amount: money('风险情景支出', 'risk case amount'), probability: shareOf('情景概率', 'case probability') });
const riskBearing = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('proportion'), construction: shareOf('建设期风险承担比例', 'construction risk share'), operation: shareOf('运营期风险承担比例', 'operation risk share') }),
  z.strictObject({
    kind: z.literal('scenarios'), period: z.enum(RISK_PERIODS).default('operation'),
    cases: z.array(riskCase).min(1).superRefine((cs, ctx) => {
      const p = cs.reduce((a, c) => a + c.probability, 0);
      if (Math.abs(p - 1) > 1e-6) addBilingualIssue(ctx, [], `各风险情景概率之和须为 1（当前为 ${p}）`, `case probabilities must sum to 1 (they sum to ${p})`, p);
    }),
  }),
]);

const guarantee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('fixed-return'), rate: within(0, 1, '固定回报率', 'fixed return rate') }),
  z.strictObject({ kind: z.literal('minimum-revenue'), expectedCostPerYear: money('保底承诺年预期支出', 'expected cost per year') }),
  z.strictObject({ kind: z.literal('buy-back'), year, amount: money('回购金额', 'buy-back amount') }),
]);

const supportingInput = z.strictObject({
  name: z.string().min(1), year, cost: money('配套投入成本', 'supporting input cost'), partnerPays: money('社会资本方支付', 'amount the partner pays').default(0),
});

const psc = z.strictObject({
  constructionCost: money('参照项目建设成本', 'PSC construction cost').nullable().default(null),
  operatingCost: amounts.nullable().default(null),
  userRevenue: amounts.nullable().default(null),
  competitiveNeutrality: amountsOrZero,
  transferableRisk: z.strictObject({ construction: shareOf('可转移风险（建设）比例', 'transferable construction risk'), operation: shareOf('可转移风险（运营）比例', 'transferable operation risk') })
    .default({ construction: 0, operation: 0 }),
});

const fields = z.strictObject({
  id: slug,
  name: z.string().min(1),
  town: slug,
  mechanism: z.enum(PAYMENT_MECHANISMS),
  procurementYear: year,
  constructionStartYear: year.optional(),
  constructionCost: money('建设成本', 'construction cost'),
  constructionSchedule: schedule,
  operationYears: whole(1, 60, '运营年限', 'operation years'),
  capitalRatio: shareOf('项目资本金比例', 'capital ratio'),
  governmentEquityShare: shareOf('政府在项目公司中的持股比例', 'government share of SPV equity').default(0),
  loan,
  idc: z.enum(['capitalised', 'paid-by-equity']).default('capitalised'),
  operatingCost: amountsOrZero,
  userRevenue: amountsOrZero,
  demandFactor: within(0, 10, '需求系数', 'demand factor').default(1),
  profitRate: within(0, 1, '合理利润率', 'reasonable profit rate'),
  subsidy: z.strictObject({
    formula: z.enum(SUBSIDY_FORMULAS).default('mof-2015'),
    base: z.enum(SUBSIDY_BASES).default('private-cost'),
    periodYears: whole(1, 60, '补贴期限', 'subsidy period').optional(),
  }).default({ formula: 'mof-2015', base: 'private-cost' }),
  performance: z.strictObject({
    constructionLink: shareOf('建设成本绩效挂钩比例', 'construction performance link').default(0.3),
    operationLink: shareOf('运维成本绩效挂钩比例', 'O&M performance link').default(1),
    scores: z.array(shareOf('绩效得分', 'performance score')).default([1]),
  }).default({ constructionLink: 0.3, operationLink: 1, scores: [1] }),
  concessionSubsidy: amountsOrZero,
  riskBearing: riskBearing.default({ kind: 'proportion', construction: 0, operation: 0 }),
  supportingInputs: z.array(supportingInput).default([]),
  taxes: z.strictObject({
    corporateIncomeTax: shareOf('企业所得税税率', 'corporate income tax rate').default(0.25),
    vatOnGovernmentPayments: shareOf('政府付费增值税税率', 'VAT rate on government payments').nullable().default(null),
  }).default({ corporateIncomeTax: 0.25, vatOnGovernmentPayments: null }),
  payer: z.strictObject({
    budget: z.enum(PAYING_BUDGETS).default('general'),
    level: slug.default('city'),
  }).default({ budget: 'general', level: 'city' }),
  guarantees: z.array(guarantee).default([]),
  register: z.strictObject({
    operationMode: z.enum(OPERATION_MODES).default('BOT'),
    phase: z.enum(LIFECYCLE_PHASES).default('execution'),
    sector: z.string().default(''),
    inNationalRegister: z.boolean().default(true),
  }).default({ operationMode: 'BOT', phase: 'execution', sector: '', inNationalRegister: true }),
  psc: psc.default({ constructionCost: null, operatingCost: null, userRevenue: null, competitiveNeutrality: ZERO, transferableRisk: { construction: 0, operation: 0 } }),
  regime: z.enum(PPP_REGIMES).optional()
    .describe('旧机制/新机制（2023年2月清理核查为界；缺省：2023年起采购为 new） / old or new PPP mechanism (the February 2023 review; default new when procured from 2023)'),
  ringFenced: z.boolean().default(false)
    .describe('收支两条线（污水、垃圾等），不适用政府付费项目占比门槛（ppp.share.5.government-pay） / revenue ring-fenced 收支两条线: the government-pay share gate (ppp.share.5.government-pay) does not apply'),
  constructionSupport: money('建设期投资支持', 'construction support').default(0)
    .describe('新机制建设期投资支持（资本金注入或投资补助，万元，按建设进度支付） / new-mechanism construction support, 万元, paid by the construction schedule'),
  rateIndexed: z.boolean().optional()
    .describe('合同付费与利率挂钩（LPR 浮动）：利率冲击自冲击年起按新利率调整建设成本回收部分（缺省否） / LPR-linked contract: a stress rate shift moves its construction part from the shock year on (default false)'),
  approvedEstimate: money('批复概算', 'approved estimate').nullable().default(null)
    .describe('批复概算（万元），存量项目建设投资超概算预警 / approved estimate of the construction cost, 万元 (ppp.capex-over-approved)'),
});

const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const rec = (x: unknown): Record<string, unknown> => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>) : {});

/**
 * Checks across fields (SPEC §4.1), on whatever parsed: the loan's tenor and grace within the
 * operation years (the loan counts from operation year 1, so its tenor must end within the
 * cooperation term), the subsidy period within the operation years, supporting inputs dated
 * within the cooperation term.
 */
function crossChecks(value: unknown, ctx: z.core.$RefinementCtx): void {
  const v = rec(value);
  const op = v.operationYears;
  const l = rec(v.loan);
  if (isNum(op) && isNum(l.tenorYears) && l.tenorYears > op) {
    addBilingualIssue(ctx, ['loan', 'tenorYears'], `贷款期限 ${l.tenorYears} 年超出合作期内的运营年限 ${op} 年，请缩短期限`, `loan tenor of ${l.tenorYears} years runs beyond the cooperation term (${op} operation years); shorten it`, l.tenorYears);
  }
  if (isNum(l.tenorYears) && isNum(l.graceYears) && l.graceYears >= l.tenorYears) {
    addBilingualIssue(ctx, ['loan', 'graceYears'], `宽限期须短于贷款期限 ${l.tenorYears} 年`, `grace years must be fewer than the tenor (${l.tenorYears})`, l.graceYears);
  }
  const n = rec(v.subsidy).periodYears;
  if (isNum(op) && isNum(n) && n > op) {
    addBilingualIssue(ctx, ['subsidy', 'periodYears'], `补贴期限 ${n} 年不能超过运营年限 ${op} 年`, `subsidy period of ${n} years exceeds the ${op} operation years`, n);
  }
  const procured = v.procurementYear;
  if (isNum(procured) && isNum(v.constructionStartYear) && v.constructionStartYear < procured) {
    addBilingualIssue(ctx, ['constructionStartYear'], `建设开始年份 ${v.constructionStartYear} 早于采购年份 ${procured}：项目须先采购再建设`,
      `construction starts in ${v.constructionStartYear}, before procurement in ${procured}; a project is procured before it is built`, v.constructionStartYear);
  }
  const start = isNum(v.constructionStartYear) ? v.constructionStartYear : v.procurementYear;
  const sched = v.constructionSchedule;
  if (isNum(procured) && isNum(start) && isNum(op) && Array.isArray(sched) && Array.isArray(v.guarantees)) {
    const last = start + sched.length + op - 1;
    v.guarantees.forEach((g: unknown, i) => {
      const y = rec(g).year;
      if (rec(g).kind !== 'buy-back' || !isNum(y) || (y >= procured && y <= last)) return;
      addBilingualIssue(ctx, ['guarantees', i, 'year'], `回购年份 ${y} 不在采购年份 ${procured} 至合作期末 ${last} 之间`,
        `buy-back year ${y} is outside procurement ${procured} to the end of the term ${last}`, y);
    });
  }
  if (isNum(start) && isNum(op) && Array.isArray(sched) && Array.isArray(v.supportingInputs)) {
    const last = start + sched.length + op - 1;
    v.supportingInputs.forEach((it: unknown, i) => {
      const y = rec(it).year;
      if (isNum(y) && (y < start || y > last)) {
        addBilingualIssue(ctx, ['supportingInputs', i, 'year'], `配套投入年份 ${y} 不在合作期 ${start}–${last} 内`, `supporting input year ${y} is outside the cooperation term ${start}–${last}`, y);
      }
    });
  }
}

/** A PPP project (SPEC §4.1) in a scenario file → the core's `PppProject`, defaults filled. */
export const pppProjectSchema: z.ZodType<PppProject, unknown> = fields
  .superRefine((v, ctx) => crossChecks(v, ctx), { when: () => true })
  .transform((v): PppProject => ({
    ...v,
    constructionStartYear: v.constructionStartYear ?? v.procurementYear,
    regime: v.regime ?? (v.procurementYear >= NEW_REGIME_FROM ? 'new' : 'old'),
    subsidy: { formula: v.subsidy.formula, base: v.subsidy.base, periodYears: v.subsidy.periodYears ?? v.operationYears },
  }));

/** The `ppp:` section of a scenario: a list of projects with unique ids. */
export const pppSectionSchema: z.ZodType<readonly PppProject[], unknown> = z.array(pppProjectSchema).superRefine((ps, ctx) => {
  const seen = new Set<string>();
  ps.forEach((p, i) => {
    if (seen.has(p.id)) addBilingualIssue(ctx, [i, 'id'], `PPP项目编号 ${p.id} 重复`, `duplicate PPP project id ${p.id}`, p.id);
    seen.add(p.id);
  });
}).default([]);

/**
 * Checks across sections, for the root scenario schema to call: each project's `town` is a
 * town id, and `payer.level` is `city` or a district id. Paths start at `base` (default `ppp`).
 */
export function checkPppReferences(
  ctx: z.core.$RefinementCtx, ppp: readonly PppProject[], townIds: ReadonlySet<string>, districtIds: ReadonlySet<string>,
  base: ReadonlyArray<string | number> = ['ppp'],
): void {
  ppp.forEach((p, i) => {
    if (!townIds.has(p.town)) {
      addBilingualIssue(ctx, [...base, i, 'town'], `PPP项目所属小镇 ${p.town} 不存在，请使用 towns 中的编号`, `town ${p.town} is not defined; use the id of one of the towns`, p.town);
    }
    if (p.payer.level !== 'city' && !districtIds.has(p.payer.level)) {
      addBilingualIssue(ctx, [...base, i, 'payer', 'level'], `付费层级 ${p.payer.level} 须为 city 或区的编号`, `paying level ${p.payer.level} must be city or a district id`, p.payer.level);
    }
  });
}
