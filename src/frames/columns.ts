/**
 * The columns of `toFrames` (SPEC §10 "Result JSON", in long form): one row per subject
 * and year, named as the result JSON names its fields, with the unit of every column.
 * This table is the documentation (docs/frames.md lists it; a test keeps the two equal).
 */

/**
 * The unit of a frame column. `wan` 万元; `share` a decimal fraction (0.07 = 7%); `ratio` a
 * plain multiple (debt ratios, DSCR, leverage); `rate` a decimal rate a year (IRR);
 * `wanPerJob` 万元 per job; `mu` 亩 of construction-land quota; `count` a whole number (jobs, findings); `year` a
 * calendar year; `id` a scenario identifier; `text` a label or message; `flag` true/false;
 * `rule` the unit of the row's rule (its `unit` column, SPEC §6 "Headroom").
 */
export type ColumnUnit = 'wan' | 'wanPerJob' | 'share' | 'ratio' | 'rate' | 'mu' | 'count' | 'year' | 'id' | 'text' | 'flag' | 'rule';

/** One column: name, unit, and what it holds in Chinese and English. */
export interface ColumnSpec {
  readonly name: string;
  readonly unit: ColumnUnit;
  readonly zh: string;
  readonly en: string;
  /** Present only when `toFrames` is given the scenario (names, districts, themes, investment). */
  readonly withScenario?: boolean;
}

/** The frames `toFrames` returns. */
export type FrameName =
  | 'city' | 'districts' | 'towns' | 'ppp' | 'pppProjects' | 'funds' | 'fundTerms' | 'limits' | 'findings' | 'summary';

const c = (name: string, unit: ColumnUnit, zh: string, en: string, withScenario = false): ColumnSpec =>
  (withScenario ? { name, unit, zh, en, withScenario } : { name, unit, zh, en });

const SCENARIO = c('scenario', 'id', '情景编号', 'scenario id');
const YEAR = c('year', 'year', '预算年度', 'budget year');

