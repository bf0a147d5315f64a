/**
 * The frames of a run result (SPEC §10 "Result JSON"), one descriptor per entity: which
 * subjects give rows (per year or once), and the columns with their accessors. Names are
 * the result JSON's field names wherever a field maps to one column.
 */
import { sumFen } from '../core/ledger/index.ts';
import type { DistrictResult, FundResult, PppResult, RunResult } from '../core/result.ts';
import type { Finding, LimitRow } from '../core/rules/types.ts';
import { defineFrame, type FrameDef } from './frame.ts';
import { col, fields, idColumn, scenarioColumn, series, yearColumn } from './columns.ts';
import { ruleRowFigures, ruleRowHead } from './ruleColumns.ts';
import { pppRows, programIds, townProgramColumns, townRows, type PppRow, type TownRow } from './subjects.ts';

export { programIds, townProgramColumns } from './subjects.ts';

const NO_PARTS = { generalBudget: [], fundBudget: [], land: [] } as const;
const city: FrameDef<RunResult['city']> = {
  about: 'city × year',
  perYear: true,
  subjects: (r) => [r.city],
  columns: [
    scenarioColumn(), yearColumn(),
    ...series((c: RunResult['city']) => c, {
      budgetExpenditure: ['wan', '一般公共预算支出', 'general budget expenditure'],
      pppObligations: ['wan', '市级PPP支出责任（含存量非小镇项目）', 'city PPP obligations, existing non-town projects included'],
      pppShare: ['share', 'PPP支出占一般公共预算支出比例（财承）', 'PPP share of general budget expenditure (affordability)'],
      rewardsPaid: ['wan', '奖补支付', 'rewards paid'],
      fiscalCost: ['wan', '财政成本（SPEC §1）', 'fiscal cost (SPEC §1)'],
      investmentPerFiscal: ['ratio', '每万元财政资金撬动投资（累计）', 'investment mobilised per fiscal 万元, cumulative'],
    }),
    ...series((c: RunResult['city']) => c.rewardPool, {
      pool: ['wan', '奖补资金池（未设为空）', 'reward pool (null where none is set)'],
      claims: ['wan', '资金池当年到期申领', 'pool claims falling due', 'poolClaims'],
      paid: ['wan', '资金池当年支付', 'pool-funded payments', 'poolPaid'],
      lapsed: ['wan', '未获支付而失效（prorate）', 'claims lapsed unpaid (prorate)', 'poolLapsed'],
      queued: ['wan', '年末排队未付（queue）', 'claims queued unpaid at year end (queue)', 'poolQueued'],
      clawbackDue: ['wan', '当年到期追回', 'clawbacks falling due'],
      clawbackRecovered: ['wan', '当年实际追回', 'clawbacks recovered'],
      receivable: ['wan', '年末应收未回', 'clawbacks receivable at year end'],
    }),
  ],
};

