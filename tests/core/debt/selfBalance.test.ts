import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { bondFlows } from '../../../src/core/debt/bonds.ts';
import { selfBalanceCoverage } from '../../../src/core/debt/selfBalance.ts';
import type { SpecialBond } from '../../../src/core/model/scenario.ts';
import { c, scenario, town } from './fixtures.ts';
import { found, rows } from './helpers.ts';

const bond = (rev: number, over: Partial<SpecialBond> = {}): SpecialBond => ({
  id: 'b', amount: 1000, issueYear: 2025, tenorYears: 3, rate: 0.05, repayment: 'bullet', projectRevenue: c(rev), ...over,
});
const run = (b: SpecialBond) => simulateDebt(scenario({ horizonYears: 4, towns: [town({ bonds: [b] })] }));

describe('bond.self-balance (SPEC §6: project revenue / debt service ≥ 1.2 per bond and year)', () => {
  it('warns below 1.2: 59 / (1000·5%) = 1.18; headroom 59 − 1.2·50 = −1', () => {
    const out = run(bond(59));
    const r = rows(out, 'bond.self-balance');
    expect(r.map((x) => x.year)).toEqual([2026, 2027, 2028]); // repayment years only: issued 2025, tenor 3
    expect(r[0]).toMatchObject({ level: 'warning', subject: { kind: 'bond', id: 't1/b' }, limit: 1.2 });
    expect(r[0]?.value).toBeCloseTo(1.18, 12);
    expect(r[0]?.headroom).toBeCloseTo(-1, 9);
    expect(found(out, 'bond.self-balance')[0]?.message).toMatch(/ \/ Special-bond self-balance: bond t1\/b, 2026: 1\.18, below 1\.20, headroom -1\.00 万元; project revenue 59\.00 万元/);
  });
  it('is fine at exactly 1.2: 60 / 50', () => {
    const out = run(bond(60, { tenorYears: 2 }));
    expect(rows(out, 'bond.self-balance')[0]).toMatchObject({ level: 'ok', value: 1.2 });
  });
  it('is evaluated in every repayment year and is null without debt service', () => {
    // rate 0, bullet: no service until maturity (2028: 1000)
    const out = run(bond(1300, { rate: 0 }));
    const r = rows(out, 'bond.self-balance');
    expect(r.map((x) => [x.year, x.value, x.headroom, x.level])).toEqual([[2026, null, null, 'ok'], [2027, null, null, 'ok'], [2028, 1.3, 100, 'ok']]);
  });
  it('the maturity year of a bullet bond usually fails: 60 / 1050 ≈ 0.057', () => {
    const out = run(bond(60));
    expect(rows(out, 'bond.self-balance').find((x) => x.year === 2028)?.level).toBe('warning');
  });
  it('selfBalanceCoverage gives the coverage per year', () => {
    expect(selfBalanceCoverage(bondFlows(bond(100), 2026, 4))).toEqual([2, 2, 100 / 1050, null]);
  });
});
