/**
 * Schema of a scenario's `actuals` (SPEC §12 年度考核与奖补清算): KPI actuals with their
 * source and verified flag, land and cumulative investment per town-year; reported debt,
 * limits, hidden debt and 综合财力 per district-year; payments made (预拨 included); the
 * commission's evaluations; grade pay factors and the settlement sheet's header. The
 * references (towns, districts, programs, KPIs, years) are checked on the parsed scenario
 * by `actualsReferenceIssues`.
 */
import { z } from 'zod';
import { ACTUAL_SOURCES, DECISIONS, GRADES, PAYMENT_KINDS, SETTLEMENT_VERSIONS } from '../../core/model/actuals.ts';
import type { Actuals, Evaluation, GradeFactors, PaymentRecord, TownActual } from '../../core/model/actuals.ts';
import { DEFAULT_GRADE_FACTORS, DEFAULT_SETTLEMENT_INFO } from '../../core/actuals/defaults.ts';
import { hint, nonNegative, num, slug, year } from './primitives.ts';

/** An ISO calendar date `2027-03-01`. */
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, hint('应为 YYYY-MM-DD 格式的日期，如 2027-03-01', 'use a date as YYYY-MM-DD such as 2027-03-01'));
const text = z.string().trim();
/** A KPI id as in a town's `kpis` (its own copy: the JSON Schema generator would otherwise hoist the shared one into a new definition). */
const kpiKey = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, hint('KPI 编号应为简短的 ASCII 标识，如 jobs 或 visitors', 'use a short ASCII KPI id such as jobs or visitors'));
const optional = <T extends z.ZodType>(s: T) => s.nullable().default(null);

const kpiActualSchema = z.strictObject({
  value: nonNegative.describe("Observed value in the KPI's unit (万元, jobs, visitors…)"),
  source: z.enum(ACTUAL_SOURCES).describe('Where it came from: 统计 / 税务 / 社保 / 第三方核查'),
  verified: z.boolean().default(false).describe('Checked by third-party verification or 回头看'),
});

const townActualSchema = z.strictObject({
  town: slug.describe('Town id'),
  year: year.describe('The year observed (an actual year for the town)'),
  kpis: z.record(kpiKey, kpiActualSchema).default({}).describe('Observed KPI values by KPI id'),
  constructionLandKm2: optional(nonNegative).describe('Construction land used at year end, km²'),
  residentialLandKm2: optional(nonNegative).describe('Residential land used at year end, km²'),
  cumulativeInvestment: optional(nonNegative).describe('Investment completed since creation, 万元'),
}) satisfies z.ZodType<TownActual, unknown>;

const districtActualSchema = z.strictObject({
  district: slug.describe('District id'),
  year: year.describe('The year reported'),
  generalDebt: optional(nonNegative).describe('一般债务余额 at year end, 万元'),
  specialDebt: optional(nonNegative).describe('专项债务余额 at year end, 万元'),
  generalLimit: optional(nonNegative).describe('一般债务限额, 万元'),
  specialLimit: optional(nonNegative).describe('专项债务限额, 万元'),
  hiddenDebt: optional(nonNegative).describe('隐性债务 at year end, 万元'),
  capacity: optional(nonNegative).describe('综合财力 as reported, 万元'),
});

const paymentSchema = z.strictObject({
  town: slug.describe('Town id'),
  program: slug.describe('Reward program id'),
  year: year.describe('The earning (assessment) year the payment is for'),
  kind: z.enum(PAYMENT_KINDS).describe('advance 预拨 or settlement 清算'),
  amount: num.describe('万元; a negative settlement is a recovery 扣回'),
  date: optional(isoDate).describe('Date paid, YYYY-MM-DD'),
  document: optional(text).describe('下达文件 number'),
}) satisfies z.ZodType<PaymentRecord, unknown>;

const evaluationSchema = z.strictObject({
  town: slug.describe('Town id'),
  year: year.describe('The evaluated year'),
  grade: optional(z.enum(GRADES)).describe('优秀 / 良好 / 基本合格 / 不合格'),
  decision: optional(z.enum(DECISIONS)).describe('Status decided for the following year: active 保留 / rectify 整改 / removed 淘汰'),
  document: optional(text).describe('Document number of the decision'),
  publicity: optional(z.strictObject({ from: isoDate, to: isoDate })).describe('公示 period'),
}) satisfies z.ZodType<Evaluation, unknown>;

const gradeFactorsSchema = z.strictObject({
  优秀: nonNegative.default(DEFAULT_GRADE_FACTORS.优秀),
  良好: nonNegative.default(DEFAULT_GRADE_FACTORS.良好),
  基本合格: nonNegative.default(DEFAULT_GRADE_FACTORS.基本合格),
  不合格: nonNegative.default(DEFAULT_GRADE_FACTORS.不合格),
}) satisfies z.ZodType<GradeFactors, unknown>;

const settlementInfoSchema = z.strictObject({
  fund: text.default(DEFAULT_SETTLEMENT_INFO.fund).describe('资金名称'),
  budgetSubject: text.default('').describe('预算科目'),
  budgetDocument: text.default('').describe('预算指标文号'),
  policy: text.default('').describe('政策依据'),
  evaluationDocument: text.default('').describe('测评结果文件'),
  version: z.enum(SETTLEMENT_VERSIONS).default('初稿').describe('初稿 / 公示稿 / 定稿'),
});

/** The `actuals` section (SPEC §12); every list may be empty. */
export const actualsSchema = z.strictObject({
  towns: z.array(townActualSchema).default([]).describe('Per town and year: KPI actuals, land used, cumulative investment'),
  districts: z.array(districtActualSchema).default([]).describe('Per district and year: reported debt, limits, hidden debt, 综合财力'),
  payments: z.array(paymentSchema).default([]).describe('Payments made per town and program, advances 预拨 included'),
  evaluations: z.array(evaluationSchema).default([]).describe("The commission's evaluations: grade, decision, document, 公示"),
  gradeFactors: gradeFactorsSchema.prefault({}).describe('Pay factor per grade (default 优秀 1.2, 良好 1.0, 基本合格 0.8, 不合格 0)'),
  settlement: settlementInfoSchema.prefault({}).describe('Header of the settlement sheet'),
}) satisfies z.ZodType<Actuals, unknown>;