const districts: FrameDef<DistrictResult> = {
  about: 'district × year',
  perYear: true,
  subjects: (r) => r.districts,
  columns: [
    scenarioColumn(), idColumn('district', '区', 'district id'), yearColumn(),
    ...series((d: DistrictResult) => d, {
      legalDebt: ['wan', '法定债务余额', 'legal debt balance'],
      hiddenDebt: ['wan', '隐性债务余额', 'hidden debt balance'],
      capacity: ['wan', '综合财力', 'comprehensive fiscal capacity'],
      legalRatio: ['ratio', '法定债务率', 'legal debt ratio'],
      broadRatio: ['ratio', '宽口径债务率', 'broad debt ratio'],
      tier: ['text', '法定债务率风险等级（官方，green/yellow/orange/red）', 'legal-ratio risk tier, official (green/yellow/orange/red)'],
      debtLimit: ['wan', '债务限额', 'debt limit'],
      debtHeadroom: ['wan', '债务限额空间', 'headroom under the debt limit'],
      debtServiceRatio: ['share', '偿债率', 'debt service / capacity'],
      interestBurden: ['share', '付息支出占比', 'interest burden'],
      pppShare: ['share', '区级PPP支出占比', 'district PPP share of budget expenditure'],
      generalDebt: ['wan', '一般债务余额', 'general-debt balance'],
      specialDebt: ['wan', '专项债务余额', 'special-debt balance'],
      generalLimit: ['wan', '一般债务限额（仅给出总限额时为空）', 'general-debt limit (null with one total limit)'],
      specialLimit: ['wan', '专项债务限额（仅给出总限额时为空）', 'special-debt limit (null with one total limit)'],
      generalHeadroom: ['wan', '一般债务限额空间', 'headroom under the general-debt limit'],
      specialHeadroom: ['wan', '专项债务限额空间', 'headroom under the special-debt limit'],
      generalRatio: ['ratio', '一般债务率（综合财力分项给出时）', 'general-debt ratio (capacity given by parts)'],
      specialRatio: ['ratio', '专项债务率（综合财力分项给出时）', 'special-debt ratio (capacity given by parts)'],
      compositeRatio: ['ratio', '综合债务率（发改规划〔2017〕2084号）', 'composite debt ratio'],
      tierBroad: ['text', '宽口径债务率风险等级（实践口径）', 'broad-ratio risk tier (practice line)'],
      onWarning: ['flag', '处于风险预警（综合债务率超过触发线）', 'on risk warning (composite ratio above the trigger)'],
      swapped: ['wan', '当年隐性债务置换为再融资专项债', 'hidden debt swapped into refinancing special bonds'],
      interestSaved: ['wan', '置换节约利息', 'interest the swap saves'],
      debtServiceRatioNet: ['share', '偿债率（扣除再融资债券续借本金）', 'debt service ratio net of principal rolled over'],
      interestRatioGeneral: ['share', '一般债务付息 / 一般公共预算支出', 'general-debt interest / general budget expenditure'],
      interestRatioSpecial: ['share', '专项债务付息 / 政府性基金预算支出', 'special-debt interest / fund-budget expenditure'],
      bondSupport: ['wan', '专项债资金缺口的预算补助', 'budget support of towns’ special-bond cash gaps'],
    }),
    ...series((d: DistrictResult) => d.capacityParts ?? NO_PARTS, {
      generalBudget: ['wan', '综合财力：一般公共预算（分项给出时）', 'capacity: general budget (given by parts)', 'capacityGeneralBudget'],
      fundBudget: ['wan', '综合财力：政府性基金预算（含土地）', 'capacity: fund budget, land included', 'capacityFundBudget'],
      land: ['wan', '综合财力：土地出让收入', 'capacity: land revenue', 'capacityLand'],
    }),
  ],
};

