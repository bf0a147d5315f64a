/**
 * The new debt limits of SPEC §6/§11 at the line (SPEC §1): exactly at each limit is ok,
 * 1 fen (0.000001 万元) over is a breach. Lines are kept below 1,000 万元 so that one fen is
 * more than SPEC §1's relative tolerance of 1e−9 (on a line of 10 亿元 one fen is within it).
 */
import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import type { District, Town } from '../../../src/core/model/scenario.ts';
import { c, district, FEN, scenario, tbl, town } from './fixtures.ts';
import { found, rows } from './helpers.ts';

const one = (d: Partial<District>, towns: Town[] = [], horizonYears = 1) =>
  simulateDebt(scenario({ horizonYears, towns, districts: [district(d)] }));
const level = (out: ReturnType<typeof one>, rule: string) => rows(out, rule).map((r) => r.level);

const byType = (general: number, special: number, gLimit = 500, sLimit = 150): Partial<District> => ({
  legalDebt: c(0), debtLimit: null,
  debtByType: { general: { balance: c(general), limit: c(gLimit), interest: c(0) }, special: { balance: c(special), limit: c(sLimit), interest: c(0) } },
});

describe('district.debt-limit-general / -special / total at the line', () => {
  it('general debt exactly at its limit (500) is ok with headroom 0; 1 fen over is a breach', () => {
    expect(rows(one(byType(500, 0)), 'district.debt-limit-general')[0]).toMatchObject({ level: 'ok', headroom: 0 });
    const over = one(byType(500 + FEN, 0));
    expect(level(over, 'district.debt-limit-general')).toEqual(['breach']);
    expect(found(over, 'district.debt-limit-general')[0]?.message).toBe(
      // 1 fen over: value and line get the decimals that tell them apart; headroom −0.000001 shows as 0.00 万元 (fen-rounded)
      '一般债务限额：区 d1，2026年 500.000001 万元，超过 500.000000 万元，余量 0.00 万元；一般债务余额超过一般债务限额 / General-debt limit: district d1, 2026: 500.000001 万元, above 500.000000 万元, headroom 0.00 万元; General debt above its limit',
    );
  });
  it('special debt exactly at its limit (150) is ok; 1 fen over is a breach', () => {
    expect(level(one(byType(0, 150)), 'district.debt-limit-special')).toEqual(['ok']);
    expect(level(one(byType(0, 150 + FEN)), 'district.debt-limit-special')).toEqual(['breach']);
  });
  it('a town\'s special bond counts against the special limit: own 100 + bond 50 = 150', () => {
    const bond = (amount: number): Town => town({ bonds: [{ id: 'b', amount, issueYear: 2026, tenorYears: 5, rate: 0.03, repayment: 'bullet', projectRevenue: c(10) }] });
    expect(level(one(byType(0, 100), [bond(50)]), 'district.debt-limit-special')).toEqual(['ok']);
    expect(level(one(byType(0, 100), [bond(50 + FEN)]), 'district.debt-limit-special')).toEqual(['breach']);
  });
  it('the total limit (one balance, one limit) exactly at 500 is ok; 1 fen over is a breach', () => {
    expect(level(one({ legalDebt: c(500), debtLimit: c(500) }), 'district.debt-limit')).toEqual(['ok']);
    expect(level(one({ legalDebt: c(500 + FEN), debtLimit: c(500) }), 'district.debt-limit')).toEqual(['breach']);
  });
});

