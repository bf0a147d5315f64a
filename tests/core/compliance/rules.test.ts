/** Every SPEC §7 check, triggering and not, with the arithmetic shown. */
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../src/core/compliance/checkCompliance.ts';
import { areaCheck } from '../../../src/core/compliance/area.ts';
import type { Town } from '../../../src/core/model/scenario.ts';
import { c, scenario, town } from '../debt/fixtures.ts';
import { found, rows } from '../debt/helpers.ts';

/** One year (2026), town in operation since 2024. */
const check = (over: Partial<Town>, inputs = {}) => checkCompliance(scenario({ horizonYears: 1, towns: [town(over)] }), inputs);
const land = (plannedAreaKm2: number, constructionLandKm2 = 1, residentialLandKm2 = 0) => ({ land: { plannedAreaKm2, constructionLandKm2, residentialLandKm2 } });
const inv = (total: number, specialtyIndustry = 0) => ({ investment: { total: c(total), government: c(0), realEstate: c(0), specialtyIndustry: c(specialtyIndustry) } });

describe('town.area (1–5 km², culture/tourism/agriculture may exceed)', () => {
  it('warns above 5 km²: headroom 5 − 5.5 = −0.5 km²', () => {
    const out = check(land(5.5));
    expect(rows(out, 'town.area')[0]).toMatchObject({ level: 'warning', value: 5.5, limit: 5, headroom: -0.5 });
    expect(found(out, 'town.area')[0]?.source).toBe('发改规划〔2021〕1383号');
    expect(found(out, 'town.area')[0]?.message).toMatch(/^规划面积：小镇 t1，2026年 5\.500 平方公里，超过上限 5\.000 平方公里，余量 -0\.500 平方公里.* \/ Planned area: town t1, 2026: 5\.500 km², above the maximum 5\.000 km², headroom -0\.500 km²/);
  });
  it('does not warn at exactly 1 or 5 km²', () => {
    expect(rows(check(land(5)), 'town.area')[0]).toMatchObject({ level: 'ok', headroom: 0 });
    expect(rows(check(land(1)), 'town.area')[0]).toMatchObject({ level: 'ok', headroom: 4 });
  });
  it('warns below 1 km², whatever the theme: headroom 0.8 − 1 = −0.2 (the increase needed)', () => {
    const r = rows(check({ ...land(0.8), theme: 'tourism' }), 'town.area')[0];
    expect(r).toMatchObject({ level: 'warning', limit: 1 });
    expect(r?.headroom).toBeCloseTo(-0.2, 12);
  });
  it.each(['culture', 'tourism', 'agriculture'] as const)('lets a %s town exceed 5 km²', (theme) => {
    expect(rows(check({ ...land(8), theme }), 'town.area')[0]).toMatchObject({ level: 'ok', limit: 1, headroom: 7 });
  });
  it('an overridden threshold is the maximum area', () => {
    const out = checkCompliance(scenario({ horizonYears: 1, towns: [town(land(4.5))], rules: { 'town.area': { threshold: 4 } } }));
    expect(rows(out, 'town.area')[0]).toMatchObject({ level: 'warning', limit: 4, headroom: -0.5 });
  });
  it('areaCheck binds on the upper bound inside the range and on the lower bound below it', () => {
    expect(areaCheck(3, 1, 5, false)).toEqual({ limit: 5, headroom: 2, outside: false });
    expect(areaCheck(0.5, 1, 5, false)).toEqual({ limit: 1, headroom: -0.5, outside: true });
  });
});

