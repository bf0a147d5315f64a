import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/core/model/scenario.ts';
import { validateScenario } from '../../src/scenario/validate.ts';
import { baselineDoc, edit, issueAt, issuesOf } from './support.ts';
import type { Doc } from './support.ts';

/** The smallest valid scenario: one district, one town, everything else defaulted. */
function minimalDoc(): Doc {
  return {
    id: 'mini',
    name: '最小情景',
    startYear: 2026,
    horizonYears: 5,
    city: { name: '广州市', budgetRevenue: 100, budgetExpenditure: 120, retainedShare: 0.5, discountRate: 0.025 },
    districts: [{ id: 'd', name: '区', capacity: 50, budgetExpenditure: 40, debtLimit: 60 }],
    towns: [{
      id: 't', name: '镇', district: 'd', region: 'north-eco', theme: 'tech', creationYear: 2026,
      stages: { construction: 2027, operation: 2029 },
      land: { plannedAreaKm2: 2, constructionLandKm2: 1 },
      investment: { total: 10 }, revenue: 5,
    }],
  };
}

describe('validateScenario: valid files', () => {
  it('accepts the Guangzhou baseline', () => {
    expect(validateScenario(baselineDoc()).ok).toBe(true);
  });

  it('fills defaults: schema version, planning = creation year, not named, not flagship, no bonds or platform, empty sections', () => {
    const r = validateScenario(minimalDoc());
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const s = r.scenario;
    expect(s.schemaVersion).toBe(SCHEMA_VERSION);
    expect(s.description).toBe('');
    expect(s.rewards.programs).toEqual([]);
    expect([s.ppp, s.funds, s.rules]).toEqual([[], [], {}]);
    expect(s.districts[0]?.hiddenDebt).toEqual({ kind: 'growth', base: 0, growth: 0 });
    expect(s.city.existingPppObligations).toEqual({ kind: 'growth', base: 0, growth: 0 });
    expect(s.city.discountRate).toEqual({ kind: 'flat', rate: 0.025 });
    expect(s.city.budgetExpenditure).toEqual({ kind: 'series', series: { kind: 'growth', base: 120, growth: 0 } });
    const t = s.towns[0];
    expect(t?.stages).toEqual({ planning: 2026, construction: 2027, operation: 2029 });
    expect([t?.namingYear, t?.flagship, t?.revenueBase, t?.bonds, t?.platform, t?.kpis]).toEqual([null, false, null, [], null, {}]);
    expect(t?.land.residentialLandKm2).toBe(0);
    expect(t?.investment.specialtyIndustry).toEqual({ kind: 'growth', base: 0, growth: 0 });
  });

  it('reads numbers given as decimal strings: "1.50" is 1.5', () => {
    const r = validateScenario(edit(minimalDoc(), { 'city.retainedShare': '0.50', 'towns[0].land.plannedAreaKm2': '2.0' }));
    expect(r.ok && [r.scenario.city.retainedShare, r.scenario.towns[0]?.land.plannedAreaKm2]).toEqual([0.5, 2]);
  });

  it('a KPI without expected achievement is expected on target (1)', () => {
    const r = validateScenario(edit(minimalDoc(), { 'towns[0].kpis': { jobs: { target: 2000 } } }));
    expect(r.ok && r.scenario.towns[0]?.kpis.jobs).toEqual({ target: { kind: 'growth', base: 2000, growth: 0 }, expected: { kind: 'growth', base: 1, growth: 0 } });
  });

  it('accepts rule overrides by known id', () => {
    const r = validateScenario(edit(minimalDoc(), { rules: { 'town.exposure-cap': { threshold: '1.5' }, 'town.area': { params: { max: 6 } } } }));
    expect(r.ok && r.scenario.rules).toEqual({ 'town.exposure-cap': { threshold: 1.5 }, 'town.area': { params: { max: 6 } } });
  });
});

