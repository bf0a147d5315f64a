/**
 * The reward pool block of `townfisc run` (SPEC §3 "Pool execution", §10 `city.rewardPool`):
 * per year the pool, the claims falling due, what was paid, lapsed (prorate) or queued at
 * year end (queue), and the clawbacks recovered, with a total row for the flows and a line
 * saying whether the pool ever bound, so a user who raises it can see why nothing changes.
 */
import { sumFen } from '../../core/ledger/index.ts';
import type { RunResult } from '../../core/result.ts';
import { fmtWan, renderTable } from './table.ts';

/** Years in which something due was left unpaid: it lapsed, or stayed queued at year end. */
export function shortfallYears(r: RunResult): number[] {
  const p = r.city.rewardPool;
  return r.years.filter((_, i) => (p.lapsed[i] ?? 0) > 0 || (p.queued[i] ?? 0) > 0);
}

/** The block: a heading, the yearly table and its footnotes. */
export function rewardPoolBlock(r: RunResult): string {
  const p = r.city.rewardPool;
  const rows = r.years.map((y, i) => {
    const pool = p.pool[i] ?? null;
    return [String(y), pool === null ? '不设上限 none' : fmtWan(pool), ...[p.claims, p.paid, p.lapsed, p.queued, p.clawbackRecovered].map((s) => fmtWan(s[i] ?? 0))];
  });
  const pools = p.pool.filter((x): x is number => x !== null);
  const total = [
    '合计 total',
    pools.length === p.pool.length ? fmtWan(sumFen(pools)) : '—',
    fmtWan(sumFen(p.claims)), fmtWan(sumFen(p.paid)), fmtWan(sumFen(p.lapsed)), '—', fmtWan(sumFen(p.clawbackRecovered)),
  ];
  const short = shortfallYears(r);
  const bound = short.length === 0
    ? '各年到期申领均未超过资金池，提高资金池不改变支付 / claims due never exceeded the pool: raising it changes no payment'
    : `资金池不足的年份 years the pool fell short: ${short.join(', ')}`;
  return [
    '== 奖补资金池执行情况 Reward pool execution (万元) ==',
    renderTable(
      ['年份 year', '资金池 pool', '到期申领 claims due', '支付 paid', '失效 lapsed', '年末排队 queued', '追回 clawback recovered'],
      [...rows, total],
    ),
    bound,
    `期后到期的申领 claims due after the horizon: ${fmtWan(p.dueAfterHorizon)} 万元; 期末未追回 clawbacks still receivable at the end: ${fmtWan(p.receivable.at(-1) ?? 0)} 万元`,
  ].join('\n');
}
