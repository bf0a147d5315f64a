/**
 * 主要结论 Main conclusions (issue #18): what a run means, in words, before any table —
 * the fiscal cost and its peak year; the peaks with where and when (PPP share against the
 * ceiling in force there and then, legal and broad debt ratios with their tiers, composite
 * ratio above the warning trigger); the breaches and warnings by rule (labels from
 * `src/core/rules`) with the subjects they concern; the main risks (worst tier, projects
 * failing value for money, towns removed after being paid); and, only when the report
 * includes a stress run, the uncertainty figures (the likeliest limit crossing, the PPP
 * contingent liabilities). Figures are the report's displayed ones (summary, city and
 * uncertainty tables; peaks rounded as the summary rounds them), so the words repeat the
 * tables. Lines come from the result's `thresholds`.
 */
import { exceeds } from '../../core/rules/atLine.ts';
import { ruleDef } from '../../core/rules/inForce.ts';
import { thresholdAt } from '../../core/rules/thresholds.ts';
import type { Finding, RuleId, SubjectKind } from '../../core/rules/types.ts';
import { cellText } from '../format/cellText.ts';
import type { SectionContext } from './sections/context.ts';
import { TIER_LABELS } from '../../core/labels/enumLabels.ts';
import { moneyLabel } from '../format/units.ts';
import type { MoneyUnit } from './types.ts';
import type { Label, Table } from './types.ts';

interface Peak { readonly value: number; readonly where: Label; readonly id: string; readonly year: number }

/** The largest non-null value of several named series, the first one on ties (series order, then years). */
function peakOf(series: ReadonlyArray<{ id: string; where: Label; values: readonly (number | null)[] }>, years: readonly number[]): Peak | null {
  let best: Peak | null = null;
  for (const s of series) {
    s.values.forEach((v, i) => {
      if (v !== null && (best === null || v > best.value)) best = { value: v, where: s.where, id: s.id, year: years[i] ?? 0 };
    });
  }
  return best;
}

const pct = (v: number, d: number) => cellText(v, 'share', d);
/** An amount in the report's money unit, as the tables show it. */
const moneyText = (v: number, d: number, money: MoneyUnit) => cellText(v, 'wan', d, { money });
/** A line's value as a percent (`10%`, `120%`): shares and debt-ratio lines alike. */
const linePct = (v: number) => `${Number((v * 100).toFixed(4))}%`;

/** The displayed total of column `key` of `t`. */
function totalOf(t: Table | undefined, key: string): number | null {
  if (!t?.total) return null;
  const v = t.total[t.columns.findIndex((c) => c.key === key)];
  return typeof v === 'number' ? v : null;
}

/** The displayed cell of column `key` in each row of `t`, with the row. */
function columnOf(t: Table | undefined, key: string): Array<{ v: number; year: number | undefined; i: number }> {
  if (!t) return [];
  const k = t.columns.findIndex((c) => c.key === key);
  return t.rows.flatMap((r, i) => (typeof r.cells[k] === 'number' ? [{ v: r.cells[k] as number, year: r.year, i }] : []));
}

const MAX_NAMED = 3;

