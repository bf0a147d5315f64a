/**
 * The readable summary of `townfisc run` (Chinese first, English second): per-year city
 * totals, the reward pool's execution (SPEC §3), PPP share against the 5/7/10% lines in force
 * (the result's `thresholds`), district tiers (legal and broad), top towns by reward, removed
 * towns, worst town exposure ratios, and the count of findings.
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult, Tier } from '../../core/result.ts';
import { exceeds } from '../../core/rules/atLine.ts';
import { thresholdAt } from '../../core/rules/thresholds.ts';
import type { RuleId, SubjectKind, ThresholdRow } from '../../core/rules/types.ts';
import { formatLineValue } from '../../charts/lines.ts';
import { rewardPoolBlock } from './rewardPool.ts';
import { fmtPct, fmtRatio, fmtWan, renderTable } from './table.ts';
import { actualsSummaryLines } from './actualsSummary.ts';
import { districtTiers } from './districtTiers.ts';

const TIER_ZH: Record<Tier, string> = { green: '绿', yellow: '黄', orange: '橙', red: '红' };

/** The city's PPP-share lines, most severe first, with the mark shown when the share is above one (SPEC §4.6). */
const SHARE_MARKS: readonly { rule: RuleId; subjectKind: SubjectKind; mark: string }[] = [
  { rule: 'ppp.share.10', subjectKind: 'city', mark: '✖' },
  { rule: 'ppp.share.7', subjectKind: 'city', mark: '▲' },
  { rule: 'ppp.share.5.government-pay', subjectKind: 'ppp', mark: '·' },
];

/** A share with the mark of the highest line in force that year it is above (`3.20% ▲>3%`), from the result's `thresholds` (SPEC §10). */
export function pppLine(share: number | null, year: number, thresholds: readonly ThresholdRow[]): string {
  if (share === null) return '—';
  for (const m of SHARE_MARKS) {
    const line = thresholdAt(thresholds, m.rule, m.subjectKind, year)?.value ?? null;
    if (line !== null && exceeds(share, line)) return `${fmtPct(share, 2)} ${m.mark}>${formatLineValue(line, 'share')}`;
  }
  return fmtPct(share, 2);
}

function cityTable(r: RunResult): string {
  const rows = r.years.map((y, i) => [
    String(y),
    fmtWan(r.city.rewardsPaid[i] ?? 0),
    fmtWan(r.city.pppObligations[i] ?? 0),
    pppLine(r.city.pppShare[i] ?? null, y, r.thresholds),
    fmtWan(r.city.fiscalCost[i] ?? 0),
    fmtRatio(r.city.investmentPerFiscal[i] ?? null),
  ]);
  return renderTable(
    ['年份 year', '奖补支付 rewards', 'PPP支出 PPP', 'PPP占比 share', '财政成本 fiscal cost', '撬动投资/财政 inv./fiscal'],
    rows,
  );
}

function topTowns(r: RunResult, s: Scenario): string {
  const names = new Map(s.towns.map((t) => [t.id, t.name]));
  const totals = r.towns
    .map((t) => ({ id: t.id, total: t.rewards.total.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : 1))
    .slice(0, 5);
  return renderTable(['小镇 town', '奖补合计 rewards (万元)'], totals.map((t) => [names.get(t.id) ?? t.id, fmtWan(t.total)]));
}

function removedTowns(r: RunResult, s: Scenario): string {
  const names = new Map(s.towns.map((t) => [t.id, t.name]));
  const out = r.towns.flatMap((t) => {
    const i = t.status.indexOf('removed');
    return i < 0 ? [] : [`${names.get(t.id) ?? t.id} (${t.id}) — 淘汰 removed ${r.years[i]}`];
  });
  return out.length === 0 ? '无 none' : out.join('\n');
}

function worstExposure(r: RunResult, s: Scenario): string {
  const names = new Map(s.towns.map((t) => [t.id, t.name]));
  const peaks = r.towns
    .map((t) => {
      let best: { year: number; ratio: number } | null = null;
      t.exposure.ratio.forEach((x, i) => {
        if (x !== null && (best === null || x > best.ratio)) best = { year: r.years[i] ?? 0, ratio: x };
      });
      return { id: t.id, best: best as { year: number; ratio: number } | null };
    })
    .filter((p): p is { id: string; best: { year: number; ratio: number } } => p.best !== null)
    .sort((a, b) => b.best.ratio - a.best.ratio || (a.id < b.id ? -1 : 1))
    .slice(0, 5);
  return renderTable(
    ['小镇 town', '峰值年份 year', '敞口/收入 exposure ratio'],
    peaks.map((p) => [names.get(p.id) ?? p.id, String(p.best.year), fmtRatio(p.best.ratio)]),
  );
}

export function formatRunSummary(r: RunResult, s: Scenario): string {
  const sm = r.summary;
  return [
    `${r.scenario.name} (${r.scenario.id})  hash ${r.scenario.hash.slice(0, 16)}  engine ${r.engineVersion}`,
    `${r.years[0]}–${r.years[r.years.length - 1]}, ${r.towns.length} 个小镇 towns, ${r.districts.length} 个区 districts, ${r.ppp.length} 个PPP项目 PPP projects, ${r.funds.length} 只子基金 funds`,
    '',
    '== 市级逐年 City by year (万元) ==',
    cityTable(r),
    '',
    rewardPoolBlock(r),
    '',
    '== 区债务率与风险等级：法定（官方）与宽口径（实践口径） District debt ratios and tiers: legal (official) and broad (practice line) ==',
    districtTiers(r, s),
    '',
    '== 奖补最多的小镇 Top towns by reward ==',
    topTowns(r, s),
    '',
    '== 被淘汰的小镇 Removed towns ==',
    removedTowns(r, s),
    '',
    '== 敞口率最高的小镇 Worst town exposure ratios ==',
    worstExposure(r, s),
    '',
    ...actualsSummaryLines(r, s),
    '',
    '== 合计 Summary ==',
    `财政成本合计 fiscal cost total: ${fmtWan(sm.fiscalCostTotal)} 万元 (NPV ${fmtWan(sm.fiscalCostNpv)})`,
    `奖补合计 rewards: ${fmtWan(sm.rewardsTotal)} 万元; 支付给后被淘汰小镇 paid to towns later removed: ${fmtWan(sm.wastedOnRemoved)} 万元`,
    `期末未追回的追缴款 clawbacks receivable at the end: ${fmtWan(sm.receivableAtEnd)} 万元`,
    `PPP支出合计 PPP obligations: ${fmtWan(sm.pppObligationsTotal)} 万元; 峰值占比 peak share ${fmtPct(sm.peakPppShare, 2)}`,
    `撬动投资 investment mobilised: ${fmtWan(sm.investmentMobilised)} 万元; 每财政万元 per fiscal 万元: ${fmtRatio(sm.investmentPerFiscal)}`,
    `峰值宽口径债务率 peak broad ratio: ${fmtRatio(sm.peakBroadRatio)}; 最差法定债务率等级（官方） worst legal-ratio tier (official): ${sm.worstTier === null ? '—' : `${TIER_ZH[sm.worstTier]} ${sm.worstTier}`}; 最差宽口径等级（实践口径） worst broad-ratio tier (practice line): ${sm.worstTierBroad === null ? '—' : `${TIER_ZH[sm.worstTierBroad]} ${sm.worstTierBroad}`}`,
    `违规 breaches: ${sm.breaches}; 预警 warnings: ${sm.warnings}  (townfisc check 查看明细 / for details)`,
  ].join('\n');
}
