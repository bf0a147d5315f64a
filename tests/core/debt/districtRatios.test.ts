import { describe, expect, it } from 'vitest';
import { debtKernel } from '../../../src/core/debt/simulateDebt.ts';
import { c, district, scenario, town } from './fixtures.ts';

describe('district ratios (SPEC §6)', () => {
  const s = scenario({
    horizonYears: 1,
    districts: [district({
      capacity: c(1000), budgetExpenditure: c(500), legalDebt: c(500), hiddenDebt: c(200),
      legalDebtService: c(50), legalDebtInterest: c(20), debtLimit: c(900),
    })],
    towns: [town({
      bonds: [{ id: 'b', amount: 300, issueYear: 2025, tenorYears: 3, rate: 0.05, repayment: 'bullet', projectRevenue: c(0) }],
      platform: { openingBalance: 100, newBorrowing: c(0), hiddenShare: 0.5, rate: 0, tenorYears: 5, repayment: 'bullet' },
    })],
  });
  const d = debtKernel(s, { fundHidden: new Map([['t1', [10]]]) }).districts.get('d1');

  it('legal debt = own legal debt + the towns’ special-bond balances: 500 + 300 = 800', () => {
    expect(d?.legalDebt[0]).toBe(800);
  });
  it('hidden debt includes the towns’ hidden exposure but not their non-hidden platform debt: 200 + 0.5·100 + 10 = 260', () => {
    expect(d?.hiddenDebt[0]).toBe(260);
  });
  it('legal ratio = 800 / 1000 = 0.8; broad ratio = (800 + 260) / 1000 = 1.06', () => {
    expect(d?.legalRatio[0]).toBeCloseTo(0.8, 15);
    expect(d?.broadRatio[0]).toBeCloseTo(1.06, 15);
  });
  it('debt headroom = limit − legal debt = 900 − 800 = 100', () => {
    expect(d?.debtHeadroom[0]).toBe(100);
  });
  it('debt-service ratio counts the towns’ bond service: (50 + 300·5%) / 1000 = 0.065', () => {
    expect(d?.debtServiceRatio[0]).toBeCloseTo(0.065, 15);
  });
  it('interest burden = (20 + 15) / general budget expenditure 500 = 0.07', () => {
    expect(d?.interestBurden[0]).toBeCloseTo(0.07, 15);
  });
  it('ratios are null when 综合财力 or expenditure is not positive', () => {
    const z = debtKernel(scenario({ horizonYears: 1, districts: [district({ capacity: c(0), budgetExpenditure: c(0), legalDebt: c(5) })] })).districts.get('d1');
    expect([z?.legalRatio[0], z?.broadRatio[0], z?.debtServiceRatio[0], z?.interestBurden[0]]).toEqual([null, null, null, null]);
  });
  it('a stress path may override 综合财力', () => {
    const o = debtKernel(s, { districtCapacity: new Map([['d1', [2000]]]) }).districts.get('d1');
    // (800 + 250) / 2000 = 0.525
    expect(o?.broadRatio[0]).toBeCloseTo(0.525, 15);
  });
  it('a town in an unknown district is a programming error', () => {
    expect(() => debtKernel(scenario({ towns: [town({ district: 'nowhere' })] }))).toThrow(/unknown district/);
  });
});
