import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { c, district, scenario, tbl, town } from './fixtures.ts';
import { found, rows } from './helpers.ts';

/** 综合财力 1000, own hidden debt `h`; the town borrows `borrow` from its platform (hidden share `hs`) and issues `bond` of special bonds in 2026. */
function run(h: number, borrow: number, bond: number, hs = 0) {
  return simulateDebt(scenario({
    horizonYears: 1,
    districts: [district({ hiddenDebt: c(h) })],
    towns: [town({
      platform: { openingBalance: 0, newBorrowing: tbl({ 2026: borrow }), hiddenShare: hs, rate: 0.05, tenorYears: 5, repayment: 'bullet' },
      bonds: bond > 0 ? [{ id: 'b', amount: bond, issueYear: 2026, tenorYears: 10, rate: 0.03, repayment: 'bullet', projectRevenue: c(0) }] : [],
    })],
  }));
}

describe('district.platform-borrowing (SPEC §6 "Risk warning" on the composite ratio, 发改规划〔2017〕2084号)', () => {
  it('new town platform borrowing in a year with composite ratio > 1.0 is a breach, with the town as subject', () => {
    // composite = (1001 + 0.1464·50) / 1000 = 1.00832 > 1.0; weight 0.1464, excess 8.32 → 8.32/0.1464 = 56.8 > 50 → headroom −50
    const out = run(1001, 50, 0);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'breach', subject: { kind: 'town', id: 't1' }, limit: 1, headroom: -50 });
    expect(out.districts[0]?.compositeRatio[0]).toBeCloseTo(1.00832, 12);
    expect(out.districts[0]?.onWarning).toEqual([true]);
    expect(found(out, 'district.platform-borrowing')[0]?.message).toBe(
      // value = the composite ratio 1.00832 (1.01 tells it from the line 1.00), headroom −50 万元 of borrowing
      '预警地区平台融资：小镇 t1，2026年 1.01，超过 1.00，余量 -50.00 万元；所在区综合债务率超过预警线（风险预警），小镇仍通过平台公司新增融资 50.00 万元 / Platform borrowing on warning: town t1, 2026: 1.01, above 1.00, headroom -50.00 万元; new platform borrowing of 50.00 万元 for the town while its district\'s composite debt ratio is above the warning line',
    );
  });
  it('counts that year’s flows: hidden share 0.5 enters at 0.5 + 0.1464·0.5 = 0.5732 a 万元', () => {
    // own 980 + 0.5·100 hidden + 0.1464·50 platform = 1037.32 → 1.03732; back to 1.0 needs 37.32 / 0.5732 = 65.108… < 100
    const out = run(980, 100, 0, 0.5);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'breach' });
    expect(rows(out, 'district.platform-borrowing')[0]?.headroom).toBeCloseTo(-37.32 / 0.5732, 9);
  });
  it('is not a breach at exactly 1.0 (the rule is "> 1.0"): own 954.144 + 0.5732·80 = 1000, headroom 0', () => {
    const out = run(954.144, 80, 0, 0.5);
    const row = rows(out, 'district.platform-borrowing')[0];
    expect(row).toMatchObject({ level: 'ok', headroom: 0 });
    expect(row?.value).toBeCloseTo(1, 12);
    expect(out.districts[0]?.onWarning).toEqual([false]);
    expect(found(out, 'district.platform-borrowing')).toEqual([]);
  });
  it('is not a breach without new borrowing, even on warning (headroom 0: any borrowing would be)', () => {
    const out = run(1500, 0, 0);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'ok', headroom: 0 });
  });
  it('platform debt not identified as hidden moves the composite ratio at c_r: headroom (1000 − 500 − 0.1464·50) / 0.1464', () => {
    const row = rows(run(500, 50, 0), 'district.platform-borrowing')[0];
    expect(row).toMatchObject({ level: 'ok' });
    expect(row?.headroom).toBeCloseTo((1000 - 500 - 0.1464 * 50) / 0.1464, 9);
  });
});

describe('district.bonds-on-warning (SPEC §6, 国办发〔2020〕33号 "原则上不得": a breach)', () => {
  it('new town special bonds in a year with composite ratio > 1.0 are a breach', () => {
    // composite = (950 + 100) / 1000 = 1.05; back to 1.0 needs 50 < 100 → headroom −50
    const out = run(950, 0, 100);
    expect(rows(out, 'district.bonds-on-warning')[0]).toMatchObject({ level: 'breach', headroom: -50 });
    expect(found(out, 'district.bonds-on-warning')[0]?.source).toMatch(/^国办发〔2020〕33号/);
  });
  it('are fine when the ratio stays at or below 1.0: headroom 1000 − 900 − 100 = 0', () => {
    const out = run(900, 0, 100);
    expect(rows(out, 'district.bonds-on-warning')[0]).toMatchObject({ level: 'ok', headroom: 0 });
    expect(found(out, 'district.bonds-on-warning')).toEqual([]);
  });
  it('a town without bonds is not evaluated', () => {
    expect(rows(run(2000, 0, 0), 'district.bonds-on-warning')).toEqual([]);
  });
});
