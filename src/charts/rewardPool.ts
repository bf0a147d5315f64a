/**
 * Chart data of the reward pool's execution (SPEC §3 "Pool execution", §10
 * `city.rewardPool`): per year the pool as a dashed line against the claims falling due and
 * what the pool paid, with what lapsed (prorate) or stayed queued (queue); and a sentence
 * saying whether the pool ever bound, so a user who raises it can see why nothing changes.
 */
import type { RunResult } from '../core/result.ts';
import type { ChartData, Dataset, Lang } from './types.ts';
import { clean } from './types.ts';
import { greyscaleReadable } from './style.ts';

const L = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

/** Pool line, claims due and paid bars, lapsed bars and the queued line when there are any. */
export function rewardPoolChart(r: RunResult, lang: Lang): ChartData {
  const p = r.city.rewardPool;
  const datasets: Dataset[] = [
    { label: L(lang, '资金池', 'Pool'), data: clean(p.pool), colour: '#000000', type: 'line', dashed: true },
    { label: L(lang, '到期申领', 'Claims due'), data: clean(p.claims), colour: '#E69F00', type: 'bar' },
    { label: L(lang, '资金池支付', 'Paid from the pool'), data: clean(p.paid), colour: '#0072B2', type: 'bar' },
  ];
  if (p.lapsed.some((v) => v !== 0)) datasets.push({ label: L(lang, '失效（按比例）', 'Lapsed (prorate)'), data: clean(p.lapsed), colour: '#D55E00', type: 'bar' });
  if (p.queued.some((v) => v !== 0)) datasets.push({ label: L(lang, '年末排队', 'Queued at year end'), data: clean(p.queued), colour: '#CC79A7', type: 'line' });
  return { labels: r.years.map(String), datasets: greyscaleReadable(datasets), unit: 'wan' };
}

/**
 * Whether the pool bound: the years it fell short (something due lapsed or stayed queued),
 * else the largest share of a year's pool the claims used, counting the queue carried
 * into the year (`(claims + queued the year before) / pool`).
 */
export function rewardPoolNote(r: RunResult, lang: Lang): string {
  const p = r.city.rewardPool;
  const short = r.years.filter((_, i) => (p.lapsed[i] ?? 0) > 0 || (p.queued[i] ?? 0) > 0);
  if (short.length > 0) {
    return L(lang, `资金池不足的年份：${short.join('、')}。提高资金池会增加这些年份的支付。`, `The pool fell short in ${short.join(', ')}; raising it pays more in those years.`);
  }
  let peak: { share: number; year: number } | null = null;
  r.years.forEach((year, i) => {
    const pool = p.pool[i] ?? null;
    if (pool === null || !(pool > 0)) return;
    const share = ((p.claims[i] ?? 0) + (p.queued[i - 1] ?? 0)) / pool;
    if (Number.isFinite(share) && (peak === null || share > peak.share)) peak = { share, year };
  });
  if (peak === null) return L(lang, '未设资金池：到期申领全部支付。', 'No pool is set: every claim is paid when due.');
  const { share, year } = peak as { share: number; year: number };
  const pct = (share * 100).toFixed(1);
  return L(lang, `各年到期申领最多用去资金池的 ${pct}%（${year}年），提高资金池不会改变支付。`, `Claims due used at most ${pct}% of the pool (${year}): raising the pool changes no payment.`);
}