const towns: FrameDef<TownRow> = {
  about: 'town × year; then `claimed:<program>` and `paid:<program>` (万元) for each reward program, in program order',
  perYear: true,
  subjects: townRows,
  columns: [
    scenarioColumn(), col<TownRow>('town', 'id', '小镇', 'town id', (r) => r.t.id), yearColumn(),
    col<TownRow>('name', 'text', '小镇名称', 'town name', (r) => r.info?.name ?? null, true),
    col<TownRow>('district', 'id', '所在区', 'district id', (r) => r.info?.district ?? null, true),
    col<TownRow>('theme', 'text', '主题', 'theme', (r) => r.info?.theme ?? null, true),
    col<TownRow>('region', 'text', '区域（north-eco/central-south）', 'region (north-eco/central-south)', (r) => r.info?.region ?? null, true),
    col<TownRow>('flagship', 'flag', '精品特色小镇', 'flagship town', (r) => r.info?.flagship ?? null, true),
    ...series((r: TownRow) => r.t, {
      status: ['text', '状态（inactive/active/rectify/removed）', 'status (inactive/active/rectify/removed)'],
      achievement: ['ratio', '综合完成率 A_t', 'composite achievement A_t'],
    }),
    ...series((r: TownRow) => r.t.rewards, {
      total: ['wan', '奖补支付合计（毛额）', 'rewards paid, gross', 'rewardsTotal'],
      clawback: ['wan', '追回奖补', 'clawback recovered'],
    }),
    ...series((r: TownRow) => r.t.rewards.landQuotaMu, {
      reward: ['mu', '奖励用地指标', 'land-quota reward', 'landRewardMu'],
      deduction: ['mu', '倒扣用地指标', 'land-quota deduction', 'landDeductionMu'],
    }),
    ...series((r: TownRow) => r.t.exposure, {
      total: ['wan', '债务敞口合计', 'debt exposure, total', 'exposure'],
      ratio: ['ratio', '债务敞口 / 财政收入', 'exposure / town revenue', 'exposureRatio'],
      bonds: ['wan', '专项债余额', 'special-bond balance'],
      platform: ['wan', '平台债务（非隐性）', 'platform debt not identified as hidden'],
      hidden: ['wan', '隐性债务', 'hidden debt'],
      accruedRewards: ['wan', '应付未付奖补', 'queued unpaid rewards'],
      pppCommitments: ['wan', 'PPP未来支出责任（折现）', 'PPP commitments after the year, discounted'],
    }),
    col<TownRow>('investmentCompleted', 'wan', '完成投资', 'investment completed', (r, c) => (r.inv ? (r.inv[c.y] ?? null) : null), true),
    col<TownRow>('jobs', 'count', '就业人数（目标 × 预期完成率）', 'jobs (target × expected achievement)', (r, c) => (r.jobs ? (r.jobs[c.y] ?? null) : null), true),
    ...series((r: TownRow) => r.t, {
      bondSupport: ['wan', '专项债资金缺口的预算补助', 'budget support of the special-bond cash gap'],
    }),
  ],
  extra: (result) => programIds(result).flatMap((p) => townProgramColumns(p)),
};

const ppp: FrameDef<PppRow> = {
  about: 'PPP project × year',
  perYear: true,
  subjects: pppRows,
  columns: [
    scenarioColumn(), col<PppRow>('project', 'id', 'PPP项目', 'PPP project id', (r) => r.p.id), yearColumn(),
    col<PppRow>('town', 'id', '所属小镇', 'town id', (r) => r.town, true),
    col<PppRow>('district', 'id', '所在区', 'district id', (r) => r.district, true),
    ...series((r: PppRow) => r.p.obligations, {
      equity: ['wan', '股权投资支出', 'equity investment'],
      operatingSubsidy: ['wan', '运营补贴支出', 'operating subsidy'],
      riskBearing: ['wan', '风险承担支出', 'risk-bearing'],
      supportingInputs: ['wan', '配套投入支出', 'supporting inputs'],
      total: ['wan', '政府支出责任合计', 'government obligations, total', 'obligations'],
    }),
    ...series((r: PppRow) => r.p.spv, {
      capex: ['wan', '建设投资', 'capital expenditure'],
      revenue: ['wan', '项目收入', 'SPV revenue'],
      opex: ['wan', '运营成本', 'operating cost'],
      taxes: ['wan', '税费', 'taxes'],
      cfads: ['wan', '可用于偿债的现金流', 'cash flow available for debt service'],
      debtService: ['wan', '还本付息', 'debt service'],
      dividends: ['wan', '股东分红', 'dividends'],
    }),
    ...series((r: PppRow) => r.p, {
      dscr: ['ratio', '偿债覆盖率', 'DSCR'],
      llcr: ['ratio', '贷款期偿债覆盖率', 'LLCR'],
    }),
    ...series((r: PppRow) => r.p.obligations, {
      constructionSupport: ['wan', '建设期投资支持（新机制，不计入K_n）', 'construction-period support (new mechanism, not in K_n)'],
    }),
  ],
};

