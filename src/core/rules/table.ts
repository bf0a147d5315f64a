/**
 * The rule table of SPEC §11 as data: id, dated versions (effective year, threshold,
 * level, source document) and the year each rule is keyed to (SPEC §1 "Dated rules").
 * Figures read in secondary sources are flagged `secondary`.
 */
import type { Level, RuleDef, RuleVersion } from './types.ts';

const ALWAYS = 1900;

/** The national guideline on characteristic towns, source of the §7 checks. */
const GUIDELINE_2021 = '发改规划〔2021〕1383号';

/** One dated version: in force from `from` with `threshold` (and named `params`), crossing it gives `level`; `source` its document(s). */
function v(from: number, threshold: number | null, level: Exclude<Level, 'ok'>, source: string, params?: Readonly<Record<string, number>>): RuleVersion {
  return params ? { from, threshold, params, level, source } : { from, threshold, level, source };
}

export const RULES: readonly RuleDef[] = [
  // §4.5–4.6 PPP affordability and project rules
  { id: 'ppp.share.10', label: { zh: 'PPP支出占比10%红线', en: 'PPP share 10% ceiling' }, unit: 'share', headroomUnit: 'wan', comparison: 'gt', subjects: ['city','district'], key: 'year', zh: 'PPP支出占一般公共预算支出比例超过10%，不得新上PPP项目', en: 'PPP share of general budget expenditure above 10%: no new PPP projects',
    versions: [v(2015, 0.1, 'breach', '财金〔2015〕21号；财金〔2022〕119号重申')] },
  { id: 'ppp.share.7', label: { zh: 'PPP支出占比7%预警线', en: 'PPP share 7% warning line' }, unit: 'share', headroomUnit: 'wan', comparison: 'gt', subjects: ['city','district'], key: 'year', zh: 'PPP支出占比超过7%，风险预警', en: 'PPP share above 7%: risk warning',
    versions: [v(2019, 0.07, 'warning', '财金〔2019〕10号')] },
  { id: 'ppp.share.5.government-pay', label: { zh: '政府付费项目5%门槛', en: 'Government-pay 5% gate' }, unit: 'share', headroomUnit: 'wan', comparison: 'gt', subjects: ['ppp'], key: 'procurementYear', zh: '采购当年PPP支出占比超过5%，不得新上政府付费项目', en: 'Share above 5% in the procurement year: no new government-pay project',
    versions: [v(2019, 0.05, 'breach', '财金〔2019〕10号')] },
  { id: 'ppp.performance-link', label: { zh: '绩效挂钩比例', en: 'Performance link' }, unit: 'share', comparison: 'lt', subjects: ['ppp'], key: 'procurementYear', zh: '建设成本与绩效挂钩比例低于30%', en: 'Share of the construction part linked to performance below 30%',
    versions: [v(2017, 0.3, 'breach', '财办金〔2017〕92号；财金〔2019〕10号')] },
  { id: 'ppp.guaranteed-terms', label: { zh: '固定回报/保底/回购', en: 'Guaranteed terms' }, unit: 'flag', comparison: 'flag', subjects: ['ppp'], key: 'procurementYear', zh: '固定回报、保底承诺或回购安排', en: 'Fixed return, guaranteed floor or buy-back terms',
    versions: [v(2017, null, 'breach', '财办金〔2017〕92号；财预〔2017〕50号')] },
  { id: 'ppp.concession-2023', label: { zh: '新机制特许经营', en: 'New-mechanism concession' }, unit: 'wan', comparison: 'flag', subjects: ['ppp'], key: 'procurementYear', zh: '新机制项目（2023年起）须为使用者付费的特许经营，不得有建设成本补贴', en: 'New-mechanism project (from 2023): must be a user-pay concession with no construction subsidy (K_n)',
    versions: [v(2023, null, 'breach', '国办函〔2023〕115号')] },
  { id: 'ppp.term-40', label: { zh: '特许经营期限', en: 'Concession term' }, unit: 'years', comparison: 'gt', subjects: ['ppp'], key: 'procurementYear', zh: '特许经营期限原则上不超过40年', en: 'Concession term above 40 years',
    versions: [v(2023, 40, 'warning', '国办函〔2023〕115号')] },
  { id: 'ppp.spv-control', label: { zh: '政府持股比例', en: 'Government SPV share' }, unit: 'share', comparison: 'ge', subjects: ['ppp'], key: 'procurementYear', zh: '旧机制项目政府在项目公司中持股达到50%（不得达到）', en: 'Old-mechanism project: government share of SPV equity at or above 50%',
    versions: [v(2014, 0.5, 'breach', '财金〔2014〕113号')] },
  { id: 'ppp.capital-ratio', label: { zh: '项目资本金比例', en: 'Capital ratio' }, unit: 'share', comparison: 'lt', subjects: ['ppp'], key: 'procurementYear', zh: '项目资本金比例低于行业最低要求', en: 'Capital ratio below the sector minimum',
    versions: [
      v(2015, 0.2, 'warning', '国发〔2015〕51号'),
      v(2019, 0.2, 'warning', '国发〔2019〕26号'),
    ] },
  { id: 'ppp.dscr', label: { zh: '最低偿债覆盖率', en: 'Minimum DSCR' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'lt', subjects: ['ppp'], key: 'procurementYear', zh: '最低偿债覆盖率低于1.0', en: 'Minimum DSCR below 1.0',
    versions: [v(ALWAYS, 1.0, 'warning', '项目融资惯例 (project-finance practice)')] },
  { id: 'ppp.vfm', label: { zh: '物有所值定量评价', en: 'Value for money' }, unit: 'wan', comparison: 'gt', subjects: ['ppp'], key: 'procurementYear', zh: 'PPP值超过PSC值，未通过物有所值定量评价', en: 'PPP value above the PSC: fails the quantitative value-for-money test',
    versions: [v(2015, null, 'breach', '财金〔2015〕167号')] },
  { id: 'ppp.budget-source', label: { zh: '运营补贴预算来源', en: 'Budget paying subsidies' }, unit: 'wan', comparison: 'flag', subjects: ['ppp'], key: 'procurementYear', zh: '2019年起签约项目的运营补贴支出从政府性基金预算或国有资本经营预算安排', en: 'Operating subsidies of a project signed from 2019 paid from the government-fund or state-capital budget',
    versions: [v(2019, null, 'breach', '财金〔2019〕10号')] },
  { id: 'ppp.capex-over-approved', label: { zh: '建设投资超概算', en: 'Capex over the approved estimate' }, unit: 'wan', comparison: 'gt', subjects: ['ppp'], key: 'year', zh: '存量项目建设投资超过批复概算', en: "Stock project's capex above its approved estimate",
    versions: [v(2025, null, 'warning', '国办函〔2025〕84号')] },
  // §5 funds
  { id: 'fund.government-share', label: { zh: '政府出资比例', en: 'Government share of the fund' }, unit: 'share', headroomUnit: 'wan', comparison: 'gt', subjects: ['fund'], key: 'establishedYear', secondary: true, zh: '政府出资比例超过上限', en: 'Government share above its cap',
    versions: [v(2015, 0.3, 'breach', '财预〔2015〕210号；通行做法 (common practice, secondary)')] },
  { id: 'fund.return-investment', label: { zh: '返投倍数', en: 'Return-investment ratio' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'lt', subjects: ['fund'], key: 'establishedYear', secondary: true, zh: '返投倍数低于要求', en: 'Return-investment ratio below requirement',
    versions: [
      v(2015, 1.5, 'warning', '通行做法 (common practice, secondary)'),
      v(2025, 1.0, 'warning', '国办发〔2025〕1号（鼓励降低或取消返投要求）'),
    ] },
  { id: 'fund.investment-multiple', label: { zh: '投资倍数', en: 'Investment multiple' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'lt', subjects: ['fund'], key: 'establishedYear', zh: '财政资金投资倍数低于情景设定的门槛', en: "Investment multiple below the scenario's threshold",
    versions: [v(ALWAYS, 3, 'warning', '广州特色小镇实施意见（确保财政性资金投资倍数效应）')] },
  { id: 'fund.guarantee', label: { zh: '明股实债', en: 'Disguised debt terms' }, unit: 'flag', comparison: 'flag', subjects: ['fund'], key: 'establishedYear', zh: '政府承诺保本、保最低收益或回购社会资本（明股实债）', en: 'Government promises principal protection, a minimum return or a buy-back',
    versions: [v(2015, null, 'breach', '财预〔2015〕210号第十三条；财预〔2017〕50号')] },
  { id: 'fund.real-estate', label: { zh: '基金投资房地产', en: 'Fund investing in real estate' }, unit: 'wan', comparison: 'flag', subjects: ['fund'], key: 'establishedYear', zh: '政府投资基金投资房地产', en: 'A government investment fund investing in real estate',
    versions: [v(2015, null, 'breach', '财预〔2015〕210号第十二条')] },
  // §3 rewards
  { id: 'reward.tax-linked-enterprise', label: { zh: '税收挂钩奖补给企业', en: 'Tax-linked reward to an enterprise' }, unit: 'wan', comparison: 'flag', subjects: ['program'], key: 'year', zh: '与税收挂钩的奖补（新增财政收入返还）支付给企业，须经公平竞争审查', en: 'A tax-linked reward (revenue return) paid to an enterprise: subject to fair-competition review',
    versions: [v(2024, null, 'warning', '公平竞争审查条例（国务院令第783号，2024年）')] },
  // §6 debt
  { id: 'town.exposure-cap', label: { zh: '小镇债务敞口率', en: 'Town exposure ratio' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'gt', subjects: ['town'], key: 'year', zh: '小镇债务敞口与财政收入之比超过上限', en: 'Town exposure / revenue above the cap',
    versions: [v(ALWAYS, 2.0, 'breach', '发展改革委政策选择（无官方数值）')] },
  { id: 'town.revenue-nonpositive', label: { zh: '有敞口无收入', en: 'Exposure without revenue' }, unit: 'flag', headroomUnit: 'wan', comparison: 'flag', subjects: ['town'], key: 'year', zh: '小镇有债务敞口但财政收入不为正', en: 'Exposure with town revenue ≤ 0',
    versions: [v(ALWAYS, 0, 'warning', '发展改革委政策选择')] },
  { id: 'district.tier', label: { zh: '法定债务率风险等级（官方）', en: 'Legal debt-ratio tier (official)' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'tier', subjects: ['district'], key: 'year', secondary: true, zh: '法定债务率（法定债务/综合财力）进入黄/橙/红档', en: 'Legal debt ratio (legal debt / 综合财力) in the yellow, orange or red tier',
    versions: [v(2021, 1.2, 'warning', '财政部地方政府债务风险评估（2020年办法，公开部分，secondary）', { yellow: 1.2, orange: 2.0, red: 3.0 })] },
  { id: 'district.tier-broad', label: { zh: '宽口径债务率风险等级（实践口径）', en: 'Broad debt-ratio tier (practice line)' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'tier', subjects: ['district'], key: 'year', secondary: true, warningOnly: true, zh: '宽口径债务率（法定+隐性）进入黄/橙/红档：发展改革委实践口径，非法规，仅预警', en: "Broad debt ratio (legal + hidden) in the yellow, orange or red tier: the commission's practice line, not regulation, warning only",
    versions: [v(2021, 1.2, 'warning', '发展改革委实践口径（非法规；档位同法定债务率） / practice line, not regulation', { yellow: 1.2, orange: 2.0, red: 3.0 })] },
  { id: 'district.debt-limit', label: { zh: '债务限额', en: 'Debt limit' }, unit: 'wan', comparison: 'gt', subjects: ['district'], key: 'year', zh: '法定债务余额超过债务限额（一般+专项）', en: 'Legal debt above the total debt limit (general + special)',
    versions: [v(2015, null, 'breach', '《预算法》第三十五条；国发〔2014〕43号')] },
  { id: 'district.debt-limit-general', label: { zh: '一般债务限额', en: 'General-debt limit' }, unit: 'wan', comparison: 'gt', subjects: ['district'], key: 'year', zh: '一般债务余额超过一般债务限额', en: 'General debt above the general-debt limit',
    versions: [v(2015, null, 'breach', '《预算法》第三十五条；财预〔2015〕225号')] },
  { id: 'district.debt-limit-special', label: { zh: '专项债务限额', en: 'Special-debt limit' }, unit: 'wan', comparison: 'gt', subjects: ['district'], key: 'year', zh: '专项债务余额超过专项债务限额', en: 'Special debt above the special-debt limit',
    versions: [v(2015, null, 'breach', '《预算法》第三十五条；财预〔2015〕225号')] },
  { id: 'district.platform-borrowing', label: { zh: '预警地区平台融资', en: 'Platform borrowing on warning' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'gt', subjects: ['district'], key: 'year', zh: '综合债务率超过100%的风险预警地区通过平台公司为小镇新增融资', en: 'New town platform borrowing while the composite debt ratio is above 100% (risk warning)',
    versions: [v(2017, 1.0, 'breach', '发改规划〔2017〕2084号')] },
  { id: 'district.bonds-on-warning', label: { zh: '预警地区新增举债', en: 'New borrowing on warning' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'gt', subjects: ['district'], key: 'year', zh: '风险预警地区（综合债务率超过100%）原则上不得为小镇新增政府举债（一般或专项）', en: 'New government borrowing for towns (general or special) while on risk warning (composite ratio above 100%)',
    versions: [v(2020, 1.0, 'breach', '国办发〔2020〕33号（原则上不得）')] },
  { id: 'district.warning-removal-candidate', label: { zh: '连续预警：小镇拟淘汰', en: 'Consecutive warning: removal candidate' }, unit: 'years', comparison: 'ge', subjects: ['town'], key: 'year', zh: '所在区连续处于风险预警达到两年，小镇列为拟淘汰对象（淘汰本身按§3决定）', en: "The town's district on risk warning in consecutive years at or above two: the town is a candidate for removal (the removal itself is a §3 decision)",
    versions: [v(2018, 2, 'warning', '发改办规划〔2018〕1041号')] },
  { id: 'district.interest-10', label: { zh: '付息支出占比10%', en: 'Interest 10% of expenditure' }, unit: 'share', headroomUnit: 'wan', comparison: 'gt', subjects: ['district'], key: 'year', zh: '一般债务付息超过一般公共预算支出的10%，或专项债务付息超过政府性基金预算支出的10%，启动财政重整', en: 'General-debt interest above 10% of general budget expenditure, or special-debt interest above 10% of fund-budget expenditure: fiscal restructuring',
    versions: [v(2016, 0.1, 'breach', '国办函〔2016〕88号')] },
  { id: 'town.new-hidden-debt', label: { zh: '新增隐性债务', en: 'New hidden debt' }, unit: 'wan', comparison: 'gt', subjects: ['town'], key: 'year', zh: '小镇新增融资中被认定为隐性债务的部分超过0（不得新增隐性债务）', en: 'New town borrowing identified as hidden debt above 0 (no new hidden debt is allowed)',
    versions: [v(2015, 0, 'breach', '国发〔2014〕43号；财预〔2017〕50号')] },
  { id: 'bond.self-balance', label: { zh: '专项债收益自平衡', en: 'Special-bond self-balance' }, unit: 'ratio', headroomUnit: 'wan', comparison: 'lt', subjects: ['bond'], key: 'year', secondary: true, zh: '专项债存续期内项目收益对债务本息覆盖倍数低于1.2，或项目累计现金余额为负（由预算补足）', en: "Over the bond's life, project revenue / debt service below 1.2, or the cumulative project cash balance negative (the budget pays the gap)",
    versions: [v(2017, 1.2, 'warning', '财预〔2017〕89号；通行做法 1.2倍 (secondary)；国办发〔2024〕52号')] },
  { id: 'bond.negative-list', label: { zh: '专项债负面清单', en: 'Special-bond negative list' }, unit: 'flag', comparison: 'flag', subjects: ['bond'], key: 'year', zh: '专项债用于负面清单项目（无收益项目、楼堂馆所、形象工程、保障房和土地储备以外的房地产、主题公园、仿古城镇、一般竞争性产业）', en: 'Special bond for a negative-list project (no revenue, government buildings, image projects, real estate other than social housing and land reserve, theme parks, replica towns, general competitive industries)',
    versions: [v(2024, null, 'breach', '国办发〔2024〕52号')] },
  // §7 town compliance
  { id: 'town.area', label: { zh: '规划面积', en: 'Planned area' }, unit: 'km2', comparison: 'range', subjects: ['town'], key: 'year', zh: '规划面积不在1–5平方公里之间（文旅、体育、农业类可放宽）', en: 'Planned area outside 1–5 km² (culture, tourism, sport and agriculture towns may exceed)',
    versions: [v(2021, 5, 'warning', GUIDELINE_2021, { min: 1, max: 5 })] },
  { id: 'town.residential-share', label: { zh: '住宅用地占比', en: 'Residential land share' }, unit: 'share', headroomUnit: 'km2', comparison: 'gt', subjects: ['town'], key: 'year', zh: '住宅用地占建设用地比例超过30%（超过25%、不超过30%预警）', en: 'Residential land above 30% of construction land (above 25% up to 30%: warning)',
    versions: [v(2020, 0.3, 'breach', '国办发〔2020〕33号；发改规划〔2021〕1383号', { warnAbove: 0.25 })] },
  { id: 'town.specialty-share', label: { zh: '特色产业投资占比', en: 'Specialty investment share' }, unit: 'share', headroomUnit: 'wan', comparison: 'lt', subjects: ['town'], key: 'year', zh: '特色产业投资占总投资比例低于60%', en: 'Specialty-industry investment below 60% of total',
    versions: [v(2021, 0.6, 'warning', GUIDELINE_2021)] },
  { id: 'town.investment-per-mu', label: { zh: '亩均投资', en: 'Investment per mu' }, unit: 'wanPerMu', headroomUnit: 'wan', comparison: 'lt', subjects: ['town'], key: 'year', zh: '每亩建设用地累计投资低于200万元', en: 'Cumulative investment below 200万元 per mu of construction land',
    versions: [v(2021, 200, 'warning', GUIDELINE_2021)] },
  { id: 'town.tax-per-mu', label: { zh: '亩均税收', en: 'Tax per mu' }, unit: 'wanPerMu', headroomUnit: 'wan', comparison: 'lt', subjects: ['town'], key: 'year', zh: '每亩年税收低于10万元', en: 'Tax below 10万元 per mu per year',
    versions: [v(2021, 10, 'warning', GUIDELINE_2021)] },
  { id: 'town.jobs', label: { zh: '吸纳就业', en: 'Jobs' }, unit: 'count', comparison: 'lt', subjects: ['town'], key: 'year', zh: '吸纳就业少于2000人', en: 'Fewer than 2,000 jobs',
    versions: [v(2021, 2000, 'warning', GUIDELINE_2021)] },
  { id: 'town.visitors', label: { zh: '年接待游客', en: 'Visitors a year' }, unit: 'count', comparison: 'lt', subjects: ['town'], key: 'year', zh: '旅游类小镇年接待游客少于50万人次', en: 'Tourism town with fewer than 500,000 visitors a year',
    versions: [v(2021, 500000, 'warning', GUIDELINE_2021)] },
];
