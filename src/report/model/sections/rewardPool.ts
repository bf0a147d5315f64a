/**
 * 奖补资金池执行情况 Reward pool execution (SPEC §3 "Pool execution", §10 `city.rewardPool`):
 * per year the pool, the pool claims falling due, what the pool paid, what lapsed
 * (prorate) or stayed queued at year end (queue), and the clawbacks due, recovered and
 * still receivable. Flows carry a total row; the year-end balances (queued, receivable)
 * do not. Under `prorate` the claims are the row total of paid + lapsed (横加), as displayed.
 */
import { roundDisplay, unitDecimals } from '../round.ts';
import { cellText } from '../../format/cellText.ts';
import { moneyLabel } from '../../format/units.ts';
import { buildTable, labelCol, valueCol } from '../table.ts';
import type { Table } from '../types.ts';
import { sumSeries } from '../facts.ts';
import { at, atN, factsOf, type SectionContext } from './context.ts';

/**
 * Years × pool execution; the note gives the claims falling due after the horizon. What the
 * pool paid is the sum of the displayed payment rows of the pool's programs (issue #18: the
 * same figure as the towns' reward rows).
 */
export function rewardPoolTable(ctx: SectionContext): Table {
  const { result: r, scenario: s, decimals } = ctx;
  const f = factsOf(ctx);
  const pooled = new Set(s.rewards.programs.filter((x) => x.fromPool).map((x) => x.id));
  const poolPaid = sumSeries([...f.rewardPaid.values()].flatMap((m) => [...m].filter(([pid]) => pooled.has(pid)).map(([, v]) => v)), r.years.length);
  const p = r.city.rewardPool;
  const prorate = s.rewards.poolMode === 'prorate';
  const capped = p.pool.every((x) => x !== null);
  const money = ctx.moneyUnit ?? 'wan';
  const after = cellText(roundDisplay(p.dueAfterHorizon, unitDecimals('wan', decimals)) ?? 0, 'wan', decimals, { money });
  const unit = moneyLabel(money).zh;
  return buildTable({
    id: 'reward-pool',
    title: { zh: '奖补资金池执行情况', en: 'Reward pool execution' },
    subject: { kind: 'city', id: 'city' },
    columns: [
      labelCol('year', '年份', 'Year', 'year'),
      valueCol('pool', '资金池', 'Pool', 'wan', { total: capped }),
      valueCol('claims', '到期申领', 'Claims due', 'wan', { total: true, ...(prorate ? { sumOf: ['paid', 'lapsed'] } : {}) }),
      valueCol('paid', '资金池支付', 'Paid from the pool', 'wan', { total: true }),
      valueCol('lapsed', '失效（按比例）', 'Lapsed (prorate)', 'wan', { total: true }),
      valueCol('queued', '年末排队（应付未付）', 'Queued at year end (accrued)', 'wan'),
      valueCol('clawbackDue', '到期追缴', 'Clawbacks due', 'wan', { total: true }),
      valueCol('clawbackRecovered', '已追回', 'Clawbacks recovered', 'wan', { total: true }),
      valueCol('receivable', '年末未追回', 'Receivable at year end', 'wan'),
    ],
    rows: r.years.map((y, i) => ({
      year: y,
      cells: [y, atN(p.pool, i), at(p.claims, i), at(poolPaid, i), at(p.lapsed, i), at(p.queued, i), at(p.clawbackDue, i), at(p.clawbackRecovered, i), at(p.receivable, i)],
    })),
    note: {
      zh: `资金池为空表示当年不设上限。申领超过资金池时，按比例兑付时未支付部分失效，排队结转时未支付部分结转以后年度并计入应付奖补。期后到期的申领 ${after} ${unit}未列入。`,
      en: `An empty pool means no cap that year. When claims exceed the pool, under prorate the unpaid part lapses; under queue it is carried to later years as an accrued liability. Claims falling due after the horizon (${after} ${unit}) are not shown.`,
    },
  }, decimals);
}