const pppProjects: FrameDef<PppResult> = {
  about: 'one row per PPP project',
  perYear: false,
  subjects: (r) => r.ppp,
  columns: [
    scenarioColumn(), idColumn('project', 'PPP项目', 'PPP project id'),
    col<PppResult>('obligationsTotal', 'wan', '政府支出责任（全期合计）', 'government obligations over the horizon', (p) => sumFen(p.obligations.total)),
    ...fields((p: PppResult) => p, {
      projectIrr: ['rate', '项目内部收益率', 'project IRR'],
      equityIrr: ['rate', '资本金内部收益率', 'equity IRR'],
      npv: ['wan', '净现值', 'net present value'],
      minDscr: ['ratio', '最低偿债覆盖率', 'minimum DSCR'],
      avgDscr: ['ratio', '平均偿债覆盖率', 'average DSCR'],
    }),
    ...fields((p: PppResult) => p.vfm, {
      psc: ['wan', '物有所值：PSC值', 'value for money: PSC', 'vfmPsc'],
      pppValue: ['wan', '物有所值：PPP值', 'value for money: PPP value', 'vfmPppValue'],
      value: ['wan', '物有所值量值（PSC − PPP）', 'value for money (PSC − PPP)', 'vfmValue'],
      index: ['share', '物有所值指数', 'value-for-money index', 'vfmIndex'],
    }),
  ],
};

const funds: FrameDef<FundResult> = {
  about: 'fund × year',
  perYear: true,
  subjects: (r) => r.funds,
  columns: [
    scenarioColumn(), idColumn('fund', '子基金', 'fund id'), yearColumn(),
    ...series((f: FundResult) => f, {
      calls: ['wan', '实缴出资', 'capital calls'],
      distributions: ['wan', '分配', 'distributions'],
      nav: ['wan', '基金净值', 'net asset value'],
    }),
    ...series((f: FundResult) => f.government, { cashflows: ['wan', '政府出资方净现金流（出资为负）', "government's net cash flow (calls negative)", 'governmentCashflow'] }),
    ...series((f: FundResult) => f.social, { cashflows: ['wan', '社会资本净现金流（出资为负）', "social investors' net cash flow (calls negative)", 'socialCashflow'] }),
  ],
};

const fundTerms: FrameDef<FundResult> = {
  about: 'one row per fund (its terms and results)',
  perYear: false,
  subjects: (r) => r.funds,
  columns: [
    scenarioColumn(), idColumn('fund', '子基金', 'fund id'),
    ...fields((f: FundResult) => f, {
      size: ['wan', '基金规模 S', 'fund size S'],
      governmentCommitment: ['wan', '政府认缴 G', 'government commitment G'],
      leverage: ['ratio', '放大倍数 S/G', 'leverage S/G'],
      investmentMultiple: ['ratio', '投资倍数', 'investment multiple'],
      returnInvestmentRatio: ['ratio', '返投倍数', 'return-investment ratio'],
    }),
    ...fields((f: FundResult) => f.government, {
      irr: ['rate', '政府出资内部收益率', "government's IRR", 'governmentIrr'],
      tvpi: ['ratio', '政府出资TVPI', "government's TVPI", 'governmentTvpi'],
      dpi: ['ratio', '政府出资DPI', "government's DPI", 'governmentDpi'],
    }),
    ...fields((f: FundResult) => f.social, {
      irr: ['rate', '社会资本内部收益率', "social investors' IRR", 'socialIrr'],
      tvpi: ['ratio', '社会资本TVPI', "social investors' TVPI", 'socialTvpi'],
      dpi: ['ratio', '社会资本DPI', "social investors' DPI", 'socialDpi'],
    }),
  ],
};

const limits: FrameDef<LimitRow> = {
  about: 'one row per evaluated limit, crossed or not (SPEC §10 `limits`)',
  perYear: false,
  subjects: (r) => r.limits,
  columns: [
    scenarioColumn(), ...ruleRowHead<LimitRow>('city/district/town/ppp/fund/program'), ...ruleRowFigures<LimitRow>(),
    col<LimitRow>('level', 'text', '结果（ok/warning/breach）', 'level (ok/warning/breach)', (l) => l.level),
  ],
};

