/**
 * Scenario comparison (SPEC §10 `compare`): key metrics of several runs side by side, with
 * absolute and relative deltas against the first. Pure, in the core, so the CLI's `compare`,
 * the reports and the dashboard share one definition (issue #11).
 */
import type { RunResult, Summary, Tier } from './result.ts';
import { TIER_RANK } from './assemble/summary.ts';

/** `wanPerJob`: 万元 per job (reward cost per job, SPEC §3 "Outputs"). */
export type MetricUnit = 'wan' | 'ratio' | 'share' | 'count' | 'tier' | 'wanPerJob';

export interface MetricDef {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: MetricUnit;
  /** True when a larger value is better (for highlighting deltas). */
  readonly higherIsBetter: boolean;
  readonly get: (s: Summary) => number | null;
}

export const TIER_OF_RANK: readonly Tier[] = ['green', 'yellow', 'orange', 'red'];

export const COMPARE_METRICS: readonly MetricDef[] = [
  { key: 'fiscalCostTotal', zh: '财政成本合计', en: 'Fiscal cost, total', unit: 'wan', higherIsBetter: false, get: (s) => s.fiscalCostTotal },
  { key: 'fiscalCostNpv', zh: '财政成本现值', en: 'Fiscal cost, NPV', unit: 'wan', higherIsBetter: false, get: (s) => s.fiscalCostNpv },
  { key: 'rewardsTotal', zh: '奖补支付合计', en: 'Rewards paid', unit: 'wan', higherIsBetter: false, get: (s) => s.rewardsTotal },
  { key: 'wastedOnRemoved', zh: '支付给后被淘汰小镇', en: 'Paid to towns later removed', unit: 'wan', higherIsBetter: false, get: (s) => s.wastedOnRemoved },
  { key: 'rewardCostPerInvestment', zh: '每万元投资的奖补成本', en: 'Reward cost per 万元 invested', unit: 'ratio', higherIsBetter: false, get: (s) => s.rewardCostPerInvestment },
  { key: 'rewardCostPerJob', zh: '每个就业岗位的奖补成本（万元/人）', en: 'Reward cost per job (万元 per job)', unit: 'wanPerJob', higherIsBetter: false, get: (s) => s.rewardCostPerJob },
  { key: 'pppObligationsTotal', zh: 'PPP支出责任合计', en: 'PPP obligations, total', unit: 'wan', higherIsBetter: false, get: (s) => s.pppObligationsTotal },
  { key: 'peakPppShare', zh: 'PPP支出占比峰值', en: 'Peak PPP share', unit: 'share', higherIsBetter: false, get: (s) => s.peakPppShare },
  { key: 'investmentMobilised', zh: '撬动投资', en: 'Investment mobilised', unit: 'wan', higherIsBetter: true, get: (s) => s.investmentMobilised },
  { key: 'investmentPerFiscal', zh: '每财政万元撬动投资', en: 'Investment per fiscal 万元', unit: 'ratio', higherIsBetter: true, get: (s) => s.investmentPerFiscal },
  { key: 'peakBroadRatio', zh: '宽口径债务率峰值', en: 'Peak broad debt ratio', unit: 'ratio', higherIsBetter: false, get: (s) => s.peakBroadRatio },
  { key: 'worstTier', zh: '最差法定债务率等级（官方）', en: 'Worst legal-ratio tier (official)', unit: 'tier', higherIsBetter: false, get: (s) => (s.worstTier === null ? null : TIER_RANK[s.worstTier]) },
  { key: 'breaches', zh: '违规条数', en: 'Breaches', unit: 'count', higherIsBetter: false, get: (s) => s.breaches },
  { key: 'warnings', zh: '预警条数', en: 'Warnings', unit: 'count', higherIsBetter: false, get: (s) => s.warnings },
];

export interface ComparedMetric {
  readonly key: string;
  readonly zh: string;
  readonly en: string;
  readonly unit: MetricUnit;
  readonly higherIsBetter: boolean;
  /** One value per scenario, in the order given. */
  readonly values: readonly (number | null)[];
  /** value − first value (null when either is null); the first entry is 0. */
  readonly delta: readonly (number | null)[];
  /** delta / |first value| (null when undefined or the first value is 0). */
  readonly deltaPct: readonly (number | null)[];
}

export interface Comparison {
  readonly scenarios: readonly { readonly id: string; readonly name: string; readonly hash: string }[];
  readonly engineVersion: string;
  readonly metrics: readonly ComparedMetric[];
}

/** Compares runs against the first (SPEC §10 `compare A B [C…]`). */
export function compareResults(results: readonly RunResult[]): Comparison {
  const metrics = COMPARE_METRICS.map((m): ComparedMetric => {
    const values = results.map((r) => m.get(r.summary));
    const a = values[0] ?? null;
    const delta = values.map((v) => (v === null || a === null ? null : v - a));
    const deltaPct = delta.map((d) => (d === null || a === null || a === 0 ? null : d / Math.abs(a)));
    return { key: m.key, zh: m.zh, en: m.en, unit: m.unit, higherIsBetter: m.higherIsBetter, values, delta, deltaPct };
  });
  return {
    scenarios: results.map((r) => r.scenario),
    engineVersion: results[0]?.engineVersion ?? '',
    metrics,
  };
}