/** The fixed columns of each frame, in order. The towns frame adds program columns (`TOWN_PROGRAM_COLUMNS`). */
export const FRAME_COLUMNS: Readonly<Record<FrameName, readonly ColumnSpec[]>> = {
  city: [
    SCENARIO, YEAR,
    c('budgetExpenditure', 'wan', '一般公共预算支出', 'general budget expenditure'),
    c('pppObligations', 'wan', '市级PPP支出责任（含存量非小镇项目）', 'city PPP obligations, existing non-town projects included'),
    c('pppShare', 'share', 'PPP支出占一般公共预算支出比例（财承）', 'PPP share of general budget expenditure (affordability)'),
    c('rewardsPaid', 'wan', '奖补支付', 'rewards paid'),
    c('fiscalCost', 'wan', '财政成本（SPEC §1）', 'fiscal cost (SPEC §1)'),
    c('investmentPerFiscal', 'ratio', '每万元财政资金撬动投资（累计）', 'investment mobilised per fiscal 万元, cumulative'),
  ],
  districts: [
    SCENARIO, c('district', 'id', '区', 'district id'), YEAR,
    c('legalDebt', 'wan', '法定债务余额', 'legal debt balance'),
    c('hiddenDebt', 'wan', '隐性债务余额', 'hidden debt balance'),
    c('capacity', 'wan', '综合财力', 'comprehensive fiscal capacity'),
    c('legalRatio', 'ratio', '法定债务率', 'legal debt ratio'),
    c('broadRatio', 'ratio', '宽口径债务率', 'broad debt ratio'),
    c('tier', 'text', '风险等级（green/yellow/orange/red）', 'risk tier (green/yellow/orange/red)'),
    c('debtLimit', 'wan', '债务限额', 'debt limit'),
    c('debtHeadroom', 'wan', '债务限额空间', 'headroom under the debt limit'),
    c('debtServiceRatio', 'share', '偿债率', 'debt service / capacity'),
    c('interestBurden', 'share', '付息支出占比', 'interest burden'),
    c('pppShare', 'share', '区级PPP支出占比', 'district PPP share of budget expenditure'),
  ],
  towns: [
    SCENARIO, c('town', 'id', '小镇', 'town id'), YEAR,
    c('name', 'text', '小镇名称', 'town name', true),
    c('district', 'id', '所在区', 'district id', true),
    c('theme', 'text', '主题', 'theme', true),
    c('region', 'text', '区域（north-eco/central-south）', 'region (north-eco/central-south)', true),
    c('flagship', 'flag', '精品特色小镇', 'flagship town', true),
    c('status', 'text', '状态（inactive/active/rectify/removed）', 'status (inactive/active/rectify/removed)'),
    c('achievement', 'ratio', '综合完成率 A_t', 'composite achievement A_t'),
    c('rewardsTotal', 'wan', '奖补支付合计（毛额）', 'rewards paid, gross'),
    c('clawback', 'wan', '追回奖补', 'clawback recovered'),
    c('landRewardMu', 'mu', '奖励用地指标', 'land-quota reward'),
    c('landDeductionMu', 'mu', '倒扣用地指标', 'land-quota deduction'),
    c('exposure', 'wan', '债务敞口合计', 'debt exposure, total'),
    c('exposureRatio', 'ratio', '债务敞口 / 财政收入', 'exposure / town revenue'),
    c('bonds', 'wan', '专项债余额', 'special-bond balance'),
    c('platform', 'wan', '平台债务（非隐性）', 'platform debt not identified as hidden'),
    c('hidden', 'wan', '隐性债务', 'hidden debt'),
    c('accruedRewards', 'wan', '应付未付奖补', 'queued unpaid rewards'),
    c('pppCommitments', 'wan', 'PPP未来支出责任（折现）', 'PPP commitments after the year, discounted'),
    c('investmentCompleted', 'wan', '完成投资', 'investment completed', true),
    c('jobs', 'count', '就业人数（目标 × 预期完成率）', 'jobs (target × expected achievement)', true),
  ],
  ppp: [
    SCENARIO, c('project', 'id', 'PPP项目', 'PPP project id'), YEAR,
    c('town', 'id', '所属小镇', 'town id', true),
    c('district', 'id', '所在区', 'district id', true),
    c('equity', 'wan', '股权投资支出', 'equity investment'),
    c('operatingSubsidy', 'wan', '运营补贴支出', 'operating subsidy'),
    c('riskBearing', 'wan', '风险承担支出', 'risk-bearing'),
    c('supportingInputs', 'wan', '配套投入支出', 'supporting inputs'),
    c('obligations', 'wan', '政府支出责任合计', 'government obligations, total'),
    c('capex', 'wan', '建设投资', 'capital expenditure'),
    c('revenue', 'wan', '项目收入', 'SPV revenue'),
    c('opex', 'wan', '运营成本', 'operating cost'),
    c('taxes', 'wan', '税费', 'taxes'),
    c('cfads', 'wan', '可用于偿债的现金流', 'cash flow available for debt service'),
    c('debtService', 'wan', '还本付息', 'debt service'),
    c('dividends', 'wan', '股东分红', 'dividends'),
    c('dscr', 'ratio', '偿债覆盖率', 'DSCR'),
    c('llcr', 'ratio', '贷款期偿债覆盖率', 'LLCR'),
  ],
  pppProjects: [
    SCENARIO, c('project', 'id', 'PPP项目', 'PPP project id'),
    c('obligationsTotal', 'wan', '政府支出责任（全期合计）', 'government obligations over the horizon'),
    c('projectIrr', 'rate', '项目内部收益率', 'project IRR'),
    c('equityIrr', 'rate', '资本金内部收益率', 'equity IRR'),
    c('npv', 'wan', '净现值', 'net present value'),
    c('minDscr', 'ratio', '最低偿债覆盖率', 'minimum DSCR'),
    c('avgDscr', 'ratio', '平均偿债覆盖率', 'average DSCR'),
    c('vfmPsc', 'wan', '物有所值：PSC值', 'value for money: PSC'),
    c('vfmPppValue', 'wan', '物有所值：PPP值', 'value for money: PPP value'),
    c('vfmValue', 'wan', '物有所值量值（PSC − PPP）', 'value for money (PSC − PPP)'),
    c('vfmIndex', 'share', '物有所值指数', 'value-for-money index'),
  ],
  funds: [
    SCENARIO, c('fund', 'id', '子基金', 'fund id'), YEAR,
    c('calls', 'wan', '实缴出资', 'capital calls'),
    c('distributions', 'wan', '分配', 'distributions'),
    c('nav', 'wan', '基金净值', 'net asset value'),
    c('governmentCashflow', 'wan', '政府出资方净现金流（出资为负）', "government's net cash flow (calls negative)"),
    c('socialCashflow', 'wan', '社会资本净现金流（出资为负）', "social investors' net cash flow (calls negative)"),
  ],
  fundTerms: [
    SCENARIO, c('fund', 'id', '子基金', 'fund id'),
    c('size', 'wan', '基金规模 S', 'fund size S'),
    c('governmentCommitment', 'wan', '政府认缴 G', 'government commitment G'),
    c('leverage', 'ratio', '放大倍数 S/G', 'leverage S/G'),
    c('investmentMultiple', 'ratio', '投资倍数', 'investment multiple'),
    c('returnInvestmentRatio', 'ratio', '返投倍数', 'return-investment ratio'),
    c('governmentIrr', 'rate', '政府出资内部收益率', "government's IRR"),
    c('governmentTvpi', 'ratio', '政府出资TVPI', "government's TVPI"),
    c('governmentDpi', 'ratio', '政府出资DPI', "government's DPI"),
    c('socialIrr', 'rate', '社会资本内部收益率', "social investors' IRR"),
    c('socialTvpi', 'ratio', '社会资本TVPI', "social investors' TVPI"),
    c('socialDpi', 'ratio', '社会资本DPI', "social investors' DPI"),
  ],
  limits: [
    SCENARIO, c('rule', 'id', '规则编号', 'rule id'),
    c('subjectKind', 'text', '对象类型（city/district/town/ppp/fund/bond）', 'subject kind'),
    c('subject', 'id', '对象编号', 'subject id'), YEAR,
    c('value', 'rule', '指标值', 'value'),
    c('limit', 'rule', '限值', 'line'),
    c('headroom', 'rule', '空间（越线为负）', 'headroom (negative when crossed)'),
    c('unit', 'text', '规则单位（结果含 thresholds 时）', "the rule's unit (when the result carries thresholds)"),
    c('level', 'text', '结果（ok/warning/breach）', 'level (ok/warning/breach)'),
  ],
  findings: [
    SCENARIO, c('rule', 'id', '规则编号', 'rule id'),
    c('subjectKind', 'text', '对象类型', 'subject kind'),
    c('subject', 'id', '对象编号', 'subject id'), YEAR,
    c('level', 'text', '级别（warning/breach）', 'level (warning/breach)'),
    c('value', 'rule', '指标值', 'value'),
    c('limit', 'rule', '限值', 'line'),
    c('headroom', 'rule', '空间（越线为负）', 'headroom (negative when crossed)'),
    c('unit', 'text', '规则单位（结果含 thresholds 时）', "the rule's unit (when the result carries thresholds)"),
    c('source', 'text', '依据文件', 'source document'),
    c('message', 'text', '说明（中文 / English）', 'message (Chinese / English)'),
  ],
  summary: [
    SCENARIO, c('hash', 'text', '情景内容哈希', 'scenario content hash'),
    c('engineVersion', 'text', '引擎版本', 'engine version'),
    c('fiscalCostTotal', 'wan', '财政成本合计', 'fiscal cost, total'),
    c('fiscalCostNpv', 'wan', '财政成本现值', 'fiscal cost, NPV'),
    c('rewardsTotal', 'wan', '奖补支付合计', 'rewards paid, total'),
    c('wastedOnRemoved', 'wan', '支付给后被淘汰小镇', 'paid to towns later removed'),
    c('rewardCostPerInvestment', 'ratio', '每万元投资的奖补成本（万元/万元）', 'reward cost per 万元 invested'),
    c('rewardCostPerJob', 'wanPerJob', '每个就业岗位的奖补成本（万元/人）', 'reward cost per job (万元 per job)'),
    c('pppObligationsTotal', 'wan', 'PPP支出责任合计', 'PPP obligations, total'),
    c('peakPppShare', 'share', 'PPP支出占比峰值', 'peak PPP share'),
    c('investmentMobilised', 'wan', '撬动投资', 'investment mobilised'),
    c('investmentPerFiscal', 'ratio', '每万元财政资金撬动投资', 'investment per fiscal 万元'),
    c('peakBroadRatio', 'ratio', '宽口径债务率峰值', 'peak broad debt ratio'),
    c('worstTier', 'text', '最差风险等级', 'worst risk tier'),
    c('breaches', 'count', '违规数', 'breaches'),
    c('warnings', 'count', '预警数', 'warnings'),
  ],
};

/** The two columns each reward program adds to the towns frame, after the fixed ones, in program order. */
export function townProgramColumns(programId: string): readonly ColumnSpec[] {
  return [
    c(`claimed:${programId}`, 'wan', `${programId} 应得奖补`, `${programId}: claimed`),
    c(`paid:${programId}`, 'wan', `${programId} 实付奖补`, `${programId}: paid`),
  ];
}

/** Column names of a frame, with or without the scenario-only columns. */
export function columnNames(frame: FrameName, withScenario: boolean): string[] {
  return FRAME_COLUMNS[frame].filter((s) => withScenario || !s.withScenario).map((s) => s.name);
}
