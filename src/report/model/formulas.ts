/**
 * 计算口径 How each reported figure is computed (issue #18 "Formulas stated beside the
 * figures"): one catalog, in both languages, of the formulas behind the report's key
 * figures — what each part includes and excludes, the document numbers, and the section of
 * `docs/methodology.md` that states it in full (the user-facing methodology; a report never
 * cites the specification). Lines in force (PPP share ceiling, tier edges, warning trigger)
 * and document numbers are read from the result's `thresholds` and the rule table
 * (`src/core/rules`), never written here. Every format renders the text from here: the
 * 计算口径 table and the notes beside the tables whose figures a formula produces.
 */
import { ruleDef } from '../../core/rules/inForce.ts';
import { thresholdAt } from '../../core/rules/thresholds.ts';
import type { RuleId, SubjectKind } from '../../core/rules/types.ts';
import type { RunResult } from '../../core/result.ts';
import { officialText } from './sections/keyAssumptions.ts';
import type { Label } from './types.ts';

/** The figures with a stated formula. */
export type FormulaId = 'fiscalCost' | 'investmentPerFiscal' | 'pppShare' | 'legalRatio' | 'broadRatio' | 'compositeRatio' | 'rewardClaim' | 'vfm';

/** One formula: the figure, how it is computed, what it includes and leaves out, its documents and where the methodology states it. */
export interface Formula {
  readonly id: FormulaId;
  readonly name: Label;
  readonly formula: Label;
  readonly includes: Label;
  readonly excludes: Label;
  /** Document numbers (Chinese policy documents) and, for a practice line, what it is. */
  readonly documents: Label;
  /** Anchor of the section of `docs/methodology.md` (`#fiscal-cost`). */
  readonly anchor: string;
}

/** Where the methodology is, as the report cites it. */
export const METHODOLOGY = 'docs/methodology.md';

/** The document numbers of a rule's versions (the rule table's), without "secondary" notes; a `中文 / English` source split by language. */
function docs(...rules: readonly RuleId[]): Label {
  const sources = [...new Set(rules.flatMap((rule) => ruleDef(rule).versions.map((v) => officialText(v.source))))];
  const part = (s: string, k: 0 | 1) => { const [zh, en] = s.split(' / '); return (k === 0 ? zh : (en ?? zh)) ?? s; };
  return { zh: sources.map((s) => part(s, 0)).join('；'), en: sources.map((s) => part(s, 1)).join('; ') };
}

/** Documents given as text before the rule table's. */
function withDocs(zh: string, en: string, more: Label): Label {
  return { zh: `${zh}；${more.zh}`, en: `${en}; ${more.en}` };
}

/** `10%` for a share or ratio line of `rule` in force in the last simulated year (its first year as fallback); `—` when none is. */
function linePct(r: RunResult, rule: RuleId, kind: SubjectKind, param?: string, year = r.years.at(-1) ?? 0): string {
  const row = thresholdAt(r.thresholds, rule, kind, year, param) ?? thresholdAt(r.thresholds, rule, kind, r.years[0] ?? 0, param);
  return row?.value === null || row?.value === undefined ? '—' : `${Number((row.value * 100).toFixed(4))}%`;
}

/** Tier edges of `rule` in force in the last year as percent: `绿 <120%、黄 [120%, 200%)、橙 [200%, 300%)、红 ≥300%`. */
function tiersPct(r: RunResult, rule: 'district.tier' | 'district.tier-broad', lang: 'zh' | 'en'): string {
  const at = (year: number) => {
    const [y, o, red] = (['yellow', 'orange', 'red'] as const).map((p) => linePct(r, rule, 'district', p, year));
    return lang === 'zh' ? `绿 <${y}、黄 [${y}, ${o})、橙 [${o}, ${red})、红 ≥${red}` : `green <${y}, yellow [${y}, ${o}), orange [${o}, ${red}), red ≥${red}`;
  };
  const last = r.years.at(-1) ?? 0;
  const text = at(last);
  // a dated override changes the edges within the horizon: the last year's, and where the others are
  if (r.years.some((y) => at(y) !== text)) return lang === 'zh' ? `${text}（${last}年现行；各年见「主要假设」表）` : `${text} (in force in ${last}; other years in Key assumptions)`;
  return text;
}

