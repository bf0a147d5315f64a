/** The editor's search over every parameter (issue #15). */
import { describe, expect, it } from 'vitest';
import { paramIndex, patchAt, searchParams, setParam } from '../../src/app/state/paramIndex.ts';

const doc = {
  id: 's', name: 'S', schemaVersion: 1,
  rewards: { pool: 100000, poolMode: 'prorate' },
  ppp: [{ id: 'spa-road', name: '从化温泉PPP项目', constructionCost: 68000, constructionSchedule: [0.5, 0.5], loan: { rate: 0.049 }, inRegister: true }],
};

describe('paramIndex', () => {
  const idx = paramIndex(doc);
  it('lists every scalar leaf with entities by name; ids, names and the schema version are not parameters', () => {
    expect(idx.map((p) => p.key)).toEqual([
      'name', 'rewards.pool', 'rewards.poolMode',
      'ppp[spa-road].constructionCost', 'ppp[spa-road].constructionSchedule[0]', 'ppp[spa-road].constructionSchedule[1]', 'ppp[spa-road].loan.rate', 'ppp[spa-road].inRegister',
    ]);
    expect(idx.find((p) => p.key === 'ppp[spa-road].loan.rate')?.shown).toBe('ppp › 从化温泉PPP项目 › loan › rate');
  });
  it('lets numbers and yes/no through objects and entity lists be edited, not text or items of plain arrays', () => {
    const editable = Object.fromEntries(idx.map((p) => [p.key, p.editable]));
    expect(editable).toMatchObject({ 'rewards.pool': true, 'rewards.poolMode': false, 'ppp[spa-road].constructionSchedule[0]': false, 'ppp[spa-road].inRegister': true });
  });
  it('finds parameters by every word, in path, names or value', () => {
    expect(searchParams(idx, '从化 rate').map((p) => p.key)).toEqual(['ppp[spa-road].loan.rate']);
    expect(searchParams(idx, 'POOL').map((p) => p.key)).toEqual(['rewards.pool', 'rewards.poolMode']);
    expect(searchParams(idx, '  ')).toEqual([]);
  });
});

describe('patchAt and setParam', () => {
  it('writes the override that sets one parameter, entity lists by id, keeping other edits', () => {
    const steps = paramIndex(doc).find((p) => p.key === 'ppp[spa-road].loan.rate')!.steps;
    expect(patchAt(steps, 0.05)).toEqual({ ppp: [{ id: 'spa-road', loan: { rate: 0.05 } }] });
    const before = { id: 'v', name: 'V', ppp: [{ id: 'spa-road', constructionCost: 102000 }] };
    expect(setParam(before, steps, 0.05)).toEqual({ id: 'v', name: 'V', ppp: [{ id: 'spa-road', constructionCost: 102000, loan: { rate: 0.05 } }] });
  });
});