describe('district.interest-10 at the line (国办函〔2016〕88号)', () => {
  const interest = (general: number, special: number): Partial<District> => ({
    budgetExpenditure: c(500), fundExpenditure: c(100), legalDebt: c(0), debtLimit: null,
    debtByType: { general: { balance: c(0), limit: c(900), interest: c(general) }, special: { balance: c(0), limit: c(900), interest: c(special) } },
  });
  it('general interest 50 / 500 = exactly 10% is ok, headroom 0; 1 fen more is a breach', () => {
    expect(rows(one(interest(50, 0)), 'district.interest-10')[0]).toMatchObject({ level: 'ok', value: 0.1, headroom: 0 });
    expect(level(one(interest(50 + FEN, 0)), 'district.interest-10')).toEqual(['breach']);
  });
  it('special interest 10 / 100 = exactly 10% is ok; 1 fen more is a breach, reported on the fund budget', () => {
    expect(level(one(interest(0, 10)), 'district.interest-10')).toEqual(['ok']);
    const over = one(interest(0, 10 + FEN));
    expect(level(over, 'district.interest-10')).toEqual(['breach']);
    expect(found(over, 'district.interest-10')[0]?.message).toMatch(
      /^付息支出占比10%：区 d1，2026年 10\.000001%，超过 10\.000000%，余量 0\.00 万元；专项债务付息\/政府性基金预算支出，应启动财政重整 \/ Interest 10% of expenditure: district d1, 2026: 10\.000001%, above 10\.000000%, headroom 0\.00 万元; special-debt interest \/ fund-budget expenditure: fiscal restructuring$/,
    );
  });
  it('takes the binding budget: general 4%, special 12% → value 0.12, headroom = min(50 − 20, 10 − 12) = −2', () => {
    expect(rows(one(interest(20, 12)), 'district.interest-10')[0]).toMatchObject({ level: 'breach', value: 0.12 });
    expect(rows(one(interest(20, 12)), 'district.interest-10')[0]?.headroom).toBeCloseTo(-2, 12);
  });
});

describe('town.new-hidden-debt (国发〔2014〕43号): no new hidden debt anywhere', () => {
  const platform = (borrow: number, newHiddenShare: number | undefined, hiddenShare = 0.3): Town => town({
    platform: { openingBalance: 100, newBorrowing: tbl({ 2026: borrow }), hiddenShare, newHiddenShare, rate: 0.05, tenorYears: 5, repayment: 'bullet' },
  });
  it('new borrowing with hidden share 0 is ok (the legacy hidden share stays in the stock)', () => {
    expect(rows(one({}, [platform(50, 0)]), 'town.new-hidden-debt')[0]).toMatchObject({ level: 'ok', value: 0, headroom: 0 });
  });
  it('1 fen of new hidden debt is a breach: 1 万元 borrowed at a hidden share of 0.000001', () => {
    const out = one({}, [platform(1, 0.000001)]);
    expect(level(out, 'town.new-hidden-debt')).toEqual(['breach']);
    expect(rows(out, 'town.new-hidden-debt')[0]?.value).toBeCloseTo(FEN, 15);
  });
  it('without newHiddenShare, new borrowing takes the platform\'s hidden share: 50 × 0.3 = 15 of new hidden debt', () => {
    const out = one({}, [platform(50, undefined)]);
    expect(rows(out, 'town.new-hidden-debt')[0]).toMatchObject({ level: 'breach', value: 15, headroom: -15 });
    expect(found(out, 'town.new-hidden-debt')[0]?.message).toBe(
      // value 15 above the line 0, headroom −15 (the new hidden debt to take back); detail: the borrowing and its share
      '新增隐性债务：小镇 t1，2026年 15.00 万元，超过 0.00 万元，余量 -15.00 万元；新增平台融资 50.00 万元，其中 30.0% 被认定为隐性债务：不得新增隐性债务 / New hidden debt: town t1, 2026: 15.00 万元, above 0.00 万元, headroom -15.00 万元; new platform borrowing of 50.00 万元, 30.0% of it hidden debt: no new hidden debt is allowed',
    );
  });
  it('the new tranche is hidden at its own share: opening 100 at 0.3 + new 50 at 0 → hidden 30 at the end of 2026', () => {
    const out = one({}, [platform(50, 0)]);
    expect(out.towns.get('t1')?.hidden).toEqual([30]);
    expect(out.towns.get('t1')?.platform).toEqual([120]);
  });
});

