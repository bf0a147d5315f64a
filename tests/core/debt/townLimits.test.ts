import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { c, scenario, town } from './fixtures.ts';
import { found, rows } from './helpers.ts';

/** A town with exposure `e` (as accrued rewards) and revenue `r` for one year. */
const run = (e: number, r: number) =>
  simulateDebt(scenario({ horizonYears: 1, towns: [town({ revenue: c(r) })] }), { accruedRewards: new Map([['t1', [e]]]) });

describe('town.exposure-cap (SPEC §6: exposure / revenue ≤ 2.0)', () => {
  it('is breached above the cap: 201 / 100 = 2.01 > 2.0, headroom 2·100 − 201 = −1', () => {
    const out = run(201, 100);
    const [row] = rows(out, 'town.exposure-cap');
    expect(row).toMatchObject({ level: 'breach', limit: 2, subject: { kind: 'town', id: 't1' }, year: 2026 });
    expect(row?.value).toBeCloseTo(2.01, 12);
    expect(row?.headroom).toBeCloseTo(-1, 9);
    const [f] = found(out, 'town.exposure-cap');
    expect(f?.source).toBe('发展改革委政策选择（无官方数值）');
    expect(f?.message).toMatch(/^小镇债务敞口率：小镇 t1，2026年 2\.01，超过 2\.00，余量 -1\.00 万元；债务敞口 201\.00 万元.* \/ Town exposure ratio: town t1, 2026: 2\.01, above 2\.00, headroom -1\.00 万元; exposure 201\.00 万元/);
  });
  it('is not breached at exactly the cap: 200 / 100 = 2.0, headroom 0', () => {
    const out = run(200, 100);
    expect(rows(out, 'town.exposure-cap')[0]).toMatchObject({ level: 'ok', value: 2, headroom: 0 });
    expect(found(out, 'town.exposure-cap')).toEqual([]);
  });
  it('follows a scenario override of the cap', () => {
    const s = scenario({ horizonYears: 1, rules: { 'town.exposure-cap': { threshold: 1.5 } } });
    const out = simulateDebt(s, { accruedRewards: new Map([['t1', [160]]]) });
    expect(rows(out, 'town.exposure-cap')[0]).toMatchObject({ level: 'breach', limit: 1.5 });
  });
  it('has a null ratio and headroom when revenue ≤ 0', () => {
    expect(rows(run(10, 0), 'town.exposure-cap')[0]).toMatchObject({ level: 'ok', value: null, headroom: null });
  });
});

describe('town.revenue-nonpositive (SPEC §6: the undefined ratio is itself a warning)', () => {
  it('warns when there is exposure and revenue ≤ 0', () => {
    const out = run(10, 0);
    expect(rows(out, 'town.revenue-nonpositive')[0]).toMatchObject({ level: 'warning', value: 10, limit: 0, headroom: -10 });
    expect(found(out, 'town.revenue-nonpositive')[0]?.message).toMatch(/ \/ Exposure without revenue: town t1, 2026: not allowed; revenue of/);
  });
  it('does not warn without exposure', () => {
    const out = run(0, -5);
    expect(rows(out, 'town.revenue-nonpositive')[0]).toMatchObject({ level: 'ok' });
    expect(found(out, 'town.revenue-nonpositive')).toEqual([]);
  });
  it('is not evaluated when revenue is positive', () => {
    expect(rows(run(10, 1), 'town.revenue-nonpositive')).toEqual([]);
  });
});