/** `从化区、增城区等 5 个区` / `conghua, zengcheng and 3 more`: the subjects of some findings, by name. */
function subjectsText(fs: readonly Finding[], name: (kind: SubjectKind, id: string) => string): Label {
  const ids = [...new Map(fs.map((f) => [`${f.subject.kind}:${f.subject.id}`, f.subject] as const)).values()];
  const shown = ids.slice(0, MAX_NAMED).map((s) => name(s.kind, s.id));
  const more = ids.length - shown.length;
  return {
    zh: `${shown.join('、')}${more > 0 ? `等 ${ids.length} 个对象` : ''}`,
    en: `${ids.slice(0, MAX_NAMED).map((s) => s.id).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  };
}

/** The conclusions of one run, each a sentence in both languages. */
export function conclusions(ctx: SectionContext, tables: readonly Table[]): Label[] {
  const { result: r, scenario: s, decimals } = ctx;
  const money = ctx.moneyUnit ?? 'wan';
  const unit = moneyLabel(money).zh;
  const wan = (v: number, d: number) => moneyText(v, d, money);
  const district = new Map(s.districts.map((d) => [d.id, d.name] as const));
  const names: Record<SubjectKind, Map<string, string>> = {
    city: new Map([['city', s.city.name]]), district, town: new Map(s.towns.map((t) => [t.id, t.name] as const)),
    ppp: new Map(s.ppp.map((p) => [p.id, p.name] as const)), fund: new Map(s.funds.map((f) => [f.id, f.name] as const)),
    bond: new Map(), program: new Map(s.rewards.programs.map((p) => [p.id, p.name ?? p.id] as const)),
  };
  const name = (kind: SubjectKind, id: string) => names[kind].get(id) ?? id;
  const out: Label[] = [];
  const city = tables.find((t) => t.id === 'city');
  const cost = totalOf(city, 'fiscalCost');
  const rewards = totalOf(city, 'rewardsPaid');
  const y0 = r.years[0];
  const y1 = r.years[r.years.length - 1];
  if (cost !== null && rewards !== null) {
    const top = columnOf(city, 'fiscalCost').reduce<{ v: number; year: number | undefined } | null>((b, x) => (b === null || x.v > b.v ? x : b), null);
    out.push({
      zh: `${y0}–${y1}年财政成本合计 ${wan(cost, decimals)} ${unit}，其中奖补支付 ${wan(rewards, decimals)} ${unit}${top ? `；最高为${top.year ?? ''}年 ${wan(top.v, decimals)} ${unit}` : ''}。`,
      en: `Fiscal cost ${y0}–${y1}: ${wan(cost, decimals)} ${unit} in total, of which rewards paid ${wan(rewards, decimals)} ${unit}${top ? `; highest in ${top.year ?? ''}, ${wan(top.v, decimals)} ${unit}` : ''}.`,
    });
  }
  const share = peakOf([
    { id: 'city', where: { zh: `${s.city.name}（市级）`, en: `${s.city.name} (city level)` }, values: r.city.pppShare },
    ...r.districts.map((d) => ({ id: d.id, where: { zh: district.get(d.id) ?? d.id, en: district.get(d.id) ?? d.id }, values: d.pppShare })),
  ], r.years);
  if (share) {
    const kind = share.id === 'city' ? 'city' : 'district';
    const { label } = ruleDef('ppp.share.10');
    const line = thresholdAt(r.thresholds, 'ppp.share.10', kind, share.year)?.value ?? null;
    const against = line === null ? { zh: '', en: '' } : exceeds(share.value, line)
      ? { zh: `，超过${label.zh}（${linePct(line)}）`, en: `, above the ${label.en} (${linePct(line)})` }
      : { zh: `，低于${label.zh}（${linePct(line)}）`, en: `, within the ${label.en} (${linePct(line)})` };
    out.push({
      zh: `PPP支出占一般公共预算支出比例峰值 ${pct(share.value, decimals)}，出现在${share.where.zh}${share.year}年${against.zh}。`,
      en: `PPP obligations peak at ${pct(share.value, decimals)} of general budget expenditure, in ${share.where.en} in ${share.year}${against.en}.`,
    });
  }
  for (const [series, rule, what] of [
    ['legalRatio', 'district.tier', { zh: '法定债务率（官方）', en: 'The legal debt ratio (official)' }],
    ['broadRatio', 'district.tier-broad', { zh: '宽口径债务率（实践口径）', en: 'The broad debt ratio (practice line)' }],
  ] as const) {
    const peak = peakOf(r.districts.map((d) => ({ id: d.id, where: { zh: district.get(d.id) ?? d.id, en: district.get(d.id) ?? d.id }, values: d[series] })), r.years);
    if (!peak) continue;
    const d = r.districts.find((x) => x.id === peak.id);
    const i = r.years.indexOf(peak.year);
    const tier = (series === 'legalRatio' ? d?.tier[i] : d?.tierBroad[i]) ?? null;
    const yellow = thresholdAt(r.thresholds, rule, 'district', peak.year, 'yellow')?.value ?? null;
    const tierText = tier === null ? { zh: '', en: '' } : {
      zh: `，处于${TIER_LABELS[tier].zh}档${tier === 'green' && yellow !== null ? `（黄档起点 ${linePct(yellow)}）` : ''}`,
      en: `, ${TIER_LABELS[tier].en} tier${tier === 'green' && yellow !== null ? ` (yellow from ${linePct(yellow)})` : ''}`,
    };
    out.push({
      zh: `${what.zh}峰值 ${pct(peak.value, decimals)}，出现在${peak.where.zh}${peak.year}年${tierText.zh}。`,
      en: `${what.en} peaks at ${pct(peak.value, decimals)}, in ${peak.where.en} in ${peak.year}${tierText.en}.`,
    });
  }
  const warned = r.districts.flatMap((d) => d.onWarning.map((w, i) => (w ? { id: d.id, year: r.years[i] ?? 0 } : null)).filter((x): x is { id: string; year: number } => x !== null));
  if (warned.length > 0) {
    const byDistrict = [...new Set(warned.map((w) => w.id))].map((id) => {
      const ys = warned.filter((w) => w.id === id).map((w) => w.year);
      return { id, zh: `${district.get(id) ?? id}（${ys[0]}${ys.length > 1 ? `–${ys.at(-1)}` : ''}年）`, en: `${id} (${ys[0]}${ys.length > 1 ? `–${ys.at(-1)}` : ''})` };
    });
    out.push({ zh: `综合债务率超过预警线、列为风险预警地区的：${byDistrict.map((b) => b.zh).join('、')}。`, en: `On risk warning (composite ratio above the trigger): ${byDistrict.map((b) => b.en).join(', ')}.` });
  }
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of r.findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  if (byRule.size === 0) out.push({ zh: '各项规则均未出现预警或违规。', en: 'No rule is at warning or breach.' });
  // breaches first, then by the number of rows, then by rule id (a stable order)
  const ranked = [...byRule].map(([rule, fs]) => ({ rule, fs, breach: fs.filter((f) => f.level === 'breach').length, warning: fs.filter((f) => f.level === 'warning').length }))
    .sort((a, b) => b.breach - a.breach || b.breach + b.warning - (a.breach + a.warning) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  for (const e of ranked) {
    const { label } = ruleDef(e.rule);
    const first = Math.min(...e.fs.map((f) => f.year));
    const who = subjectsText(e.fs, name);
    const counts = { zh: [e.breach > 0 ? `违规 ${e.breach} 条` : '', e.warning > 0 ? `预警 ${e.warning} 条` : ''].filter(Boolean).join('、'), en: [e.breach > 0 ? `${e.breach} breaches` : '', e.warning > 0 ? `${e.warning} warnings` : ''].filter(Boolean).join(', ') };
    out.push({
      zh: `${label.zh}：${counts.zh}，最早 ${first} 年，涉及${who.zh}。`,
      en: `${label.en}: ${counts.en}, from ${first}, concerning ${who.en}.`,
    });
  }
  const tier = r.summary.worstTier;
  if (tier !== null) out.push({ zh: `区级法定债务率（官方）最差等级：${TIER_LABELS[tier].zh}。`, en: `Worst district legal-ratio tier (official): ${TIER_LABELS[tier].en}.` });
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
  out.push(...uncertaintyConclusions(tables, name, decimals, money));
  return out;
}

/**
 * The uncertainty sentences, only when the report includes a stress run (its tables are in
 * the section): the likeliest limit crossing over the horizon, and the PPP contingent
 * liabilities' expected total, as the uncertainty tables show them.
 */
function uncertaintyConclusions(tables: readonly Table[], name: (kind: SubjectKind, id: string) => string, decimals: number, money: MoneyUnit): Label[] {
  const out: Label[] = [];
  const unit = moneyLabel(money).zh;
  const wan = (v: number, d: number) => moneyText(v, d, money);
  const breaches = tables.find((t) => t.id === 'stress-breaches');
  if (breaches) {
    const p = breaches.columns.findIndex((c) => c.key === 'probability');
    const ever = breaches.rows.filter((r) => r.year === undefined && typeof r.cells[p] === 'number');
    const top = ever.reduce<(typeof ever)[number] | null>((b, r) => (b === null || (r.cells[p] as number) > (b.cells[p] as number) ? r : b), null);
    if (top && top.subject) {
      const rule = String(top.cells[0]) as RuleId;
      const label = ruleDef(rule).label;
      const who = name(top.subject.kind as SubjectKind, top.subject.id);
      out.push({
        zh: `压力测试：期内越线概率最高的是${who}的${label.zh}，${pct(top.cells[p] as number, decimals)}。`,
        en: `Stress test: the likeliest crossing over the horizon is ${label.en} for ${who}, ${pct(top.cells[p] as number, decimals)}.`,
      });
    } else {
      out.push({ zh: '压力测试：所有路径中均未越线。', en: 'Stress test: no limit is crossed on any path.' });
    }
  }
  const contingent = tables.find((t) => t.id === 'stress-contingent');
  const expected = totalOf(contingent, 'expected');
  if (contingent && expected !== null && contingent.rows.length > 0) {
    out.push({
      zh: `PPP或有负债（保底、回购）期望支付合计 ${wan(expected, decimals)} ${unit}。`,
      en: `PPP contingent liabilities (floors, buy-backs): ${wan(expected, decimals)} ${unit} expected in total.`,
    });
  }
  return out;
}
