/**
 * 主要结论 Main conclusions (issue #18): what a run means, in words, before any table —
 * the peaks with where and when (PPP share, broad debt ratio, fiscal cost), the breaches
 * and warnings by rule (labels from `src/core/rules`), and the main risks (worst tier,
 * projects failing value for money, towns removed after being paid). Figures are the
 * report's displayed ones (the summary and city tables), so the words repeat the tables.
 */
import { ruleDef } from '../../core/rules/inForce.ts';
import type { RuleId } from '../../core/rules/types.ts';
import { cellText } from '../format/cellText.ts';
import type { SectionContext } from './sections/context.ts';
import { TIER_LABELS } from '../../core/labels/enumLabels.ts';
import { moneyLabel } from '../format/units.ts';
import type { Label, Table } from './types.ts';

interface Peak { readonly value: number; readonly where: Label; readonly year: number }

/** The largest non-null value of several named series, the first one on ties (scenario order, then years). */
function peakOf(series: ReadonlyArray<{ where: Label; values: readonly (number | null)[] }>, years: readonly number[]): Peak | null {
  let best: Peak | null = null;
  for (const s of series) {
    s.values.forEach((v, i) => {
      if (v !== null && (best === null || v > best.value)) best = { value: v, where: s.where, year: years[i] ?? 0 };
    });
  }
  return best;
}

const pct = (v: number, d: number) => cellText(v, 'share', d);


/** The displayed total of column `key` of `t`. */
function totalOf(t: Table | undefined, key: string): number | null {
  if (!t?.total) return null;
  const v = t.total[t.columns.findIndex((c) => c.key === key)];
  return typeof v === 'number' ? v : null;
}

/** The conclusions of one run, each a sentence in both languages. */
export function conclusions(ctx: SectionContext, tables: readonly Table[]): Label[] {
  const { result: r, scenario: s, decimals } = ctx;
  const money = ctx.moneyUnit ?? 'wan';
  // an amount in the report's money unit, as the tables show it, with the unit's name
  const wan = (v: number, d: number) => cellText(v, 'wan', d, { money });
  const unit = moneyLabel(money).zh;
  const district = new Map(s.districts.map((d) => [d.id, d.name] as const));
  const out: Label[] = [];
  const city = tables.find((t) => t.id === 'city');
  const cost = totalOf(city, 'fiscalCost');
  const rewards = totalOf(city, 'rewardsPaid');
  const y0 = r.years[0];
  const y1 = r.years[r.years.length - 1];
  if (cost !== null && rewards !== null) {
    out.push({
      zh: `${y0}–${y1}年财政成本合计 ${wan(cost, decimals)} ${unit}，其中奖补支付 ${wan(rewards, decimals)} ${unit}。`,
      en: `Fiscal cost ${y0}–${y1}: ${wan(cost, decimals)} ${unit} in total, of which rewards paid ${wan(rewards, decimals)} ${unit}.`,
    });
  }
  const share = peakOf([
    { where: { zh: `${s.city.name}（市级）`, en: `${s.city.name} (city level)` }, values: r.city.pppShare },
    ...r.districts.map((d) => ({ where: { zh: district.get(d.id) ?? d.id, en: district.get(d.id) ?? d.id }, values: d.pppShare })),
  ], r.years);
  if (share) {
    const line = ruleDef('ppp.share.10').label;
    out.push({
      zh: `PPP支出占一般公共预算支出比例峰值 ${pct(share.value, decimals)}，出现在${share.where.zh}${share.year}年（${line.zh}）。`,
      en: `PPP obligations peak at ${pct(share.value, decimals)} of general budget expenditure, in ${share.where.en} in ${share.year} (${line.en}).`,
    });
  }
  const broad = peakOf(r.districts.map((d) => ({ where: { zh: district.get(d.id) ?? d.id, en: district.get(d.id) ?? d.id }, values: d.broadRatio })), r.years);
  if (broad) {
    out.push({
      zh: `宽口径债务率峰值 ${pct(broad.value, decimals)}，出现在${broad.where.zh}${broad.year}年。`,
      en: `The broad debt ratio peaks at ${pct(broad.value, decimals)}, in ${broad.where.en} in ${broad.year}.`,
    });
  }
  const byRule = new Map<RuleId, { breach: number; warning: number; first: number }>();
  for (const f of r.findings) {
    const e = byRule.get(f.rule) ?? { breach: 0, warning: 0, first: f.year };
    byRule.set(f.rule, { ...e, [f.level]: e[f.level] + 1, first: Math.min(e.first, f.year) });
  }
  if (byRule.size === 0) {
    out.push({ zh: '各项规则均未出现预警或违规。', en: 'No rule is at warning or breach.' });
  }
  for (const [rule, e] of [...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { label } = ruleDef(rule);
    out.push({
      zh: `${label.zh}：违规 ${e.breach} 条、预警 ${e.warning} 条，最早 ${e.first} 年。`,
      en: `${label.en}: ${e.breach} breaches, ${e.warning} warnings, from ${e.first}.`,
    });
  }
  const tier = r.summary.worstTier;
  if (tier !== null) out.push({ zh: `区级债务风险最差等级：${TIER_LABELS[tier].zh}。`, en: `Worst district debt-risk tier: ${TIER_LABELS[tier].en}.` });
  const failing = r.ppp.filter((p) => p.vfm.value < 0).map((p) => s.ppp.find((x) => x.id === p.id)?.name ?? p.id);
  if (failing.length > 0) {
    out.push({ zh: `未通过物有所值评价（PPP值高于PSC值）的项目：${failing.join('、')}。`, en: `Projects failing value for money (PPP value above PSC): ${failing.join(', ')}.` });
  }
  if (r.summary.wastedOnRemoved > 0) {
    out.push({
      zh: `已支付给后被淘汰小镇的奖补 ${wan(r.summary.wastedOnRemoved, decimals)} ${unit}。`,
      en: `Rewards paid to towns later removed: ${wan(r.summary.wastedOnRemoved, decimals)} ${unit}.`,
    });
  }
  return out;
}
