/**
 * The one-sentence headline of a comparison (issue #15 question 2): what scenario B does to
 * A on the metrics a budget office reads first — fiscal cost, rewards paid, peak PPP share,
 * peak broad debt ratio, worst tier, breaches — with the same rounding and wording
 * ("percentage points") as the comparison table (`formatDelta`). Unchanged metrics are left out.
 */
import type { Comparison } from '../../core/compare.ts';
import { formatDelta, type Unit } from '../format.ts';
import type { Lang } from '../i18n.ts';

const KEYS = ['fiscalCostTotal', 'rewardsTotal', 'peakPppShare', 'peakBroadRatio', 'worstTier', 'breaches'] as const;

/** `B 相比 A：财政成本合计 +3.29 亿元，PPP支出占比峰值 +0.50 个百分点。` — or that nothing headline-worthy moved. */
export function headline(cmp: Comparison, i: number, lang: Lang): string {
  const letter = String.fromCharCode(65 + i);
  const parts: string[] = [];
  for (const key of KEYS) {
    const m = cmp.metrics.find((x) => x.key === key);
    const d = m?.delta[i] ?? null;
    if (!m || d === null || d === 0) continue;
    const unit: Unit = m.unit === 'wanPerJob' ? 'wanPerJob' : m.unit;
    const text = formatDelta(d, unit, lang);
    if (text === '±0' || /^[+−]0(\.0+)?( |$)/.test(text)) continue;
    parts.push(`${lang === 'zh' ? m.zh : m.en} ${text}`);
  }
  const name = cmp.scenarios[i]?.name ?? letter;
  if (parts.length === 0) return lang === 'zh' ? `${letter}（${name}）与 A 相比，主要指标无变化。` : `${letter} (${name}) leaves the main metrics of A unchanged.`;
  return lang === 'zh' ? `${letter}（${name}）相比 A：${parts.join('，')}。` : `${letter} (${name}) against A: ${parts.join(', ')}.`;
}