describe('town.residential-share (> 30% breach, 25–30% warning)', () => {
  it('is a breach above 30%: 0.31 / 1; headroom (0.3·1 − 0.31)/0.7 = −0.0142857 km²', () => {
    const out = check(land(3, 1, 0.31));
    const r = rows(out, 'town.residential-share')[0];
    expect(r).toMatchObject({ level: 'breach', value: 0.31, limit: 0.3 });
    expect(r?.headroom).toBeCloseTo(-0.01 / 0.7, 12);
    expect(found(out, 'town.residential-share')[0]?.level).toBe('breach');
  });
  it('is a warning above 25% up to 30% (exactly 30% is not a breach)', () => {
    expect(rows(check(land(3, 1, 0.3)), 'town.residential-share')[0]).toMatchObject({ level: 'warning', headroom: 0 });
    expect(found(check(land(3, 1, 0.26)), 'town.residential-share')[0]?.message).toMatch(/，2026年 26\.00%，超过 25\.00%，.*鼓励值.* \/ .*: 26\.00%, above 25\.00%, .*encouraged/);
  });
  it('is fine at 25% or below: headroom (0.3·2 − 0.5)/0.7 = 0.142857 km²', () => {
    const r = rows(check(land(3, 2, 0.5)), 'town.residential-share')[0];
    expect(r).toMatchObject({ level: 'ok', value: 0.25 });
    expect(r?.headroom).toBeCloseTo(0.1 / 0.7, 12);
  });
  it('has no ratio without construction land', () => {
    expect(rows(check(land(3, 0, 0)), 'town.residential-share')[0]).toMatchObject({ level: 'ok', value: null, headroom: null });
  });
});

describe('town.specialty-share (cumulative specialty investment ≥ 60% of total)', () => {
  it('warns below 60%: 590 / 1000; headroom (590 − 600)/0.4 = −25 万元', () => {
    const out = check({ ...inv(1000, 590), creationYear: 2026 });
    const r = rows(out, 'town.specialty-share')[0];
    expect(r).toMatchObject({ level: 'warning', value: 0.59, limit: 0.6 });
    expect(r?.headroom).toBeCloseTo(-25, 9);
  });
  it('is fine at exactly 60%', () => {
    expect(rows(check({ ...inv(1000, 600), creationYear: 2026 }), 'town.specialty-share')[0]).toMatchObject({ level: 'ok', value: 0.6 });
  });
  it('is not defined before any investment', () => {
    expect(rows(check(inv(0)), 'town.specialty-share')[0]).toMatchObject({ level: 'ok', value: null });
  });
});

describe('town.investment-per-mu (cumulative ≥ 200万元/mu, operation stage)', () => {
  // 0.1 km² = 150 mu; floor 200·150 = 30,000 万元
  it('warns below: 29,000 / 150 = 193.33 万元/mu; headroom 29,000 − 30,000 = −1,000', () => {
    const r = rows(check({ ...land(3, 0.1), ...inv(29_000), creationYear: 2026 }), 'town.investment-per-mu')[0];
    expect(r).toMatchObject({ level: 'warning', limit: 200 });
    expect(r?.value).toBeCloseTo(29_000 / 150, 12);
    expect(r?.headroom).toBeCloseTo(-1000, 9);
  });
  it('is fine at 200万元/mu', () => {
    expect(rows(check({ ...land(3, 0.1), ...inv(30_000), creationYear: 2026 }), 'town.investment-per-mu')[0]?.level).toBe('ok');
  });
  it('is not evaluated before the operation stage', () => {
    expect(rows(check({ ...inv(0), stages: { planning: 2020, construction: 2021, operation: 2030 } }), 'town.investment-per-mu')).toEqual([]);
  });
});

describe('town.tax-per-mu (≥ 10万元/mu/year, operation stage)', () => {
  // 1 km² = 1,500 mu; floor 15,000 万元 a year
  it('warns below, using town revenue when there is no tax KPI: 14,000 / 1,500 = 9.33', () => {
    const out = check({ revenue: c(14_000) });
    expect(rows(out, 'town.tax-per-mu')[0]).toMatchObject({ level: 'warning', limit: 10, headroom: -1000 });
    expect(found(out, 'town.tax-per-mu')[0]?.message).toMatch(/^亩均税收：小镇 t1，2026年 9\.33 万元\/亩，低于 10\.00 万元\/亩，余量 -1,000\.00 万元/);
  });
  it('uses the tax KPI’s actual when there is one: 20,000 × 0.8 = 16,000 ≥ 15,000', () => {
    expect(rows(check({ revenue: c(100), kpis: { tax: { target: c(20_000), expected: c(0.8) } } }), 'town.tax-per-mu')[0])
      .toMatchObject({ level: 'ok', headroom: 1000 });
  });
  it('is not evaluated before the operation stage', () => {
    expect(rows(check({ revenue: c(0), stages: { planning: 2020, construction: 2021, operation: 2027 } }), 'town.tax-per-mu')).toEqual([]);
  });
});

