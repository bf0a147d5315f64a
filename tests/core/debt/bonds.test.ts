import { describe, expect, it } from 'vitest';
import { bondFlows, townBonds } from '../../../src/core/debt/bonds.ts';
import type { SpecialBond } from '../../../src/core/model/scenario.ts';
import { c } from './fixtures.ts';

const bond = (over: Partial<SpecialBond>): SpecialBond => ({
  id: 'b', amount: 1000, issueYear: 2026, tenorYears: 3, rate: 0.04, repayment: 'bullet', projectRevenue: c(0), ...over,
});
const arr = (a: ArrayLike<number>): number[] => Array.from(a, (x) => Math.round(x * 1e6) / 1e6);

describe('bondFlows (SPEC §2, §6)', () => {
  it('a bullet bond pays interest from the year after issue and all principal at maturity', () => {
    // 1000 at 4%, 3 years, issued 2026: interest 1000·0.04 = 40 in 2027–2029; principal 1000 in 2029
    const f = bondFlows(bond({}), 2026, 5);
    expect(arr(f.issued)).toEqual([1000, 0, 0, 0, 0]);
    expect(arr(f.balance)).toEqual([1000, 1000, 1000, 0, 0]);
    expect(arr(f.interest)).toEqual([0, 40, 40, 40, 0]);
    expect(arr(f.debtService)).toEqual([0, 40, 40, 1040, 0]);
  });

  it('an equal-principal bond repays amount/tenor each year with interest on the opening balance', () => {
    // 900 at 5%, 3 years: principal 300 a year; interest 900·5% = 45, 600·5% = 30, 300·5% = 15
    const f = bondFlows(bond({ amount: 900, rate: 0.05, repayment: 'equal-principal' }), 2026, 4);
    expect(arr(f.balance)).toEqual([900, 600, 300, 0]);
    expect(arr(f.debtService)).toEqual([0, 345, 330, 315]);
    expect(arr(f.principal)).toEqual([0, 300, 300, 300]);
  });

  it('an annuity bond pays a level instalment P·r/(1 − (1+r)^−n)', () => {
    // 1000 at 10%, 2 years: A = 100 / (1 − 1/1.21) = 100 / 0.1735537… = 576.190476
    // year 1: interest 100, principal 476.190476, balance 523.809524; year 2: interest 52.380952
    const f = bondFlows(bond({ rate: 0.1, tenorYears: 2, repayment: 'annuity' }), 2026, 3);
    expect(f.debtService[1]).toBeCloseTo(576.190476, 6);
    expect(f.debtService[2]).toBeCloseTo(576.190476, 6);
    expect(f.balance[1]).toBeCloseTo(523.809524, 6);
    expect(f.interest[2]).toBeCloseTo(52.380952, 6);
    expect(f.balance[2]).toBe(0);
  });

  it('a bond issued before startYear enters with its remaining balance and schedule', () => {
    // issued 2024, bullet 3 years: 2026 is repayment year 2 (balance 1000, DS 40), 2027 year 3 (DS 1040)
    const f = bondFlows(bond({ issueYear: 2024 }), 2026, 3);
    expect(arr(f.issued)).toEqual([0, 0, 0]);
    expect(arr(f.balance)).toEqual([1000, 0, 0]);
    expect(arr(f.debtService)).toEqual([40, 1040, 0]);
  });

  it('a bond issued after the horizon contributes nothing', () => {
    const f = bondFlows(bond({ issueYear: 2040 }), 2026, 3);
    expect(arr(f.balance)).toEqual([0, 0, 0]);
  });

  it('carries the project revenue series for the self-balance test', () => {
    expect(arr(bondFlows(bond({ projectRevenue: c(55) }), 2026, 2).projectRevenue)).toEqual([55, 55]);
  });
});

describe('townBonds', () => {
  it('adds up every bond of the town and keeps each bond by id', () => {
    // bullet 1000@4% issued 2026 + equal-principal 900@5% issued 2026: 2027 balance 1000 + 600, DS 40 + 345
    const t = townBonds({ bonds: [bond({ id: 'a' }), bond({ id: 'b', amount: 900, rate: 0.05, repayment: 'equal-principal' })] }, 2026, 2);
    expect(arr(t.balance)).toEqual([1900, 1600]);
    expect(arr(t.debtService)).toEqual([0, 385]);
    expect(arr(t.interest)).toEqual([0, 85]);
    expect(arr(t.issued)).toEqual([1900, 0]);
    expect([...t.byBond.keys()]).toEqual(['a', 'b']);
  });
});
