/** Hidden-debt swap 置换 (SPEC §6): hidden → special one for one, interest saved, findings that say so. */
import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { swapFlows } from '../../../src/core/debt/swaps.ts';
import type { District, HiddenDebtSwap } from '../../../src/core/model/scenario.ts';
import type { SeriesSpec } from '../../../src/core/model/series.ts';
import { c, district, scenario, tbl } from './fixtures.ts';
import { found } from './helpers.ts';

/** Values to 9 decimals (the proportional path carries double residue such as 200.00000000000003). */
const r9 = (a: ArrayLike<number>): number[] => Array.from(a, (x) => Number(x.toFixed(9)));

const swap = (over: Partial<HiddenDebtSwap> = {}): HiddenDebtSwap => ({ year: 2026, amount: 100, coupon: 0.02, tenorYears: 5, ...over });
/** 综合财力 1000, legal 500 (one balance), limit 800, hidden 300, hidden debt costing 5%. */
const run = (swaps: HiddenDebtSwap[], over: Partial<District> = {}, hidden: SeriesSpec = c(300)) => simulateDebt(scenario({
  horizonYears: 3, towns: [],
  districts: [district({ legalDebt: c(500), debtLimit: c(800), hiddenDebt: hidden, hiddenDebtRate: 0.05, swaps, ...over })],
}));

describe('a swap of 100 in 2026 (SPEC §6 "Hidden-debt swap")', () => {
  const before = run([]).districts[0];
  const after = run([swap()]).districts[0];
  it('moves hidden debt into special debt one for one: hidden 300 → 200, special 0 → 100', () => {
    expect(before?.hiddenDebt).toEqual([300, 300, 300]);
    expect(after?.hiddenDebt).toEqual([200, 200, 200]);
    expect(after?.specialDebt).toEqual([100, 100, 100]);
    expect(after?.legalDebt).toEqual([600, 600, 600]);
    expect(after?.swapped).toEqual([100, 0, 0]);
  });
  it('leaves the broad ratio unchanged (0.8) and raises the legal one (0.5 → 0.6)', () => {
    expect(after?.broadRatio).toEqual(before?.broadRatio);
    expect(before?.legalRatio).toEqual([0.5, 0.5, 0.5]);
    expect(after?.legalRatio).toEqual([0.6, 0.6, 0.6]);
    expect(after?.compositeRatio).toEqual(before?.compositeRatio);
  });
  it('raises the limit by the amount: 800 → 900, headroom unchanged at 300', () => {
    expect(after?.debtLimit).toEqual([900, 900, 900]);
    expect(after?.debtHeadroom).toEqual(before?.debtHeadroom);
  });
  it('saves interest from the next year: 100 × (5% − 2%) = 3 a year', () => {
    expect(after?.interestSaved).toEqual([0, 3, 3]);
  });
  it('pays the coupon as special-debt interest and debt service: 100 × 2% = 2 a year from 2027', () => {
    const withFund = run([swap()], { fundExpenditure: c(100) }).districts[0];
    expect(withFund?.interestRatioSpecial).toEqual([0, 0.02, 0.02]);
    expect(withFund?.debtServiceRatio).toEqual([0, 0.002, 0.002]);
  });
  it('with debt by type, the special limit rises by the amount', () => {
    const d = run([swap()], {
      legalDebt: c(0), debtLimit: null,
      debtByType: { general: { balance: c(500), limit: c(600), interest: c(0) }, special: { balance: c(0), limit: c(200), interest: c(0) } },
    }).districts[0];
    expect([d?.specialLimit, d?.specialHeadroom, d?.generalLimit]).toEqual([[300, 300, 300], [200, 200, 200], [600, 600, 600]]);
  });
});

describe('swap flows', () => {
  it('take the swapped share off the rest of the hidden path: 100 of 300 in 2026, the path 300, 150 → 200, 100', () => {
    expect(r9(swapFlows([swap()], [300, 150], 0.05, 2026, 2).hiddenAfter)).toEqual([200, 100]);
  });
  it('cannot swap more than the hidden debt there is: 500 asked, 300 swapped', () => {
    const f = swapFlows([swap({ amount: 500 })], [300, 300], 0.05, 2026, 2);
    expect([Array.from(f.swapped), Array.from(f.hiddenAfter), Array.from(f.balance)]).toEqual([[300, 0], [0, 0], [300, 300]]);
  });
  it('repay the refinancing bond at maturity: tenor 1 from 2026 → repaid at the end of 2027, the limit stays raised', () => {
    const f = swapFlows([swap({ tenorYears: 1 })], [300, 300, 300], 0.05, 2026, 3);
    expect([Array.from(f.balance), Array.from(f.principal), Array.from(f.limitRaise)]).toEqual([[100, 0, 0], [0, 100, 0], [100, 100, 100]]);
  });
  it('accumulate swaps of 2026–2028', () => {
    const f = swapFlows([swap(), swap({ year: 2027, amount: 50 }), swap({ year: 2028, amount: 50 })], [300, 300, 300], 0.05, 2026, 3);
    expect([r9(f.hiddenAfter), Array.from(f.balance)]).toEqual([[200, 150, 100], [100, 150, 200]]);
  });
});

describe('findings a swap causes say so (SPEC §6)', () => {
  it('the legal tier turns yellow because of the swap: 1150 / 1000 green → 1250 / 1000 yellow', () => {
    const out = run([swap()], { legalDebt: c(1150), debtLimit: c(2000) }, tbl({ 2026: 300, 2027: 300, 2028: 300 }));
    const f = found(out, 'district.tier')[0];
    expect(f?.level).toBe('warning');
    expect(f?.message).toMatch(/由隐性债务置换引起/);
  });
  it('a finding that would be there without the swap does not blame it', () => {
    const out = run([swap()], { legalDebt: c(1300), debtLimit: c(2000) });
    expect(found(out, 'district.tier')[0]?.message).not.toMatch(/置换/);
  });
  it('special interest above 10% of fund expenditure because of swap bonds says so', () => {
    // fund expenditure 15: own special interest 0 + coupon 2 → 13.3% > 10%
    const out = run([swap()], { fundExpenditure: c(15) });
    const f = found(out, 'district.interest-10')[0];
    expect(f?.year).toBe(2027);
    expect(f?.message).toMatch(/^付息支出占比10%：区 d1，2027年 13\.33%，超过 10\.00%，余量 -0\.50 万元；专项债务付息\/政府性基金预算支出，应启动财政重整（由隐性债务置换引起：置换把隐性债务转为专项债务） \/ .*; special-debt interest \/ fund-budget expenditure: fiscal restructuring \(caused by the hidden-debt swap\)$/);
    // the note once per language
    expect(f?.message.match(/由隐性债务置换引起/g)).toHaveLength(1);
    expect(f?.message.match(/caused by the hidden-debt swap/g)).toHaveLength(1);
  });
});
