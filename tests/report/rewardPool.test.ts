/**
 * The reward pool execution table 奖补资金池执行情况 (SPEC §3 "Pool execution", §10
 * `city.rewardPool`) and the clawbacks still receivable at the end, in the report model
 * every format renders.
 */
import { describe, expect, it } from 'vitest';
import { buildSection } from '../../src/report/model/buildReport.ts';
import type { Table } from '../../src/report/model/types.ts';
import type { RunResult } from '../../src/core/result.ts';
import { result as fixture } from '../app/fixtures/result.ts';
import { common, scenario, town } from '../core/rewards/fixture.ts';
import { exact, exactSum, columnNumbers, model, REWARDS } from './support.ts';

// the app fixture holds a NaN and an Infinity on purpose (charts must drop them); a report refuses them
// the pool paid what its program `ms` paid the towns: spa 100 + 150 + 10, net 50 + 50 + 0 = 150, 200, 10
// (the table shows the sum of the towns' displayed payment rows, issue #18)
const paidBy = (id: string, ms: number[]) => ({ ...fixture.towns.find((t) => t.id === id)!.rewards, byProgram: { ms: { claimed: ms, paid: ms } } });
const result: RunResult = {
  ...fixture,
  city: { ...fixture.city, fiscalCost: [200, 300, 10], investmentPerFiscal: [null, 12.5, 1] },
  towns: fixture.towns.map((t) => ({ ...t, rewards: paidBy(t.id, t.id === 'spa' ? [100, 150, 10] : [50, 50, 0]) })),
};
const base = scenario([town('spa'), town('net')], {}, 3);
const s = { ...base, rewards: { ...base.rewards, programs: [{ ...common('ms'), kind: 'milestone' as const, base: 100, curve: null }] } };
const tables = (r: RunResult, mode: 'prorate' | 'queue' = 'prorate') =>
  buildSection({ result: r, scenario: { ...s, rewards: { ...s.rewards, poolMode: mode } } }, 2).tables;
const table = (ts: readonly Table[], id: string) => ts.find((t) => t.id === id)!;
const col = (t: Table, key: string) => t.columns.findIndex((c) => c.key === key);

describe('report: 奖补资金池执行情况 Reward pool execution', () => {
  const pool = table(tables(result), 'reward-pool');

  it('has one row per year: pool, claims due, paid, lapsed, queued, clawbacks due, recovered and receivable', () => {
    expect(pool.title).toEqual({ zh: '奖补资金池执行情况', en: 'Reward pool execution' });
    expect(pool.columns.map((c) => c.key)).toEqual(['year', 'pool', 'claims', 'paid', 'lapsed', 'queued', 'clawbackDue', 'clawbackRecovered', 'receivable']);
    // 2027 (fixture): pool 200, claims 300, paid 200, lapsed 100; 2028: no pool (null, "—"), clawback 50 due, 30 recovered, 20 left
    expect(pool.rows.map((r) => r.cells)).toEqual([
      [2026, 200, 150, 150, 0, 0, 0, 0, 0],
      [2027, 200, 300, 200, 100, 0, 0, 0, 0],
      [2028, null, 10, 10, 0, 0, 50, 30, 20],
    ]);
  });

  it('totals the flows, not the year-end balances (queued, receivable), nor a pool that is not set every year', () => {
    // claims 150 + 300 + 10 = 460; paid 360; lapsed 100; clawbacks due 50, recovered 30
    expect(pool.total).toEqual([{ zh: '合计', en: 'Total' }, null, 460, 360, 100, null, 50, 30, null]);
    const capped = table(tables({ ...result, city: { ...result.city, rewardPool: { ...result.city.rewardPool, pool: [200, 200, 200] } } }), 'reward-pool');
    expect(capped.total?.[col(capped, 'pool')]).toBe(600);
  });

  it('prorate: claims due = paid + lapsed as displayed (横加); queue: no row total', () => {
    expect(pool.columns[col(pool, 'claims')]?.sumOf).toEqual(['paid', 'lapsed']);
    const q = table(tables(result, 'queue'), 'reward-pool');
    expect(q.columns[col(q, 'claims')]?.sumOf).toBeUndefined();
  });

  it('the note names the claims due after the horizon', () => {
    expect(pool.note?.zh).toContain('5.00');
    expect(pool.note?.en).toContain('5.00');
  });

  it('foots on a simulated scenario', async () => {
    const t = table((await model([REWARDS])).sections[0]!.tables, 'reward-pool');
    t.columns.forEach((c, i) => { if (c.total) expect(exact(t.total![i] as number)).toBe(exactSum(columnNumbers(t, i))); });
    expect(t.rows.length).toBe((await model([REWARDS])).sections[0]!.years.length);
  });
});

describe('report: clawbacks still receivable at the end (SPEC §3 "assessment")', () => {
  const ts = tables(result);

  it('per town in the towns table, totalled', () => {
    const towns = table(ts, 'towns');
    const i = col(towns, 'receivableAtEnd');
    expect(towns.rows.map((r) => r.cells[i])).toEqual([20, 0]);
    expect(towns.total?.[i]).toBe(20);
  });

  it('in the summary, repeating the towns table total; with the pool claims due after the horizon', () => {
    const summary = table(ts, 'summary');
    const value = (key: string) => summary.rows.find((r) => r.metric === key)?.cells[1];
    expect(value('receivableAtEnd')).toBe(20);
    expect(value('rewardPoolDueAfterHorizon')).toBe(5);
  });
});

describe('report: reward cost per job (SPEC §3 "Outputs")', () => {
  it('is 万元 per job at the 万元 decimals, labelled 万元/人, not 倍', () => {
    const summary = table(tables({ ...result, summary: { ...result.summary, rewardCostPerJob: 0.123456 } }), 'summary');
    const row = summary.rows.find((r) => r.metric === 'rewardCostPerJob')!;
    expect(row.cells).toEqual([{ zh: '每个就业岗位的奖补成本', en: 'Reward cost per job' }, 0.12, { zh: '万元/人', en: '10,000 yuan per job' }]);
    // 万元/人 stays 万元 per job in a report shown in 亿元 (a per-job figure is not shifted)
    expect(row.unit).toBe('perJob');
  });
});
