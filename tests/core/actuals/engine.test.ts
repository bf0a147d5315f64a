import { describe, expect, it } from 'vitest';
import { actualsInputs, actualsResult } from '../../../src/core/actuals/index.ts';
import { simulateRewards } from '../../../src/core/rewards/index.ts';
import type { Scenario } from '../../../src/core/model/scenario.ts';
import { actuals, evaluation, handScenario, payment } from './fixture.ts';

/** The reward engine on the scenario's actuals, as `simulate` runs it, with `result.actuals`. */
function run(s: Scenario) {
  const a = s.actuals!;
  const rewards = simulateRewards(s, actualsInputs(s, a));
  return { rewards, actuals: actualsResult(s, a, rewards.towns, rewards.computedTowns ?? rewards.towns) };
}

describe('actual years (SPEC §12): achievement is actual ÷ target, then §3 as usual', () => {
  const { rewards, actuals: act } = run(handScenario());
  const [a, b] = rewards.towns;

  it('takes A from the actuals in 2026–2028 and the expectation after', () => {
    // a: 65/100, 55/100, 55/100, then expected 1, 1 (its later years are removed but still have an A)
    expect(a!.achievement.slice(0, 3)).toEqual([0.65, 0.55, 0.55]);
    expect(b!.achievement).toEqual([1, 1, 1, 1, 1]);
  });

  it('puts a town with A = 0.55 in two consecutive years in 整改, then 淘汰, on the years §3 says', () => {
    // 2027 fails (streak 1) → 2028 rectify; 2028 fails (streak 2 = consecutiveFails) → removed from 2029
    expect(a!.status).toEqual(['active', 'active', 'rectify', 'removed', 'removed']);
  });

  it('splits the 2026 pool to the fen: 100 over claims 12.5 + 100', () => {
    // a: 100·f(0.65) = 100·(0.65−0.6)/0.4 = 12.5; b: 100·f(1) = 100. Claims 112.5 > pool 100 → ratio 8/9:
    // a 12.5·8/9 = 11.1111… → 11.111111; b 100·8/9 = 88.8888… → 88.888889; together 100.000000
    expect(a!.rewards.byProgram.m!.claimed[0]).toBe(12.5);
    expect(a!.rewards.byProgram.m!.paid[0]).toBe(11.111111);
    expect(b!.rewards.byProgram.m!.paid[0]).toBe(88.888889);
  });

  it('claws back the milestone paid in the failed window and nets it against the 2029 grant', () => {
    // window 2026–2028: mean A = (0.65 + 0.55 + 0.55)/3 = 0.58333 < 0.6 → fails;
    // clawback = 1 × milestone paid to a in the window = 11.111111 + 0 + 0, due 2028 + lag 1 = 2029;
    // a's 2029 payments: the grant earned 2028 (rectify, factor 1) = 50 → recovers 11.111111, net 38.888889
    expect(a!.clawbackDue).toEqual([0, 0, 0, 11.111111, 0]);
    expect(a!.rewards.clawback).toEqual([0, 0, 0, 11.111111, 0]);
    expect(a!.rewards.byProgram.cg!.paid).toEqual([0, 0, 0, 50, 0]);
    expect(a!.receivable[3]).toBe(0);
  });

  it('pays b its 2029 pool claims pro rata: milestone 100 and assessment 60 against a pool of 100', () => {
    // assessment of b: 60·f(mean 1) = 60, earned 2028, due 2029; with b's 2029 milestone 100: claims 160 → ratio 0.625
    expect(b!.rewards.byProgram.m!.paid[3]).toBe(62.5);
    expect(b!.rewards.byProgram.as!.paid[3]).toBe(37.5);
  });

  it('marks each town-year actual or forecast', () => {
    expect(act.towns.map((t) => t.yearKind)).toEqual([
      ['actual', 'actual', 'actual', 'forecast', 'forecast'],
      ['actual', 'actual', 'actual', 'forecast', 'forecast'],
    ]);
  });

  it('lists no decision rows when the commission decided nothing and grades nothing', () => {
    expect(act.statusDecisions).toEqual([]);
  });
});

