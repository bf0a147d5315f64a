/**
 * `reward.tax-linked-enterprise` (SPEC §3, §11; 公平竞争审查条例, 2024): a revenue return paid to
 * enterprises is a warning, the program its subject; paid to the district or the town's
 * operator it is not.
 */
import { describe, expect, it } from 'vitest';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import { rewardRules } from '../../../src/core/rewards/rules.ts';
import type { RevenueReturnProgram, RewardRecipient } from '../../../src/core/rewards/types.ts';
import { byYear, common, scenario, town, START } from './fixture.ts';

// revenue 2025…2030: 80 (the year before creation), 100, 120, 150, 200, 260; city retained share 0.5
// returns: 2026 1·0.5·20 = 10, 2027 1·0.5·40 = 20, 2028 1·0.5·70 = 35, 2029 0.5·0.5·120 = 30, 2030 0.5·0.5·180 = 45
const revenue = byYear([80, 100, 120, 150, 200, 260], START - 1);
const YEARS = [2026, 2027, 2028, 2029, 2030];

function run(recipient: RewardRecipient, startYear = START) {
  const p: RevenueReturnProgram = { kind: 'revenue-return', ...common('return', { fromPool: false }), schedule: [1, 1, 1, 0.5, 0.5], recipient };
  const s = scenario([town('a', { revenue })], { programs: [p] });
  const rewards = simulateRewards({ ...s, startYear });
  return rewardRules(s.rewards.programs, rewards.towns, YEARS.map((y) => y - START + startYear), s.rules);
}

describe('reward.tax-linked-enterprise', () => {
  it('a revenue return paid to enterprises warns every year it pays, the program as subject, value = amount paid', () => {
    const out = run('enterprise');
    expect(out.limits.map((l) => [l.year, l.level, l.value, l.headroom])).toEqual([
      [2026, 'warning', 10, -10], [2027, 'warning', 20, -20], [2028, 'warning', 35, -35], [2029, 'warning', 30, -30], [2030, 'warning', 45, -45],
    ]);
    expect(out.findings[0]).toMatchObject({ subject: { kind: 'program', id: 'return' }, source: '公平竞争审查条例（国务院令第783号，2024年）' });
    expect(out.findings[0]!.message).toBe('税收挂钩奖补给企业：奖补政策 return，2026年，不允许；新增财政收入返还支付给企业 10.00 万元 / '
      + 'Tax-linked reward to an enterprise: program return, 2026: not allowed; revenue return of 10.00 万元 paid to enterprises');
  });
  it.each(['district', 'operator'] as const)('paid to the %s it is evaluated and fine (value 0)', (recipient) => {
    const out = run(recipient);
    expect(out.limits.map((l) => l.level)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    expect(out.findings).toEqual([]);
  });
  it('years before the regulation (2024) have no row: a run over 2019–2023', () => {
    expect(run('enterprise', 2019).limits).toEqual([]);
  });
});