const findings: FrameDef<Finding> = {
  about: 'one row per warning or breach (SPEC §10 `findings`)',
  perYear: false,
  subjects: (r) => r.findings,
  columns: [
    scenarioColumn(), ...ruleRowHead<Finding>('city/district/town/ppp/fund/program'),
    col<Finding>('level', 'text', '级别（warning/breach）', 'level (warning/breach)', (f) => f.level),
    ...ruleRowFigures<Finding>(),
    ...fields((f: Finding) => f, {
      source: ['text', '依据文件', 'source document'],
      message: ['text', '说明（中文 / English）', 'message (Chinese / English)'],
    }),
  ],
};

const summary: FrameDef<RunResult> = {
  about: 'one row (SPEC §10 `summary`)',
  perYear: false,
  subjects: (r) => [r],
  columns: [
    scenarioColumn(),
    col<RunResult>('hash', 'text', '情景内容哈希', 'scenario content hash', (r) => r.scenario.hash),
    col<RunResult>('engineVersion', 'text', '引擎版本', 'engine version', (r) => r.engineVersion),
    ...fields((r: RunResult) => r.summary, {
      fiscalCostTotal: ['wan', '财政成本合计', 'fiscal cost, total'],
      fiscalCostNpv: ['wan', '财政成本现值', 'fiscal cost, NPV'],
      rewardsTotal: ['wan', '奖补支付合计', 'rewards paid, total'],
      wastedOnRemoved: ['wan', '支付给后被淘汰小镇', 'paid to towns later removed'],
      rewardCostPerInvestment: ['ratio', '每万元投资的奖补成本（万元/万元）', 'reward cost per 万元 invested'],
      rewardCostPerJob: ['wanPerJob', '每个就业岗位的奖补成本（万元/人）', 'reward cost per job (万元 per job)'],
      pppObligationsTotal: ['wan', 'PPP支出责任合计', 'PPP obligations, total'],
      peakPppShare: ['share', 'PPP支出占比峰值', 'peak PPP share'],
      investmentMobilised: ['wan', '撬动投资', 'investment mobilised'],
      investmentPerFiscal: ['ratio', '每万元财政资金撬动投资', 'investment per fiscal 万元'],
      peakBroadRatio: ['ratio', '宽口径债务率峰值', 'peak broad debt ratio'],
      worstTier: ['text', '最差风险等级（法定债务率，官方）', 'worst risk tier (legal ratio, official)'],
      breaches: ['count', '违规数', 'breaches'],
      warnings: ['count', '预警数', 'warnings'],
      receivableAtEnd: ['wan', '期末未追回奖补', 'clawbacks not recovered by the horizon’s end'],
      peakLegalRatio: ['ratio', '法定债务率峰值', 'peak legal debt ratio'],
      worstTierBroad: ['text', '最差风险等级（宽口径，实践口径）', 'worst risk tier (broad ratio, practice line)'],
    }),
    ...fields((r: RunResult) => r.city.rewardPool, {
      dueAfterHorizon: ['wan', '期内产生、期后到期的资金池申领', 'pool claims earned within the horizon, due after it', 'poolDueAfterHorizon'],
    }),
  ],
};

/** The frames `toFrames` returns, in order. */
export const RUN_FRAMES = {
  city: defineFrame(city), districts: defineFrame(districts), towns: defineFrame(towns), ppp: defineFrame(ppp),
  pppProjects: defineFrame(pppProjects), funds: defineFrame(funds), fundTerms: defineFrame(fundTerms),
  limits: defineFrame(limits), findings: defineFrame(findings), summary: defineFrame(summary),
} as const;

/** The frames `toFrames` returns. */
export type FrameName = keyof typeof RUN_FRAMES;