describe('risk warning on the composite ratio and removal candidates (SPEC §6)', () => {
  it('a composite ratio of exactly 1.0 is not on warning; 1 fen more is', () => {
    expect(one({ capacity: c(100), hiddenDebt: c(100) }).districts[0]?.onWarning).toEqual([false]);
    expect(one({ capacity: c(100), hiddenDebt: c(100 + FEN) }).districts[0]?.onWarning).toEqual([true]);
  });
  it('two consecutive warning years make the towns removal candidates: a warning in the second year', () => {
    // hidden 110, 120, 90, 130 on capacity 100: on warning 2026, 2027, not 2028, again 2029
    // headroom = 2 − run (warning years to the line; reaching it is the finding, on it the headroom is 0 by SPEC §1)
    const out = one({ capacity: c(100), hiddenDebt: tbl({ 2026: 110, 2027: 120, 2028: 90, 2029: 130 }) }, [town()], 4);
    expect(out.districts[0]?.onWarning).toEqual([true, true, false, true]);
    const r = rows(out, 'district.warning-removal-candidate');
    expect(r.map((x) => [x.year, x.value, x.level, x.headroom])).toEqual([[2026, 1, 'ok', 1], [2027, 2, 'warning', 0], [2028, 0, 'ok', 2], [2029, 1, 'ok', 1]]);
    expect(r[1]?.subject).toEqual({ kind: 'town', id: 't1' });
    expect(found(out, 'district.warning-removal-candidate')[0]?.message).toMatch(/^连续预警：小镇拟淘汰：小镇 t1，2027年 2.*，达到 2.*，余量 0.*；所在区连续处于债务风险预警，小镇列为拟淘汰对象.* \/ Consecutive warning: removal candidate: town t1, 2027: .*candidate for removal/);
  });
  it('the trigger follows an override of district.platform-borrowing: 1.2 → hidden 110 is no warning', () => {
    const out = simulateDebt(scenario({ horizonYears: 1, towns: [], rules: { 'district.platform-borrowing': { threshold: 1.2 } }, districts: [district({ capacity: c(100), hiddenDebt: c(110) })] }));
    expect(out.districts[0]?.onWarning).toEqual([false]);
  });
});

describe('tiers at the line (SPEC §1): exactly 1.2 is yellow, 1 fen below is green', () => {
  it('district.tier on legal debt 120 / 100, and 119.999999', () => {
    expect(one({ capacity: c(100), legalDebt: c(120) }).districts[0]?.tier).toEqual(['yellow']);
    expect(one({ capacity: c(100), legalDebt: c(120 - FEN) }).districts[0]?.tier).toEqual(['green']);
  });
  it('district.tier-broad on hidden debt 120 / 100, and 119.999999', () => {
    expect(one({ capacity: c(100), hiddenDebt: c(120) }).districts[0]?.tierBroad).toEqual(['yellow']);
    expect(one({ capacity: c(100), hiddenDebt: c(120 - FEN) }).districts[0]?.tierBroad).toEqual(['green']);
  });
});

describe('bond.self-balance at the line: a small bond, life-time coverage exactly 1.2 and 1 fen short', () => {
  // 10 万元 at 5%, 3 years, bullet, issued 2026: service 0.5, 0.5, 10.5 = 11.5; 1.2 × 11.5 = 13.8 = 4.6 a year
  const run = (revenue: Record<string, number>) => simulateDebt(scenario({ horizonYears: 4, towns: [town({ bonds: [
    { id: 'b', amount: 10, issueYear: 2026, tenorYears: 3, rate: 0.05, repayment: 'bullet', projectRevenue: tbl(revenue) },
  ] })] }));
  it('13.8 over the life is ok; 13.8 − 1 fen warns', () => {
    expect(level(run({ 2027: 4.6, 2028: 4.6, 2029: 4.6 }), 'bond.self-balance')).toEqual(['ok', 'ok', 'ok']);
    expect(level(run({ 2027: 4.6, 2028: 4.6, 2029: 4.6 - FEN }), 'bond.self-balance')).toEqual(['warning', 'warning', 'warning']);
  });
});
