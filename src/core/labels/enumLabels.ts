/**
 * The one table of reader-facing labels of the scenario's and the result's enum values
 * (issues #15, #18): 区域 北部生态区, not `north-eco`; 文旅, not `tourism`. Files keep the
 * ids; forms, pages and reports show the words — Chinese in the Chinese edition, English
 * in the English one. Pure data, browser-safe: the dashboard (`src/app`) and the reports
 * (`src/report`) both read it. Each domain is checked against its enum at compile time
 * (`satisfies Record<…>`), so a new enum value cannot go unlabelled. Rule labels live with
 * the rules (`src/core/rules/table.ts`). SPEC §2 (scenario enums), §6 (tiers), §10 (subjects).
 */
import type { PaymentMechanism, PayingBudget, PppRegime } from '../ppp/types.ts';
import type { ProjectType, Region, Repayment, Stage, Theme } from '../model/scenario.ts';
import type { Tier, TownStatus } from '../result.ts';
import type { Level, SubjectKind } from '../rules/types.ts';
import type { PoolMode, ProgramKind, RewardRecipient } from '../rewards/types.ts';

/** A label in both languages. */
export interface EnumLabel {
  readonly zh: string;
  readonly en: string;
}

export const REGION_LABELS = {
  'north-eco': { zh: '北部生态区', en: 'Northern ecological zone' },
  'central-south': { zh: '中南部', en: 'Central and southern districts' },
} as const satisfies Record<Region, EnumLabel>;