describe('validateScenario: each bad input yields a precise issue', () => {
  it('wrong type: "abc" for a number', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'city.retainedShare': 'abc' })), 'city.retainedShare');
    expect(i.value).toBe('abc');
    expect(i.en).toBe('expected a number, got "abc"');
    expect(i.zh).toBe('应为数字，实际为 "abc"');
  });

  it('missing required field', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[0].name': undefined })), 'towns[0].name');
    expect(i.value).toBeUndefined();
    expect(i.en).toMatch(/^required field is missing/);
    expect(i.zh).toMatch(/^缺少必填项/);
  });

  it('missing series names the accepted forms', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[6].revenue': undefined })), 'towns[6].revenue');
    expect(i.en).toBe('required field is missing (expected a number, { base, growth, y0 } or { byYear, fill })');
  });

  it('a series of the wrong shape lists the accepted forms', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[1].revenue': 'lots' })), 'towns[1].revenue');
    expect(i.en).toBe('expected a number, { base, growth, y0 } or { byYear, fill }, got "lots"');
  });

  it('a series in a recognisable shape reports inside that shape', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[1].revenue': { base: 'x', growth: 0.05 } })), 'towns[1].revenue.base');
    expect(i.en).toBe('expected a number, got "x"');
  });

  it('table years must be four-digit years', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[7].kpis.jobs.target': { byYear: { 27: 5 } } })), 'towns[7].kpis.jobs.target.byYear.27');
    expect(i.en).toMatch(/keys are calendar years such as 2027/);
  });

  it('a town in an unknown district, with the closest district suggested', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[3].district': 'zengchen' })), 'towns[3].district');
    expect(i.value).toBe('zengchen');
    expect(i.en).toMatch(/^district "zengchen" is not defined; did you mean "zengcheng"\?/);
    expect(i.zh).toMatch(/区 "zengchen" 不存在，是否应为 "zengcheng"？/);
  });

  it('negative areas', () => {
    const issues = issuesOf(edit(baselineDoc(), { 'towns[2].land.plannedAreaKm2': -1 }));
    const i = issueAt(issues, 'towns[2].land.plannedAreaKm2');
    expect(i.en).toBe('must be > 0, got -1');
    // the land-order check does not reason from the value already reported
    expect(issues).toHaveLength(1);
  });

  it.each([
    [0, 'must be ≥ 1, got 0'],
    [61, 'must be ≤ 60, got 61'],
    [2.5, 'expected a whole number, got 2.5'],
  ])('horizonYears %s is refused: %s', (h, en) => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { horizonYears: h })), 'horizonYears').en).toBe(en);
  });

  it('an unknown key is an error, with a did-you-mean suggestion, reported once (not also as missing)', () => {
    const issues = issuesOf(edit(baselineDoc(), { horizonYears: undefined, horizonYear: 15 }));
    const i = issueAt(issues, 'horizonYear');
    expect(i.en).toBe('unknown key "horizonYear"; did you mean "horizonYears"?');
    expect(i.zh).toBe('未知字段 "horizonYear"，是否应为 "horizonYears"？');
    expect(issues).toHaveLength(1);
  });

  it('an unknown key far from every known key lists the known keys', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[0].land.golfCourseKm2': 1 })), 'towns[0].land.golfCourseKm2');
    expect(i.en).toBe('unknown key "golfCourseKm2" (known keys: plannedAreaKm2, constructionLandKm2, residentialLandKm2); remove or correct it');
  });

  it('an enum lists the allowed values and suggests the closest', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { 'towns[0].theme': 'turism' })), 'towns[0].theme');
    expect(i.en).toMatch(/^expected one of "tourism", "forest", .*"other", got "turism"; did you mean "tourism"\?$/);
  });

  it('a newer schemaVersion asks to upgrade townfisc; the current one loads', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { schemaVersion: SCHEMA_VERSION + 1 })), 'schemaVersion');
    expect(i.en).toMatch(/newer than this townfisc supports \(1\); upgrade townfisc$/);
    expect(i.zh).toMatch(/请升级 townfisc$/);
    expect(validateScenario(edit(baselineDoc(), { schemaVersion: SCHEMA_VERSION })).ok).toBe(true);
  });

  it('an unknown rule id, with the closest id suggested, and an unknown rule parameter', () => {
    const issues = issuesOf(edit(baselineDoc(), { rules: { 'ppp.share.11': { threshold: 0.12 }, 'town.area': { params: { maxx: 6 } } } }));
    expect(issueAt(issues, 'rules.ppp.share.11').en).toBe('unknown rule id "ppp.share.11"; did you mean "ppp.share.10"? (see the rule table, SPEC §11)');
    expect(issueAt(issues, 'rules.town.area.params.maxx').en).toBe('rule town.area has no parameter "maxx" (known: min, max)');
  });

  it('a rule level other than warning or breach', () => {
    const i = issueAt(issuesOf(edit(baselineDoc(), { rules: { 'ppp.dscr': { level: 'fatal' } } })), 'rules.ppp.dscr.level');
    expect(i.en).toMatch(/^expected one of "warning", "breach", got "fatal"/);
  });

  it('booleans must be true or false, not "yes"', () => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { 'towns[0].flagship': 'yes' })), 'towns[0].flagship').en).toBe('expected true or false, got "yes"');
  });

  it('a bond tenor of 0 years', () => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { 'towns[0].bonds[0].tenorYears': 0 })), 'towns[0].bonds[0].tenorYears').en).toBe('must be ≥ 1, got 0');
  });

  it('shares above 1', () => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { 'towns[1].platform.hiddenShare': 1.3 })), 'towns[1].platform.hiddenShare').en).toBe('must be ≤ 1, got 1.3');
  });

  it('at least one district', () => {
    expect(issueAt(issuesOf(edit(minimalDoc(), { districts: [], towns: [] })), 'districts').en).toBe('needs at least 1 item');
  });

  it('ids are lowercase ASCII slugs', () => {
    expect(issueAt(issuesOf(edit(baselineDoc(), { id: '广州' })), 'id').en).toMatch(/^use a lowercase ASCII slug/);
  });
});