/** The catalog for run `r` (lines in force filled in from its thresholds). */
export function formulas(r: RunResult): readonly Formula[] {
  const ceiling = linePct(r, 'ppp.share.10', 'district');
  const warn = linePct(r, 'ppp.share.7', 'district');
  const trigger = linePct(r, 'district.platform-borrowing', 'district');
  return [
    {
      id: 'fiscalCost', anchor: 'fiscal-cost',
      name: { zh: '财政成本', en: 'Fiscal cost' },
      formula: { zh: '财政成本 = 奖补现金支付 − 追回 + 小镇PPP项目政府支出责任 + 政府对子基金出资缴款 − 子基金向政府分配 + 专项债收益不足的预算补足', en: 'Fiscal cost = rewards paid in cash − clawbacks recovered + government obligations of the towns\' PPP projects + government fund calls − fund distributions to the government + budget top-ups of special bonds' },
      includes: { zh: '市、区两级，一般公共预算和政府性基金预算；全部小镇PPP项目的股权投资、运营补贴、风险承担、配套投入支出', en: 'city and districts, general and fund budgets; every town PPP project\'s equity, operating subsidy, risk-bearing and supporting-input spending' },
      excludes: { zh: '存量非小镇PPP项目；区级自身法定债务还本付息；土地指标奖励（以亩计，不计金额）', en: 'existing non-town PPP projects; the districts\' own legal debt service; land-quota rewards (counted in mu, not money)' },
      documents: withDocs('财金〔2015〕21号（PPP支出责任）', '财金〔2015〕21号 (PPP obligations)', docs('bond.negative-list')),
    },
    {
      id: 'investmentPerFiscal', anchor: 'fiscal-cost',
      name: { zh: '每财政万元撬动投资', en: 'Investment per fiscal 万元' },
      formula: { zh: '每财政万元撬动投资 = 截至当年小镇累计完成投资 ÷ 截至当年累计财政成本', en: 'Investment per fiscal 万元 = town investment completed to date ÷ fiscal cost to date' },
      includes: { zh: '全部小镇的完成投资（政府、社会资本和子基金）', en: 'every town\'s completed investment (government, private and fund)' },
      excludes: { zh: '累计财政成本不大于0的年份不计算（列示“—”）', en: 'no figure while the fiscal cost to date is 0 or less (shown "—")' },
      documents: docs('fund.investment-multiple'),
    },
    {
      id: 'pppShare', anchor: 'ppp-share',
      name: { zh: 'PPP支出占比（财政承受能力）', en: 'PPP share (fiscal affordability)' },
      formula: { zh: `PPP支出占比 = 本级一般公共预算安排的PPP支出责任 ÷ 本级一般公共预算支出；超过${ceiling}不得新上PPP项目，超过${warn}预警`, en: `PPP share = the level's PPP obligations paid from its general budget ÷ its general budget expenditure; above ${ceiling} no new PPP projects, above ${warn} a warning` },
      includes: { zh: '本级支付的小镇PPP项目和存量非小镇PPP项目；市级按市级支付项目计，各区按本区支付项目计', en: 'town and existing non-town PPP projects the level pays; the city its own, each district its own' },
      excludes: { zh: '由政府性基金预算或国有资本经营预算安排的支出；使用者付费部分', en: 'obligations paid from the fund or state-capital budget; what users pay' },
      documents: docs('ppp.share.10', 'ppp.share.7'),
    },
    {
      id: 'legalRatio', anchor: 'debt-ratios',
      name: { zh: '法定债务率（官方）', en: 'Legal debt ratio (official)' },
      formula: { zh: `法定债务率 = 法定债务余额（一般债务 + 专项债务）÷ 综合财力；风险等级 ${tiersPct(r, 'district.tier', 'zh')}`, en: `Legal debt ratio = legal debt (general + special) ÷ 综合财力; tiers ${tiersPct(r, 'district.tier', 'en')}` },
      includes: { zh: '区级一般债务、专项债务（含小镇专项债、隐性债务置换发行的再融资专项债券）；综合财力 = 一般公共预算财力 + 政府性基金财力', en: 'the district\'s general and special debt (the towns\' special bonds and refinancing bonds of hidden-debt swaps included); 综合财力 = general-budget plus fund-budget capacity' },
      excludes: { zh: '隐性债务；平台公司债务；担保债务；调入资金、动用预算稳定调节基金等一次性收入（不计入综合财力）', en: 'hidden debt; platform debt; guaranteed debt; one-offs (transfers in, drawing on the stabilisation fund) in 综合财力' },
      documents: withDocs('财预〔2017〕35号（综合财力）', '财预〔2017〕35号 (综合财力)', docs('district.tier')),
    },
    {
      id: 'broadRatio', anchor: 'debt-ratios',
      name: { zh: '宽口径债务率（实践口径）', en: 'Broad debt ratio (practice line)' },
      formula: { zh: `宽口径债务率 = （法定债务 + 隐性债务）÷ 综合财力；实践口径分档 ${tiersPct(r, 'district.tier-broad', 'zh')}，仅作预警`, en: `Broad debt ratio = (legal debt + hidden debt) ÷ 综合财力; practice tiers ${tiersPct(r, 'district.tier-broad', 'en')}, warning only` },
      includes: { zh: '法定债务（含小镇专项债）；区级自身隐性债务（置换后余额）；小镇平台债务中认定为隐性债务的部分、子基金保本保收益或回购承诺、PPP保底和回购承诺', en: 'legal debt (the towns\' special bonds included); the district\'s own hidden debt (after swaps); the hidden share of town platform debt, fund principal/return guarantees and buy-backs, PPP floors and buy-backs' },
      excludes: { zh: '未认定为隐性债务的平台公司债务；担保债务；PPP项目未来支出责任（承诺，不是债务）；应付未付奖补', en: 'platform debt not identified as hidden; guaranteed debt; future PPP obligations (commitments, not debt); queued unpaid rewards' },
      documents: docs('district.tier-broad'),
    },
    {
      id: 'compositeRatio', anchor: 'debt-ratios',
      name: { zh: '综合债务率（风险预警）', en: 'Composite debt ratio (risk warning)' },
      formula: { zh: `综合债务率 = （法定债务 + 隐性债务 + 担保债务折算率 × 担保债务 + 平台债务折算率 × 未认定为隐性债务的小镇平台债务）÷ 综合财力；超过${trigger}为风险预警地区`, en: `Composite debt ratio = (legal + hidden + c_g × guaranteed debt + c_r × town platform debt not identified as hidden) ÷ 综合财力; above ${trigger} the district is on risk warning` },
      includes: { zh: '折算率见「主要假设」表', en: 'conversion rates in the Key assumptions table' },
      excludes: { zh: '小镇以外的平台公司债务', en: 'platform debt outside the towns' },
      documents: docs('district.platform-borrowing', 'district.bonds-on-warning'),
    },
    {
      id: 'rewardClaim', anchor: 'elastic-rewards',
      name: { zh: '弹性奖补申领与支付', en: 'Elastic reward claim and payment' },
      formula: { zh: '事中奖励申领 = 基数 × f(A) × 阶段系数 × 区域系数（整改年再 × 整改系数）；A = Σ 权重 × min(实际 ÷ 目标, 上限)；支付 = 申领 × 当年资金池兑付比例（资金池支付 ÷ 到期申领，不超过1），滞后期满支付；事后考核窗口平均A低于不合格线时，追回窗口内已付事中奖励 × 追回系数', en: 'Milestone claim = base × f(A) × stage factor × region factor (× rectify factor in rectification years); A = Σ weight × min(actual ÷ target, cap); paid = claim × the year\'s pool proration (pool paid ÷ claims due, at most 1), after the lag; when the mean A of an assessment window is below the fail line, clawback factor × the milestone rewards paid in the window is recovered' },
      includes: { zh: '全部现金类奖补项目；追回冲减当年支付', en: 'every money program; clawbacks netted against the year\'s payments' },
      excludes: { zh: '土地指标奖励（以亩计）；资金池不足时未付的部分（按比例兑付时失效，排队兑付时结转为应付未付奖补）', en: 'land-quota rewards (mu); what the pool leaves unpaid (lapsed under prorate, carried as queued claims under queue)' },
      documents: { zh: '无统一官方公式，参照浙政发〔2015〕8号（事中事后弹性奖补）', en: 'no official formula; after 浙政发〔2015〕8号 (performance-linked rewards)' },
    },
    {
      id: 'vfm', anchor: 'vfm',
      name: { zh: '物有所值（定量评价）', en: 'Value for money (quantitative test)' },
      formula: { zh: '物有所值量值 = PSC值 − PPP值；PSC值 = 参照项目成本（扣除使用者付费）+ 竞争性中立调整 + 可转移风险 + 自留风险；PPP值 = 政府支出责任现值；量值为负即未通过', en: 'VfM = PSC − PPP value; PSC = reference cost net of user revenue + competitive-neutrality adjustment + transferable and retained risk; PPP value = present value of the government\'s obligations; negative fails' },
      includes: { zh: 'PSC值与PPP值采用同一折现率和同一估值日（起始年1月1日）', en: 'PSC and PPP value at the same discount rate and valuation date (1 January of the first year)' },
      excludes: { zh: '定性评价', en: 'the qualitative assessment' },
      documents: docs('ppp.vfm'),
    },
  ];
}

/** The formula of `id` in run `r`. */
export function formulaOf(r: RunResult, id: FormulaId): Formula {
  const f = formulas(r).find((x) => x.id === id);
  if (!f) throw new Error(`unknown formula ${id}`);
  return f;
}

/** A formula as one sentence: formula; includes; excludes; documents; methodology section. */
export function formulaSentence(f: Formula): Label {
  return {
    zh: `${f.formula.zh}。包括：${f.includes.zh}。不包括：${f.excludes.zh}。依据：${f.documents.zh}。方法见 ${METHODOLOGY}#${f.anchor}。`,
    en: `${f.formula.en}. Includes: ${f.includes.en}. Excludes: ${f.excludes.en}. Documents: ${f.documents.en}. Method: ${METHODOLOGY}#${f.anchor}.`,
  };
}

/** A table note stating the formulas `ids` (each in full), after `before` and before `after` when given. */
export function formulaNote(r: RunResult, ids: readonly FormulaId[], before?: Label, after?: Label): Label {
  const parts = [...(before ? [before] : []), ...ids.map((id) => formulaSentence(formulaOf(r, id))), ...(after ? [after] : [])];
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}
