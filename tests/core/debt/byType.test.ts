/**
 * Debt by type and 综合财力 by parts (SPEC §6): each ratio hand-computed from its parts.
 */
import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { capacityParts } from '../../../src/core/debt/capacity.ts';
import type { CapacityParts, District } from '../../../src/core/model/scenario.ts';
import { c, district, scenario, town } from './fixtures.ts';
import { rows } from './helpers.ts';

/**
 * 一般公共预算财力 = 600 + 300 − 100 = 800;
 * 政府性基金财力 = 150 + 50 − 20 − 30 + land 500 × 0.4 = 150 + 200 = 350; 综合财力 = 1150.
 */
const parts: CapacityParts = {
  generalBudget: { ownRevenue: c(600), transfersIn: c(300), remittances: c(100) },
  fundBudget: { revenue: c(150), transfersIn: c(50), remittances: c(20), costSpending: c(30) },
  land: { gross: c(500), netShare: 0.4 },
};

const byTypeDistrict = (over: Partial<District> = {}): District => district({
  capacity: null, capacityParts: parts, debtLimit: null, fundExpenditure: c(100), guaranteedDebt: c(200), hiddenDebt: c(120),
  debtByType: {
    general: { balance: c(400), limit: c(500), interest: c(20) },
    special: { balance: c(100), limit: c(300), interest: c(6) },
  },
  ...over,
});

/** The town: a special bond of 50 (issued 2026) and platform debt of 100, 30% hidden. */
const theTown = town({
  bonds: [{ id: 'b', amount: 50, issueYear: 2026, tenorYears: 10, rate: 0.03, repayment: 'bullet', projectRevenue: c(10) }],
  platform: { openingBalance: 100, newBorrowing: c(0), hiddenShare: 0.3, rate: 0.05, tenorYears: 5, repayment: 'bullet' },
});

const run = (d: District = byTypeDistrict()) => simulateDebt(scenario({ horizonYears: 1, districts: [d], towns: [theTown] }));

describe('综合财力 by parts (SPEC §6, 财预〔2017〕35号)', () => {
  it('adds own revenue + transfers − remittances, and fund revenue + transfers − remittances − costs + land × netShare', () => {
    const p = capacityParts(parts, 2026, 1);
    expect([p.generalBudget[0], p.fundBudget[0], p.land[0]]).toEqual([800, 350, 200]);
    const d = run().districts[0];
    expect(d?.capacity).toEqual([1150]);
    expect(d?.capacityParts).toEqual({ generalBudget: [800], fundBudget: [350], land: [200] });
  });
  it('a land shock moves the fund part: gross 500 → 250 takes 100 off 综合财力', () => {
    const shocked = run(byTypeDistrict({ capacityParts: { ...parts, land: { gross: c(250), netShare: 0.4 } } }));
    expect(shocked.districts[0]?.capacity).toEqual([1050]);
  });
});

describe('ratios from the parts (SPEC §6 "District ratios")', () => {
  // G = 400; S = 100 own + 50 town bond = 150; L = 550; H = 120 own + 0.3·100 = 150;
  // town platform not hidden P = 70; guaranteed 200.
  const d = run().districts[0];
  it('一般债务率 = 400 / 800 = 0.5 and 专项债务率 = 150 / 350', () => {
    expect([d?.generalDebt, d?.specialDebt]).toEqual([[400], [150]]);
    expect(d?.generalRatio).toEqual([0.5]);
    expect(d?.specialRatio[0]).toBeCloseTo(150 / 350, 15);
  });
  it('法定债务率 = 550 / 1150, broad = (550 + 150) / 1150', () => {
    expect(d?.legalRatio[0]).toBeCloseTo(550 / 1150, 15);
    expect(d?.broadRatio[0]).toBeCloseTo(700 / 1150, 15);
  });
  it('composite = (550 + 150 + 0.1913·200 + 0.1464·70) / 1150 = 748.508 / 1150', () => {
    expect(d?.compositeRatio[0]).toBeCloseTo(748.508 / 1150, 15);
  });
  it('the conversion rates are overridable: c_g = 0.5, c_r = 0 gives (700 + 100) / 1150', () => {
    const o = run(byTypeDistrict({ conversionRates: { guaranteed: 0.5, platform: 0 } })).districts[0];
    expect(o?.compositeRatio[0]).toBeCloseTo(800 / 1150, 15);
  });
  it('limits and headroom by type: general 500 − 400 = 100, special 300 − 150 = 150, total 800 − 550 = 250', () => {
    expect([d?.generalLimit, d?.specialLimit, d?.debtLimit]).toEqual([[500], [300], [800]]);
    expect([d?.generalHeadroom, d?.specialHeadroom, d?.debtHeadroom]).toEqual([[100], [150], [250]]);
  });
  it('interest ratios by budget: 20 / 500 = 4% general, 6 / 100 = 6% special (the bond pays from 2027)', () => {
    expect(d?.interestRatioGeneral).toEqual([0.04]);
    expect(d?.interestRatioSpecial).toEqual([0.06]);
  });
  it('without capacity by parts the type ratios are null; without fund expenditure the special interest ratio is null', () => {
    const one = run(byTypeDistrict({ capacity: c(1150), capacityParts: null, fundExpenditure: null })).districts[0];
    expect([one?.generalRatio, one?.specialRatio, one?.interestRatioSpecial, one?.capacityParts]).toEqual([[null], [null], [null], null]);
    expect(one?.legalRatio[0]).toBeCloseTo(550 / 1150, 15);
  });
});

describe('refinancing and 偿债率 (SPEC §6)', () => {
  it('rolls over a share of the own maturing principal: service 100 with interest 26 → principal 74, 50% refinanced → net (100 − 37) / 1150', () => {
    const d = run(byTypeDistrict({ legalDebtService: c(100), refinancingShare: 0.5 })).districts[0];
    expect(d?.debtServiceRatio[0]).toBeCloseTo(100 / 1150, 15);
    expect(d?.debtServiceRatioNet[0]).toBeCloseTo(63 / 1150, 15);
  });
});

describe('the type limits are evaluated only when the debt is given by type', () => {
  it('an old-form district (one balance, one limit) has no -general/-special rows', () => {
    const old = run(district());
    expect(rows(old, 'district.debt-limit-general')).toEqual([]);
    expect(rows(old, 'district.debt-limit-special')).toEqual([]);
    expect(old.districts[0]?.specialDebt).toEqual([50]); // the town's bond is special debt
  });
});

describe('a land shock (SPEC §8) through the debt inputs', () => {
  it('by parts: land −23% takes 500 × 0.23 × 0.4 = 46 off the fund part and 综合财力 (1150 → 1104)', () => {
    const out = simulateDebt(scenario({ horizonYears: 1, districts: [byTypeDistrict()], towns: [theTown] }), { districtLandFactor: { d1: [0.77] } });
    const d = out.districts[0];
    expect(d?.capacity[0]).toBeCloseTo(1104, 9);
    expect(d?.capacityParts?.land[0]).toBeCloseTo(154, 9);
    expect(d?.specialRatio[0]).toBeCloseTo(150 / 304, 12);
  });
  it('as one series: the shock hits the land revenue within it: 1000 − 300 × (1 − 0.5) = 850', () => {
    const out = simulateDebt(scenario({ horizonYears: 1, towns: [], districts: [district({ landRevenue: c(300) })] }), { districtLandFactor: new Map([['d1', [0.5]]]) });
    expect(out.districts[0]?.capacity).toEqual([850]);
  });
});
