import { describe, expect, it } from 'vitest';
import { formatRunSummary } from '../../../src/cli/format/runSummary.ts';
import { rewardPoolBlock } from '../../../src/cli/format/rewardPool.ts';
import type { RunResult } from '../../../src/core/result.ts';
import { result } from '../../app/fixtures/result.ts';
import { scenario, town } from '../../core/rewards/fixture.ts';

const s = scenario([town('spa'), town('net')], {}, 3);

describe('run summary: reward pool execution (SPEC §3 "Pool execution")', () => {
  it('shows pool, claims due, paid, lapsed, queued and clawbacks per year, with a footed total row', () => {
    const text = rewardPoolBlock(result);
    expect(text).toMatch(/奖补资金池执行情况 Reward pool execution/);
    const lines = text.split('\n');
    // 2027: pool 200, claims 300, paid 200, 100 lapsed
    expect(lines.find((l) => l.startsWith('2027'))?.split(/\s{2,}|\s*│\s*|\s*\|\s*/).filter(Boolean)).toEqual(['2027', '200.00', '300.00', '200.00', '100.00', '0.00', '0.00']);
    // 2028 has no pool
    expect(lines.find((l) => l.startsWith('2028'))).toMatch(/不设上限 none/);
    // totals: claims 150 + 300 + 10 = 460, paid 360, lapsed 100, recovered 30
    expect(lines.find((l) => l.startsWith('合计'))).toMatch(/460\.00.*360\.00.*100\.00/);
    expect(text).toMatch(/期后到期的申领 claims due after the horizon: 5\.00 万元/);
    expect(text).toMatch(/期末未追回 clawbacks still receivable at the end: 20\.00 万元/);
  });

  it('says so when the claims never exceed the pool: raising it changes nothing', () => {
    const slack: RunResult = { ...result, city: { ...result.city, rewardPool: { ...result.city.rewardPool, claims: [150, 200, 10], lapsed: [0, 0, 0] } } };
    expect(rewardPoolBlock(slack)).toMatch(/各年到期申领均未超过资金池.*claims due never exceeded the pool/);
    expect(rewardPoolBlock(result)).toMatch(/资金池不足的年份 years the pool fell short: 2027/);
  });

  it('the readable summary carries the block and the receivable at the end', () => {
    const text = formatRunSummary(result, s);
    expect(text).toContain('奖补资金池执行情况 Reward pool execution');
    expect(text).toMatch(/期末未追回的追缴款 clawbacks receivable at the end: 20\.00 万元/);
  });
});