export const THEME_LABELS = {
  tourism: { zh: '文旅', en: 'Tourism' },
  forest: { zh: '森林生态', en: 'Forest' },
  talent: { zh: '人才', en: 'Talent' },
  tech: { zh: '科技创新', en: 'Technology' },
  culture: { zh: '文化', en: 'Culture' },
  internet: { zh: '互联网', en: 'Internet' },
  manufacturing: { zh: '先进制造', en: 'Manufacturing' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  health: { zh: '健康养生', en: 'Health' },
  finance: { zh: '金融', en: 'Finance' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<Theme, EnumLabel>;

export const STAGE_LABELS = {
  planning: { zh: '规划期', en: 'Planning' },
  construction: { zh: '建设期', en: 'Construction' },
  operation: { zh: '运营期', en: 'Operation' },
} as const satisfies Record<Stage, EnumLabel>;

export const MECHANISM_LABELS = {
  'government-pay': { zh: '政府付费', en: 'Government pay' },
  'viability-gap': { zh: '可行性缺口补助', en: 'Viability gap' },
  'user-pay': { zh: '使用者付费（特许经营）', en: 'User pay (concession)' },
} as const satisfies Record<PaymentMechanism, EnumLabel>;

export const REGIME_LABELS = {
  old: { zh: '旧机制（2014–2022年规则）', en: 'Old mechanism (2014–2022 rules)' },
  new: { zh: '新机制（国办函〔2023〕115号）', en: 'New mechanism (2023)' },
} as const satisfies Record<PppRegime, EnumLabel>;

export const BUDGET_LABELS = {
  general: { zh: '一般公共预算', en: 'General budget' },
  fund: { zh: '政府性基金预算', en: 'Government-fund budget' },
  'state-capital': { zh: '国有资本经营预算', en: 'State-capital budget' },
} as const satisfies Record<PayingBudget, EnumLabel>;

export const TIER_LABELS = {
  green: { zh: '绿', en: 'Green' },
  yellow: { zh: '黄', en: 'Yellow' },
  orange: { zh: '橙', en: 'Orange' },
  red: { zh: '红', en: 'Red' },
} as const satisfies Record<Tier, EnumLabel>;

export const LEVEL_LABELS = {
  ok: { zh: '正常', en: 'Within' },
  warning: { zh: '预警', en: 'Warning' },
  breach: { zh: '违规', en: 'Breach' },
} as const satisfies Record<Level, EnumLabel>;

export const SUBJECT_KIND_LABELS = {
  city: { zh: '市', en: 'City' },
  district: { zh: '区', en: 'District' },
  town: { zh: '小镇', en: 'Town' },
  ppp: { zh: 'PPP项目', en: 'PPP project' },
  fund: { zh: '子基金', en: 'Fund' },
  bond: { zh: '专项债', en: 'Special bond' },
  program: { zh: '奖补项目', en: 'Reward program' },
} as const satisfies Record<SubjectKind, EnumLabel>;

export const TOWN_STATUS_LABELS = {
  inactive: { zh: '未创建', en: 'Not yet created' },
  active: { zh: '正常', en: 'Active' },
  rectify: { zh: '整改', en: 'Rectifying' },
  removed: { zh: '淘汰', en: 'Removed' },
} as const satisfies Record<TownStatus, EnumLabel>;

export const POOL_MODE_LABELS = {
  prorate: { zh: '按比例', en: 'Pro rata' },
  queue: { zh: '排队结转', en: 'Queue' },
} as const satisfies Record<PoolMode, EnumLabel>;

export const PROGRAM_KIND_LABELS = {
  upfront: { zh: '创建奖励', en: 'Upfront' },
  milestone: { zh: '事中奖励', en: 'Milestone' },
  assessment: { zh: '考核奖励', en: 'Assessment' },
  'revenue-return': { zh: '新增财力返还', en: 'Revenue return' },
  'capital-grant': { zh: '资本补助', en: 'Capital grant' },
  'land-quota': { zh: '用地指标奖励', en: 'Land quota' },
} as const satisfies Record<ProgramKind, EnumLabel>;

export const RECIPIENT_LABELS = {
  district: { zh: '区政府', en: 'District' },
  operator: { zh: '运营主体', en: 'Operator' },
  enterprise: { zh: '企业', en: 'Enterprise' },
} as const satisfies Record<RewardRecipient, EnumLabel>;

export const REPAYMENT_LABELS = {
  bullet: { zh: '到期一次还本', en: 'Bullet' },
  annuity: { zh: '等额本息', en: 'Annuity' },
  'equal-principal': { zh: '等额本金', en: 'Equal principal' },
} as const satisfies Record<Repayment, EnumLabel>;

export const PROJECT_TYPE_LABELS = {
  transport: { zh: '交通基础设施', en: 'Transport' },
  'municipal-utilities': { zh: '市政和产业园区基础设施', en: 'Municipal utilities' },
  'industrial-park': { zh: '产业园区', en: 'Industrial park' },
  'social-housing': { zh: '保障性安居工程', en: 'Social housing' },
  'land-reserve': { zh: '土地储备', en: 'Land reserve' },
  'eco-environment': { zh: '生态环保', en: 'Ecology and environment' },
  'social-services': { zh: '社会事业', en: 'Social services' },
  'agriculture-water': { zh: '农林水利', en: 'Agriculture and water' },
  'new-infrastructure': { zh: '新型基础设施', en: 'New infrastructure' },
  'culture-tourism': { zh: '文化旅游', en: 'Culture and tourism' },
  other: { zh: '其他', en: 'Other' },
  'government-buildings': { zh: '楼堂馆所', en: 'Government buildings' },
  'image-project': { zh: '形象工程', en: 'Image project' },
  'commercial-real-estate': { zh: '商业房地产', en: 'Commercial real estate' },
  'theme-park': { zh: '主题公园', en: 'Theme park' },
  'replica-town': { zh: '仿古城镇', en: 'Replica town' },
  'competitive-industry': { zh: '一般竞争性产业', en: 'Competitive industry' },
  'no-revenue': { zh: '无收益项目', en: 'No-revenue project' },
} as const satisfies Record<ProjectType, EnumLabel>;

/**
 * Every domain, for a value whose domain the caller does not know (a form's options):
 * the first domain that knows the value wins. Values shared by two domains (`other`,
 * `district`, `construction`) carry the same words in both or are looked up by domain.
 */
const DOMAINS: readonly Readonly<Record<string, EnumLabel>>[] = [
  REGION_LABELS, THEME_LABELS, MECHANISM_LABELS, BUDGET_LABELS, STAGE_LABELS, TIER_LABELS, LEVEL_LABELS,
  TOWN_STATUS_LABELS, POOL_MODE_LABELS, PROGRAM_KIND_LABELS, RECIPIENT_LABELS, REPAYMENT_LABELS, PROJECT_TYPE_LABELS,
  REGIME_LABELS, SUBJECT_KIND_LABELS,
];

/** The label of `value` in any domain, or undefined when no domain knows it. */
export function anyEnumLabel(value: string): EnumLabel | undefined {
  for (const d of DOMAINS) if (Object.hasOwn(d, value)) return d[value];
  return undefined;
}

/** Every enum value that has a label (the reports' "no codes" test scans for these). */
export function labelledEnumValues(): string[] {
  return [...new Set(DOMAINS.flatMap((d) => Object.keys(d)))].sort();
}

/** `北部生态区 · north-eco` (the id second, as the file writes it); an unknown value reads as itself. */
export function enumLabelWithId(value: string, lang: 'zh' | 'en'): string {
  const l = anyEnumLabel(value);
  return l ? `${l[lang]} · ${value}` : value;
}
