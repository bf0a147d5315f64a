import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { bondFlows } from '../../../src/core/debt/bonds.ts';
import { bondLife } from '../../../src/core/debt/bondLife.ts';
import { selfBalanceCoverage } from '../../../src/core/debt/selfBalance.ts';
import type { SpecialBond } from '../../../src/core/model/scenario.ts';
import { c, scenario, tbl, town } from './fixtures.ts';
import { found, rows } from './helpers.ts';

/** 1000 万元, issued 2025, 3 years at 5%, bullet: service 50 (2026), 50 (2027), 1050 (2028), Σ 1150 over the simulated life. */
const bond = (rev: number, over: Partial<SpecialBond> = {}): SpecialBond => ({
  id: 'b', amount: 1000, issueYear: 2025, tenorYears: 3, rate: 0.05, repayment: 'bullet', projectRevenue: c(rev), ...over,
});
const run = (b: SpecialBond) => simulateDebt(scenario({ horizonYears: 4, towns: [town({ bonds: [b] })] }));

describe('bond.self-balance over the bond\'s life (SPEC §6: Σ revenue / Σ debt service ≥ 1.2, cumulative cash ≥ 0)', () => {
  it('warns below 1.2 in every repayment year: 3·459 / 1150 = 1.1974; headroom 1377 − 1.2·1150 = −3', () => {
    const out = run(bond(459));
    const r = rows(out, 'bond.self-balance');
    expect(r.map((x) => x.year)).toEqual([2026, 2027, 2028]); // repayment years only: issued 2025, tenor 3
    expect(r[0]).toMatchObject({ level: 'warning', subject: { kind: 'bond', id: 't1/b' }, limit: 1.2 });
    expect(r[0]?.value).toBeCloseTo(1377 / 1150, 12);
    expect(r[0]?.headroom).toBeCloseTo(-3, 9);
    expect(found(out, 'bond.self-balance')[0]?.message).toBe(
      // coverage 1.197 below 1.200 (three decimals tell it from the line), headroom −3 万元 of revenue; detail: the two sums
      '专项债收益自平衡：专项债 t1/b，2026年 1.197，低于 1.200，余量 -3.00 万元；存续期项目收益 1,377.00 万元，还本付息 1,150.00 万元 / Special-bond self-balance: bond t1/b, 2026: 1.197, below 1.200, headroom -3.00 万元; life-time project revenue 1,377.00 万元, debt service 1,150.00 万元',
    );
  });
  it('is fine at exactly 1.2: 3·460 / 1150, headroom 0', () => {
    const r = rows(run(bond(460)), 'bond.self-balance');
    expect(r.map((x) => [x.level, x.headroom])).toEqual([['ok', 0], ['ok', 0], ['ok', 0]]);
    expect(r[0]?.value).toBeCloseTo(1.2, 12);
  });
  it('a bullet bond with enough life-time revenue passes in its maturity year: 1500 / 1150 = 1.30; cash 450, 900, 350', () => {
    const out = run(bond(500));
    expect(rows(out, 'bond.self-balance').find((x) => x.year === 2028)?.level).toBe('ok'); // the year's own 500 / 1050 ≈ 0.48
    expect(found(out, 'bond.self-balance')).toEqual([]);
    expect(bondLife(bond(500), 2026, 4).cash).toEqual(Float64Array.from([450, 900, 350, 0]));
  });
  it('a cumulative cash gap warns in its years, and the budget pays it: back-loaded revenue 0, 0, 1400', () => {
    // life coverage 1400 / 1150 = 1.217 ≥ 1.2, but cash: 0 − 50 → gap 50; 0 − 50 → gap 50; 0 + 1400 − 1050 = 350
    const out = run(bond(0, { projectRevenue: tbl({ 2028: 1400 }) }));
    const r = rows(out, 'bond.self-balance');
    expect(r.map((x) => [x.year, x.level, x.headroom])).toEqual([[2026, 'warning', -50], [2027, 'warning', -50], [2028, 'ok', 1400 - 1380]]);
    expect(found(out, 'bond.self-balance')[0]?.message).toMatch(/预算补足 50\.00 万元（计入财政成本）/);
    expect(out.bondSupport.get('t1')).toEqual([50, 50, 0, 0]);
    expect(Array.from(out.bondSupportTotal)).toEqual([50, 50, 0, 0]);
    expect(out.districts[0]?.bondSupport).toEqual([50, 50, 0, 0]);
  });
  it('counts life years after the horizon: a 2026 bond of 5 years seen over 2 simulated years', () => {
    // 1000 at 4%, bullet, 2027–2031: service 40·4 + 1040 = 1200; revenue 250 a year 2026–2031 = 1500 → 1.25
    const life = bondLife(bond(250, { issueYear: 2026, tenorYears: 5, rate: 0.04 }), 2026, 2);
    expect([life.revenue, life.debtService]).toEqual([1500, 1200]);
    expect(life.coverage).toBeCloseTo(1.25, 12);
    expect(life.supportAfterHorizon).toBe(0); // cash 250, 460, 670, 880, 1090, 300
  });
  it('selfBalanceCoverage still gives the coverage per year (reported with the bond)', () => {
    expect(selfBalanceCoverage(bondFlows(bond(100), 2026, 4))).toEqual([2, 2, 100 / 1050, null]);
  });
});

describe('bond.negative-list (SPEC §6, 国办发〔2024〕52号)', () => {
  const issued = (projectType: SpecialBond['projectType'], issueYear = 2026) =>
    simulateDebt(scenario({ horizonYears: 2, towns: [town({ bonds: [bond(600, { issueYear, projectType })] })] }));
  it('a bond for a theme park is a breach in its issue year', () => {
    const out = issued('theme-park');
    expect(rows(out, 'bond.negative-list')).toEqual([expect.objectContaining({ year: 2026, level: 'breach', value: 1, subject: { kind: 'bond', id: 't1/b' } })]);
    expect(found(out, 'bond.negative-list')[0]?.message).toBe('专项债负面清单：专项债 t1/b，2026年，不允许；项目类型：主题公园 / Special-bond negative list: bond t1/b, 2026: not allowed; project type: theme-park');
  });
  it('social housing and land reserve are not real estate on the list; an unset type is "other"', () => {
    for (const t of ['social-housing', 'land-reserve', undefined] as const) expect(rows(issued(t), 'bond.negative-list')[0]?.level).toBe('ok');
  });
  it('is not evaluated for a bond issued before the simulated years', () => {
    expect(rows(issued('image-project', 2025), 'bond.negative-list')).toEqual([]);
  });
});

describe('the bond in the debt result', () => {
  it('carries its life-time coverage, cumulative cash and budget support', () => {
    const b = simulateDebt(scenario({ horizonYears: 4, towns: [town({ bonds: [bond(0, { projectRevenue: tbl({ 2028: 1400 }) })] })] })).bonds.get('t1/b');
    expect(b?.lifeCoverage).toBeCloseTo(1400 / 1150, 12);
    expect([b?.cash, b?.support]).toEqual([[0, 0, 350, 0], [50, 50, 0, 0]]);
  });
});
