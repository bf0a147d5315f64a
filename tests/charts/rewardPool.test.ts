import { describe, expect, it } from 'vitest';
import { rewardPoolChart, rewardPoolNote } from '../../src/charts/rewardPool.ts';
import type { RunResult } from '../../src/core/result.ts';
import { allFiniteOrNull, result } from '../app/fixtures/result.ts';

const withPool = (over: Partial<RunResult['city']['rewardPool']>): RunResult => ({ ...result, city: { ...result.city, rewardPool: { ...result.city.rewardPool, ...over } } });

describe('reward pool chart data (SPEC §3 "Pool execution")', () => {
  it('draws claims due and paid as bars against the pool line, a gap where no pool is set, and what lapsed', () => {
    const c = rewardPoolChart(result, 'zh');
    expect(c.labels).toEqual(['2026', '2027', '2028']);
    expect(c.unit).toBe('wan');
    expect(c.datasets.map((d) => [d.label, d.type, d.data])).toEqual([
      ['资金池', 'line', [200, 200, null]],
      ['到期申领', 'bar', [150, 300, 10]],
      ['资金池支付', 'bar', [150, 200, 10]],
      ['失效（按比例）', 'bar', [0, 100, 0]],
    ]);
    expect(c.datasets[0]!.dashed).toBe(true);
    for (const d of c.datasets) expect(allFiniteOrNull(d.data)).toBe(true);
  });

  it('queue: shows what is queued at year end instead of lapsed, in English when asked', () => {
    const c = rewardPoolChart(withPool({ lapsed: [0, 0, 0], queued: [0, 100, 0], paid: [150, 200, 110] }), 'en');
    expect(c.datasets.map((d) => d.label)).toEqual(['Pool', 'Claims due', 'Paid from the pool', 'Queued at year end']);
    expect(c.datasets[3]).toMatchObject({ type: 'line', data: [0, 100, 0] });
  });

  it('turns a NaN into a gap', () => {
    expect(rewardPoolChart(withPool({ claims: [Number.NaN, 1, 2] }), 'zh').datasets[1]!.data).toEqual([null, 1, 2]);
  });
});

describe('reward pool note: why raising the pool may change nothing', () => {
  it('names the years the pool fell short', () => {
    expect(rewardPoolNote(result, 'zh')).toBe('资金池不足的年份：2027。提高资金池会增加这些年份的支付。');
    expect(rewardPoolNote(result, 'en')).toBe('The pool fell short in 2027; raising it pays more in those years.');
  });

  it('when claims never reach the pool, gives the peak use of the pool and says raising it changes nothing', () => {
    // claims 150 of 200 (75%), 120 of 200 (60%); 2028 has no pool
    const slack = withPool({ claims: [150, 120, 10], paid: [150, 120, 10], lapsed: [0, 0, 0] });
    expect(rewardPoolNote(slack, 'zh')).toBe('各年到期申领最多用去资金池的 75.0%（2026年），提高资金池不会改变支付。');
    expect(rewardPoolNote(slack, 'en')).toBe('Claims due used at most 75.0% of the pool (2026): raising the pool changes no payment.');
  });

  it('queue: the claims carried from the year before count against the pool', () => {
    // 2027: queued 50 from 2026 + claims 100 = 150 against a pool of 200 → 75%
    const q = withPool({ pool: [100, 200, 200], claims: [150, 100, 10], paid: [100, 150, 10], lapsed: [0, 0, 0], queued: [50, 0, 0] });
    expect(rewardPoolNote(q, 'en')).toBe('The pool fell short in 2026; raising it pays more in those years.');
    const after = withPool({ pool: [200, 200, 200], claims: [150, 100, 10], paid: [150, 100, 10], lapsed: [0, 0, 0], queued: [0, 0, 0] });
    expect(rewardPoolNote(after, 'en')).toBe('Claims due used at most 75.0% of the pool (2026): raising the pool changes no payment.');
  });

  it('says so when no year has a pool', () => {
    expect(rewardPoolNote(withPool({ pool: [null, null, null], paid: [150, 300, 10], lapsed: [0, 0, 0] }), 'en')).toBe('No pool is set: every claim is paid when due.');
  });
});