describe('town.jobs (≥ 2,000, operation stage)', () => {
  it('warns below 2,000: 2,500 × 0.79 = 1,975; headroom −25', () => {
    const out = check({ kpis: { jobs: { target: c(2500), expected: c(0.79) } } });
    const r = rows(out, 'town.jobs')[0];
    expect(r).toMatchObject({ level: 'warning', limit: 2000 });
    expect(r?.headroom).toBeCloseTo(-25, 9);
    expect(found(out, 'town.jobs')[0]?.message).toBe('吸纳就业：小镇 t1，2026年 1,975，低于 2,000，余量 -25 / Jobs: town t1, 2026: 1,975, below 2,000, headroom -25');
  });
  it('is fine at 2,000 and takes actuals passed in', () => {
    const t = { kpis: { jobs: { target: c(1000), expected: c(1) } } };
    expect(rows(check(t, { kpiActuals: new Map([['t1', { jobs: [2000] }]]) }), 'town.jobs')[0]).toMatchObject({ level: 'ok', value: 2000, headroom: 0 });
  });
  it('is not evaluated without a jobs KPI or before operation', () => {
    expect(rows(check({}), 'town.jobs')).toEqual([]);
    expect(rows(check({ kpis: { jobs: { target: c(1), expected: c(1) } }, stages: { planning: 2020, construction: 2021, operation: 2027 } }), 'town.jobs')).toEqual([]);
  });
});

describe('town.visitors (tourism towns ≥ 500,000 a year, operation stage)', () => {
  const visitors = (n: number) => ({ kpis: { visitors: { target: c(n), expected: c(1) } } });
  it('warns for a tourism town below 500,000', () => {
    const out = check({ theme: 'tourism', ...visitors(499_999) });
    expect(rows(out, 'town.visitors')[0]).toMatchObject({ level: 'warning', headroom: -1 });
    expect(found(out, 'town.visitors')[0]?.message).toMatch(/^年接待游客：小镇 [^，]+，2026年 499,999，低于 500,000，余量 -1 \//);
  });
  it('is fine at 500,000', () => {
    expect(rows(check({ theme: 'tourism', ...visitors(500_000) }), 'town.visitors')[0]?.level).toBe('ok');
  });
  it('does not apply to other themes', () => {
    expect(rows(check({ theme: 'culture', ...visitors(10) }), 'town.visitors')).toEqual([]);
  });
});

describe('checkCompliance', () => {
  it('checks land and investment from the creation year, not before', () => {
    const out = checkCompliance(scenario({ startYear: 2026, horizonYears: 3, towns: [town({ creationYear: 2027, ...land(9) })] }));
    expect(rows(out, 'town.area').map((r) => r.year)).toEqual([2027, 2028]);
  });
  it('does not evaluate a rule before it is in force (town.area from 2021)', () => {
    const out = checkCompliance(scenario({ startYear: 2019, horizonYears: 3, towns: [town({ creationYear: 2018, ...land(9) })] }));
    expect(rows(out, 'town.area').map((r) => r.year)).toEqual([2021]);
  });
  it('follows scenario overrides of thresholds and levels', () => {
    const out = checkCompliance(scenario({ horizonYears: 1, towns: [town(land(3, 1, 0.2))], rules: { 'town.residential-share': { threshold: 0.15, level: 'warning' } } }));
    expect(rows(out, 'town.residential-share')[0]).toMatchObject({ level: 'warning', limit: 0.15 });
  });
  it('skips the years in which a town is removed (淘汰) when the status is passed in', () => {
    const out = checkCompliance(scenario({ horizonYears: 3, towns: [town(land(9))] }), { townStatus: { t1: ['active', 'rectify', 'removed'] } });
    expect(rows(out, 'town.area').map((r) => r.year)).toEqual([2026, 2027]);
    expect(rows(out, 'town.tax-per-mu').map((r) => r.year)).toEqual([2026, 2027]);
  });
  it('uses a revenue path passed in for the tax fallback', () => {
    const out = checkCompliance(scenario({ horizonYears: 1 }), { townRevenue: new Map([['t1', [15_000]]]) });
    expect(rows(out, 'town.tax-per-mu')[0]).toMatchObject({ level: 'ok', headroom: 0 });
  });
});
