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

describe('district.platform-borrowing (SPEC §6, 发改规划〔2017〕2084号)', () => {
  it('new town platform borrowing in a year with broad ratio > 1.0 is a breach, with the town as subject', () => {
    // broad = 1001 / 1000 = 1.001 > 1.0; borrowing 50 with hidden share 0 → reduction needed = min(50, ∞) = 50
    const out = run(1001, 50, 0);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'breach', subject: { kind: 'town', id: 't1' }, limit: 1, headroom: -50 });
    expect(found(out, 'district.platform-borrowing')[0]?.message).toMatch(/^预警地区平台融资：小镇 t1，2026年 [\d.]+，超过 1\.0+，.*平台公司新增融资 50\.00 万元 \/ Platform borrowing on warning: town t1, 2026: [\d.]+, above 1\.0+, .*new platform borrowing of 50\.00 万元/);
  });
  it('counts that year’s flows: borrowing whose hidden share lifts the ratio past 1.0 is a breach', () => {
    // own 980 + 0.5·100 = 1030 → 1.03; cutting it back to 1.0 needs (1030 − 1000)/0.5 = 60 < 100
    const out = run(980, 100, 0, 0.5);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'breach' });
    expect(rows(out, 'district.platform-borrowing')[0]?.headroom).toBeCloseTo(-60, 9);
  });
  it('is not a breach at exactly 1.0 (the rule is "> 1.0"); headroom (1000 − 960 − 40)/0.5 = 0', () => {
    const out = run(960, 80, 0, 0.5);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'ok', value: 1, headroom: 0 });
    expect(found(out, 'district.platform-borrowing')).toEqual([]);
  });
  it('is not a breach without new borrowing, even on warning (headroom 0: any borrowing would be)', () => {
    const out = run(1500, 0, 0);
    expect(rows(out, 'district.platform-borrowing')[0]).toMatchObject({ level: 'ok', headroom: 0 });
  });
  it('has no finite headroom below the trigger when the borrowing is not hidden (it does not move the ratio)', () => {
    expect(rows(run(500, 50, 0), 'district.platform-borrowing')[0]).toMatchObject({ level: 'ok', headroom: null });
  });
});

describe('district.bonds-on-warning (SPEC §6, 国办发〔2020〕33号)', () => {
  it('new town special bonds in a year with broad ratio > 1.0 are a warning', () => {
    // broad = (950 + 100) / 1000 = 1.05; back to 1.0 needs 50 < 100 → headroom −50
    const out = run(950, 0, 100);
    expect(rows(out, 'district.bonds-on-warning')[0]).toMatchObject({ level: 'warning', headroom: -50 });
    expect(found(out, 'district.bonds-on-warning')[0]?.source).toBe('国办发〔2020〕33号');
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
