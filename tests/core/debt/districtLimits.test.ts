import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { c, district, scenario } from './fixtures.ts';
import { found, rows } from './helpers.ts';

/** One district, one year, 综合财力 1000, own hidden debt `h`, legal `l`, limit `lim`. */
const run = (h: number, l = 0, lim = 10_000, startYear = 2026) =>
  simulateDebt(scenario({ startYear, horizonYears: 1, towns: [], districts: [district({ hiddenDebt: c(h), legalDebt: c(l), debtLimit: c(lim) })] }));

describe('district.tier on the legal ratio (SPEC §6 "Risk tiers", official)', () => {
  it('a legal ratio of exactly 1.2 is yellow: a warning with headroom 1.2·1000 − 1200 = 0', () => {
    const out = run(0, 1200);
    expect(rows(out, 'district.tier')[0]).toMatchObject({ level: 'warning', value: 1.2, limit: 1.2, headroom: 0 });
    expect(out.districts[0]?.tier).toEqual(['yellow']);
    expect(found(out, 'district.tier')[0]?.message).toBe(
      // the one message style (issue #11): label, subject, year, value, bound (a tier edge is reached: 达到), headroom; detail = the tier
      '法定债务率风险等级（官方）：区 d1，2026年 1.20，达到 1.20，余量 0.00 万元；处于黄档 / Legal debt-ratio tier (official): district d1, 2026: 1.20, at or above 1.20, headroom 0.00 万元; in the yellow tier',
    );
  });
  it('just below 1.2 is green with no finding: headroom 1200 − 1199.99 = 0.01 万元', () => {
    const out = run(0, 1199.99);
    expect(out.districts[0]?.tier).toEqual(['green']);
    expect(rows(out, 'district.tier')[0]?.level).toBe('ok');
    expect(rows(out, 'district.tier')[0]?.headroom).toBeCloseTo(0.01, 9);
    expect(found(out, 'district.tier')).toEqual([]);
  });
  it('hidden debt does not move it: legal 0, hidden 1500 is green (the broad tier is yellow)', () => {
    const out = run(1500);
    expect(out.districts[0]?.tier).toEqual(['green']);
    expect(out.districts[0]?.tierBroad).toEqual(['yellow']);
  });
  it('orange (2.0) and red (3.0) are breaches; headroom stays measured to the yellow edge', () => {
    const orange = run(0, 2000);
    expect(orange.districts[0]?.tier).toEqual(['orange']);
    expect(rows(orange, 'district.tier')[0]).toMatchObject({ level: 'breach', headroom: -800 });
    const red = run(0, 3000);
    expect(red.districts[0]?.tier).toEqual(['red']);
    expect(found(red, 'district.tier')[0]?.level).toBe('breach');
  });
  it('just below 2.0 is still yellow, just below 3.0 still orange', () => {
    expect(run(0, 1999.99).districts[0]?.tier).toEqual(['yellow']);
    expect(run(0, 2999.99).districts[0]?.tier).toEqual(['orange']);
  });
  it('before 2021 the tier is reported but no limit is evaluated', () => {
    const out = run(0, 1500, 10_000, 2019);
    expect(out.districts[0]?.tier).toEqual(['yellow']);
    expect(rows(out, 'district.tier')).toEqual([]);
  });
  it('a district without 综合财力 has no ratio, no tier and a null headroom', () => {
    const out = simulateDebt(scenario({ horizonYears: 1, towns: [], districts: [district({ capacity: c(0), hiddenDebt: c(5) })] }));
    expect(out.districts[0]?.tier).toEqual([null]);
    expect(rows(out, 'district.tier')[0]).toMatchObject({ level: 'ok', value: null, headroom: null });
  });
});

describe('district.tier-broad on the broad ratio (SPEC §6: the commission\'s practice line, warning only)', () => {
  it('a broad ratio of exactly 1.2 is yellow: a warning labelled as practice, headroom 1.2·1000 − 1200 = 0', () => {
    const out = run(1200);
    expect(rows(out, 'district.tier-broad')[0]).toMatchObject({ level: 'warning', value: 1.2, limit: 1.2, headroom: 0 });
    expect(out.districts[0]?.tierBroad).toEqual(['yellow']);
    expect(found(out, 'district.tier-broad')[0]?.message).toBe(
      // labelled as practice in the label and in the detail, in both languages
      '宽口径债务率风险等级（实践口径）：区 d1，2026年 1.20，达到 1.20，余量 0.00 万元；处于黄档（实践口径，非法规） / Broad debt-ratio tier (practice line): district d1, 2026: 1.20, at or above 1.20, headroom 0.00 万元; in the yellow tier (practice line, not regulation)',
    );
  });
  it('orange and red stay warnings (never a breach): broad 2.0 and 3.0', () => {
    const orange = run(1000, 1000);
    expect(orange.districts[0]?.tierBroad).toEqual(['orange']);
    expect(rows(orange, 'district.tier-broad')[0]).toMatchObject({ level: 'warning', headroom: -800 });
    expect(run(3000).districts[0]?.tierBroad).toEqual(['red']);
    expect(found(run(3000), 'district.tier-broad')[0]?.level).toBe('warning');
  });
  it('just below 1.2 is green: hidden 1199.99, headroom 0.01 万元', () => {
    const out = run(1199.99);
    expect(out.districts[0]?.tierBroad).toEqual(['green']);
    expect(rows(out, 'district.tier-broad')[0]?.headroom).toBeCloseTo(0.01, 9);
  });
});

describe('district.debt-limit (SPEC §6: legal debt ≤ 债务限额)', () => {
  it('is breached when legal debt exceeds the limit; headroom = limit − balance = −1', () => {
    const out = run(0, 901, 900);
    expect(rows(out, 'district.debt-limit')[0]).toMatchObject({ level: 'breach', value: 901, limit: 900, headroom: -1 });
    expect(found(out, 'district.debt-limit')[0]?.source).toMatch(/预算法/);
    expect(out.districts[0]?.debtHeadroom).toEqual([-1]);
  });
  it('is not breached at exactly the limit', () => {
    const out = run(0, 900, 900);
    expect(rows(out, 'district.debt-limit')[0]).toMatchObject({ level: 'ok', headroom: 0 });
    expect(found(out, 'district.debt-limit')).toEqual([]);
  });
});
