import { describe, expect, it } from 'vitest';
import { fundMultiples } from '../../../src/core/funds/metrics.ts';
import { fundChecks } from '../../../src/core/funds/rules.ts';
import type { Fund } from '../../../src/core/funds/types.ts';
import type { RuleOverrides } from '../../../src/core/rules/types.ts';
import { fund } from './fixtures.ts';

// The fixture fund calls 800 of its 1000 万元 over its life (takahashiAlexander.test.ts).
const INVESTED = 800;

function check(f: Fund, rules: RuleOverrides = {}, peak = 0) {
  return fundChecks(f, fundMultiples(f, INVESTED), peak, rules);
}
const row = (f: Fund, rule: string, rules: RuleOverrides = {}) => check(f, rules).limits.find((l) => l.rule === rule);
const finding = (f: Fund, rule: string, rules: RuleOverrides = {}) => check(f, rules).findings.find((l) => l.rule === rule);

describe('fund.government-share (SPEC §5, §11)', () => {
  it('is a breach when the government share is above the 0.3 cap', () => {
    const f = finding(fund({ governmentShare: 0.35 }), 'fund.government-share');
    expect(f?.level).toBe('breach');
    // G = 350, S = 1000: headroom (0.3·1000 − 350)/(1 − 0.3) = −71.43 万元 of government commitment
    expect(f?.headroom).toBeCloseTo(-50 / 0.7, 9);
    expect(f?.message).toMatch(/^政府出资比例：子基金 tech-fund，2026年 35\.00%，超过 30\.00%.* \/ Government share of the fund: fund tech-fund, 2026: 35\.00%, above 30\.00%/);
  });
  it('is not broken at exactly the cap (a rule "> 30%" holds at 30%)', () => {
    const r = row(fund({ governmentShare: 0.3 }), 'fund.government-share');
    expect(r?.level).toBe('ok');
    expect(r?.headroom).toBeCloseTo(0, 9);
  });
  it('reports headroom in 万元 of government commitment, with the fund size moving with it', () => {
    // G = 200: x = (300 − 200)/0.7 = 142.857…; check (200 + x)/(1000 + x) = 0.3
    const r = row(fund(), 'fund.government-share');
    expect(r).toMatchObject({ level: 'ok', value: 0.2, limit: 0.3, year: 2026, subject: { kind: 'fund', id: 'tech-fund' } });
    expect((200 + (r?.headroom ?? 0)) / (1000 + (r?.headroom ?? 0))).toBeCloseTo(0.3, 12);
  });
  it('follows a scenario override of the cap', () => {
    expect(row(fund({ governmentShare: 0.35 }), 'fund.government-share', { 'fund.government-share': { threshold: 0.4 } })?.level).toBe('ok');
  });
});

describe('fund.return-investment (dated: 1.5 until 2024, 1.0 from 2025)', () => {
  // localShare 0.3: invested locally 0.3·800 = 240; G = 200 → 返投倍数 1.2
  const weak = { localShare: 0.3 };
  it('warns when 返投倍数 is below the requirement in force in the establishment year', () => {
    const f = finding(fund({ ...weak, establishedYear: 2024 }), 'fund.return-investment');
    expect(f).toMatchObject({ level: 'warning', value: 1.2, limit: 1.5 });
    expect(f?.headroom).toBeCloseTo(240 - 1.5 * 200, 9); // −60 万元 more to invest in the towns
  });
  it('does not warn for the same fund established in 2026, when 1.0 is in force (国办发〔2025〕1号)', () => {
    expect(row(fund({ ...weak, establishedYear: 2026 }), 'fund.return-investment')).toMatchObject({ level: 'ok', limit: 1 });
  });
  it("a fund's own requirement overrides the rule's", () => {
    expect(finding(fund({ ...weak, returnInvestmentRequirement: 2 }), 'fund.return-investment')).toMatchObject({ level: 'warning', limit: 2 });
  });
  it('has no value and no headroom when there is no government commitment', () => {
    expect(row(fund({ governmentShare: 0 }), 'fund.return-investment')).toMatchObject({ level: 'ok', value: null, headroom: null });
  });
});

describe('fund.investment-multiple', () => {
  it('warns when mobilised / G is below the threshold', () => {
    // p = 1: mobilised 800; g = 0.3: G = 300 → 2.67 < 3; headroom 800 − 3·300 = −100 万元
    const f = finding(fund({ projectShare: 1, governmentShare: 0.3 }), 'fund.investment-multiple');
    expect(f?.level).toBe('warning');
    expect(f?.value).toBeCloseTo(8 / 3, 12);
    expect(f?.headroom).toBeCloseTo(-100, 9);
  });
  it('does not warn when the fund finances a quarter of each project', () => {
    // p = 0.25: mobilised 3200; G = 200 → 16
    expect(row(fund(), 'fund.investment-multiple')).toMatchObject({ level: 'ok', value: 16 });
  });
  it("a fund's own threshold overrides the scenario's", () => {
    expect(finding(fund({ investmentMultipleThreshold: 20 }), 'fund.investment-multiple')?.limit).toBe(20);
  });
});

describe('fund.guarantee (财预〔2015〕210号 Art. 13, 财预〔2017〕50号)', () => {
  it('is a breach for any forbidden term, citing the documents', () => {
    const f = check(fund({ guarantees: [{ kind: 'minimum-return', rate: 0.06 }] }), {}, 123.4).findings.find((x) => x.rule === 'fund.guarantee');
    expect(f).toMatchObject({ level: 'breach', value: 1, limit: 0, headroom: -1 });
    expect(f?.source).toContain('财预〔2015〕210号第十三条');
    expect(f?.source).toContain('财预〔2017〕50号');
    expect(f?.message).toContain('承诺最低收益 6.00%');
    expect(f?.message).toContain('peak guaranteed amount 123.40 万元');
  });
  it('is clean without forbidden terms', () => {
    expect(row(fund(), 'fund.guarantee')).toMatchObject({ level: 'ok', value: 0 });
    expect(check(fund()).findings).toEqual([]);
  });
  it('is not evaluated for a fund established before the rule', () => {
    expect(row(fund({ establishedYear: 2014, guarantees: [{ kind: 'principal-protection' }] }), 'fund.guarantee')).toBeUndefined();
  });
});

describe('fund.real-estate (SPEC §5, 财预〔2015〕210号 第十二条)', () => {
  it('a fund with 50 万元 in real estate is a breach: value 50, limit 0, headroom −50', () => {
    const f = fund({ realEstateInvestment: 50 });
    expect(row(f, 'fund.real-estate')).toMatchObject({ level: 'breach', value: 50, limit: 0, headroom: -50, year: 2026 });
    expect(finding(f, 'fund.real-estate')?.source).toBe('财预〔2015〕210号第十二条');
    expect(finding(f, 'fund.real-estate')?.message).toBe('基金投资房地产：子基金 tech-fund，2026年，不允许；投资房地产 50.00 万元 / '
      + 'Fund investing in real estate: fund tech-fund, 2026: not allowed; 50.00 万元 invested in real estate');
  });
  it('a fund without real estate is fine: value 0, no finding', () => {
    expect(row(fund(), 'fund.real-estate')).toMatchObject({ level: 'ok', value: 0, headroom: 0 });
    expect(finding(fund(), 'fund.real-estate')).toBeUndefined();
  });
  it('is not evaluated for a fund established before 2015', () => {
    expect(row(fund({ establishedYear: 2014, realEstateInvestment: 50 }), 'fund.real-estate')).toBeUndefined();
  });
});