describe("the commission's decisions (SPEC §12): used where given, the rule's shown beside them", () => {
  // After evaluating 2027 the commission keeps a in the programme (保留) for 2028, against the rule's 整改.
  const s = handScenario(actuals({ evaluations: [evaluation('a', 2027, { decision: 'active', document: '穗发改〔2028〕1号' })] }));
  const { rewards, actuals: act } = run(s);
  const a = rewards.towns[0]!;

  it('uses the decided status and lets the streak restart from it', () => {
    // 2028 active by decision (streak cleared); 2028 fails → streak 1 → 2029 rectify; 2029 passes → 2030 active
    expect(a.status).toEqual(['active', 'active', 'active', 'rectify', 'active']);
  });

  it('shows every year where the rule would have decided otherwise, with the document and the failing years', () => {
    expect(act.statusDecisions).toEqual([
      { town: 'a', year: 2028, status: 'active', rule: 'rectify', differs: true, decidedBy: 'commission', evaluatedYear: 2027, grade: null, document: '穗发改〔2028〕1号', basisYears: [2027] },
      { town: 'a', year: 2029, status: 'rectify', rule: 'removed', differs: true, decidedBy: 'rule', evaluatedYear: 2028, grade: null, document: null, basisYears: [2027, 2028] },
      { town: 'a', year: 2030, status: 'active', rule: 'removed', differs: true, decidedBy: 'rule', evaluatedYear: 2029, grade: null, document: null, basisYears: [] },
    ]);
  });
});

describe('grades (SPEC §12): a grade is a pay factor, and 不合格 is a failing year', () => {
  it('scales the milestone of a year graded 优秀 by 1.2 before the pool', () => {
    // b 2026: 100·f(1)·1.2 = 120; claims 12.5 + 120 = 132.5 > 100 → a 12.5·100/132.5 = 9.433962…, b 90.566037…
    const { rewards } = run(handScenario(actuals({ evaluations: [evaluation('b', 2026, { grade: '优秀' })] })));
    expect(rewards.towns[1]!.rewards.byProgram.m!.claimed[0]).toBe(120);
    expect(rewards.towns[0]!.rewards.byProgram.m!.paid[0]).toBe(9.433962);
    expect(rewards.towns[1]!.rewards.byProgram.m!.paid[0]).toBe(90.566038);
  });

  it('treats two consecutive 不合格 as removal even when A passes, and pays nothing for those years', () => {
    // b passes on A (= 1) but is graded 不合格 in 2026 and 2027: 2027 整改, 2028 淘汰; pay factor 0 in both years
    const evaluations = [evaluation('b', 2026, { grade: '不合格' }), evaluation('b', 2027, { grade: '不合格' })];
    const { rewards, actuals: act } = run(handScenario(actuals({ evaluations })));
    const b = rewards.towns[1]!;
    expect(b.status).toEqual(['active', 'rectify', 'removed', 'removed', 'removed']);
    expect(b.rewards.byProgram.m!.claimed).toEqual([0, 0, 0, 0, 0]);
    expect(act.statusDecisions.filter((r) => r.town === 'b').map((r) => [r.year, r.status, r.rule, r.basisYears])).toEqual([
      [2027, 'rectify', 'active', [2026]],
      [2028, 'removed', 'active', [2026, 2027]],
      [2029, 'removed', 'active', [2026, 2027]],
      [2030, 'removed', 'active', [2026, 2027]],
    ]);
  });
});

describe('recorded payments (SPEC §12): kept as paid, the engine beside them', () => {
  // b's 2027 milestone: advance 50 and settlement 45 on record = 95; the engine computes 100 (pool not binding)
  const s = handScenario(actuals({ payments: [payment('b', 'm', 2027, 'advance', 50), payment('b', 'm', 2027, 'settlement', 45)] }));
  const { rewards, actuals: act } = run(s);

  it('keeps the recorded 95 as the paid amount, not the engine 100', () => {
    expect(rewards.towns[1]!.rewards.byProgram.m!.paid[1]).toBe(95);
    expect(rewards.towns[1]!.rewards.total[1]).toBe(95);
    expect(rewards.city.rewardsPaid[1]).toBe(95);
  });

  it('shows the difference in the reconciliation', () => {
    expect(act.reconciliation).toEqual([
      { town: 'b', program: 'm', year: 2027, paymentYear: 2027, advances: 50, settlements: 45, recorded: 95, computed: 100, difference: -5, settled: true },
    ]);
  });

  it('leaves the engine figure in place where only an advance is on record', () => {
    const r = run(handScenario(actuals({ payments: [payment('b', 'm', 2027, 'advance', 50)] })));
    expect(r.rewards.towns[1]!.rewards.byProgram.m!.paid[1]).toBe(100);
    expect(r.actuals.reconciliation[0]).toMatchObject({ recorded: 50, computed: 100, difference: -50, settled: false });
  });
});
