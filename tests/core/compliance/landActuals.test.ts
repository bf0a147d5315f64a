/**
 * Reported land used and cumulative investment (SPEC §12 actuals) feed the §7 land and
 * per-mu checks in the years they were reported for; every other year keeps the
 * scenario's figures. Arithmetic in the comments.
 */
import { describe, expect, it } from 'vitest';
import { checkCompliance } from '../../../src/core/compliance/checkCompliance.ts';
import { reportedLand } from '../../../src/core/compliance/landActuals.ts';
import { townFacts } from '../../../src/core/compliance/townFacts.ts';
import type { Actuals, TownActual } from '../../../src/core/model/actuals.ts';
import { simulate } from '../../../src/core/simulate.ts';
import { loadScenarioFile } from '../../../src/scenario/loadFile.ts';
import { c, scenario, town } from '../debt/fixtures.ts';
import { found, rows } from '../debt/helpers.ts';

const actuals = (towns: TownActual[]): Actuals => ({
  towns, districts: [], payments: [], evaluations: [],
  gradeFactors: { 优秀: 1.2, 良好: 1, 基本合格: 0.8, 不合格: 0 },
  settlement: { fund: '', budgetSubject: '', budgetDocument: '', policy: '', evaluationDocument: '', version: '初稿' },
});
const reported = (year: number, land: Partial<Pick<TownActual, 'constructionLandKm2' | 'residentialLandKm2' | 'cumulativeInvestment'>>): TownActual => ({
  town: 't1', year, kpis: {}, constructionLandKm2: null, residentialLandKm2: null, cumulativeInvestment: null, ...land,
});

// Town t1: created 2020, in operation from 2024; 1 km² construction land (1,500 mu), 0.1 km² residential;
// plan investment 50,000 万元 a year → to date 2026: 7 × 50,000 = 350,000, 2027: 400,000, 2028: 450,000;
// revenue (the tax fallback) 20,000 万元 a year.
const t1 = town({ revenue: c(20_000), investment: { total: c(50_000), government: c(0), realEstate: c(0), specialtyIndustry: c(0) } });
const base = { startYear: 2026, horizonYears: 3, towns: [t1] };
// 2026 reported: 1.2 km² construction (1,800 mu), 0.4 km² residential, 300,000 万元 invested to date.
const with2026 = scenario({ ...base, actuals: actuals([reported(2026, { constructionLandKm2: 1.2, residentialLandKm2: 0.4, cumulativeInvestment: 300_000 })]) });

describe('reported land and investment in the §7 checks (SPEC §12)', () => {
  it('reportedLand: per town and year index, null where nothing was reported; years outside the horizon ignored', () => {
    const land = reportedLand({ startYear: 2026, horizonYears: 3 }, actuals([
      reported(2027, { constructionLandKm2: 0.9 }), reported(2030, { cumulativeInvestment: 1 }), { ...reported(2026, {}), town: 't2' },
    ]));
    expect([...land.keys()]).toEqual(['t1']); // t2 reported no land or investment
    expect(land.get('t1')).toEqual({ constructionLandKm2: [null, 0.9, null], residentialLandKm2: [null, null, null], cumulativeInvestment: [null, null, null] });
  });

  it('townFacts: the reported figures replace the scenario’s in their year only', () => {
    const land = reportedLand(with2026, with2026.actuals!).get('t1');
    const f = townFacts(with2026, t1, [20_000, 20_000, 20_000], undefined, undefined, land);
    expect(Array.from(f.constructionLandKm2)).toEqual([1.2, 1, 1]);
    expect(Array.from(f.residentialLandKm2)).toEqual([0.4, 0.1, 0.1]);
    expect(Array.from(f.investmentToDate)).toEqual([300_000, 400_000, 450_000]);
    expect([f.landReported, f.investmentReported]).toEqual([[true, false, false], [true, false, false]]);
  });

  it('residential share: 0.4 / 1.2 = 33.3% > 30% is a breach in 2026, headroom (0.3·1.2 − 0.4)/0.7 = −0.0571 km²; 2027–28 keep 0.1 / 1 = 10%', () => {
    const out = checkCompliance(with2026);
    const rs = rows(out, 'town.residential-share');
    expect(rs.map((r) => r.level)).toEqual(['breach', 'ok', 'ok']);
    expect(rs[0]?.value).toBeCloseTo(0.4 / 1.2, 12);
    expect(rs[0]?.headroom).toBeCloseTo(-0.04 / 0.7, 12);
    expect(rs[1]).toMatchObject({ value: 0.1, year: 2027 });
    expect(found(out, 'town.residential-share')[0]?.message).toMatch(/上报住宅用地 0\.400 平方公里，建设用地 1\.200 平方公里.* \/ .*reported residential land 0\.400 km² of 1\.200 km²/);
  });

  it('investment per mu: 300,000 / 1,800 = 166.67 < 200 warns in 2026 (headroom 300,000 − 200·1,800 = −60,000); 2027 400,000 / 1,500 = 266.67 is fine', () => {
    const out = checkCompliance(with2026);
    const inv = rows(out, 'town.investment-per-mu');
    expect(inv.map((r) => r.level)).toEqual(['warning', 'ok', 'ok']);
    expect(inv[0]?.value).toBeCloseTo(300_000 / 1_800, 12);
    expect(inv[0]?.headroom).toBeCloseTo(-60_000, 9);
    expect(inv[1]?.value).toBeCloseTo(400_000 / 1_500, 12);
    expect(found(out, 'town.investment-per-mu')[0]?.message).toMatch(/累计投资（上报） 300,000(\.00)? 万元，建设用地（上报） 1,800(\.00)? 亩/);
  });

  it('tax per mu reads the reported land too: 20,000 / 1,800 = 11.11 (headroom 20,000 − 10·1,800 = 2,000), then 20,000 / 1,500 = 13.33', () => {
    const tax = rows(checkCompliance(with2026), 'town.tax-per-mu');
    expect(tax[0]?.value).toBeCloseTo(20_000 / 1_800, 12);
    expect(tax[0]?.headroom).toBeCloseTo(2_000, 9);
    expect(tax[1]?.value).toBeCloseTo(20_000 / 1_500, 12);
  });

  it('a figure not reported keeps the scenario’s: construction land only → residential 0.1 / 0.5 = 20%', () => {
    const s = scenario({ ...base, actuals: actuals([reported(2026, { constructionLandKm2: 0.5 })]) });
    expect(rows(checkCompliance(s), 'town.residential-share')[0]?.value).toBeCloseTo(0.2, 12);
    // the investment to date stays computed: 350,000 / 750 mu
    expect(rows(checkCompliance(s), 'town.investment-per-mu')[0]?.value).toBeCloseTo(350_000 / 750, 12);
  });

  it('without reported land the checks are those of the scenario alone', () => {
    const none = checkCompliance(scenario(base));
    const kpisOnly = checkCompliance(scenario({ ...base, actuals: actuals([{ ...reported(2026, {}), kpis: {} }]) }));
    expect(kpisOnly.limits).toEqual(none.limits);
  });

  it('the bundled 2026 actuals: 从化温泉 reported 498,000 万元 to date on 1.10 km² (1,650 mu) → 301.82 万元/mu, headroom 498,000 − 330,000 = 168,000', async () => {
    const loaded = await loadScenarioFile('scenarios/guangzhou-actuals-2026.yaml');
    if (!loaded.ok) throw new Error('bundled actuals invalid');
    const r = simulate(loaded.scenario, { hash: loaded.hash });
    const row = r.limits.find((l) => l.rule === 'town.investment-per-mu' && l.subject.id === 'conghua-hot-spring' && l.year === 2026)!;
    expect(row.value).toBeCloseTo(498_000 / 1_650, 9);
    expect(row.headroom).toBeCloseTo(168_000, 6);
    // 增城荔枝 reported 0.05 of 0.31 km² residential: 16.13% (headroom (0.093 − 0.05)/0.7 = 0.0614 km²)
    const litchi = r.limits.find((l) => l.rule === 'town.residential-share' && l.subject.id === 'zengcheng-litchi' && l.year === 2026)!;
    expect(litchi.value).toBeCloseTo(0.05 / 0.31, 12);
    expect(litchi.headroom).toBeCloseTo(0.043 / 0.7, 12);
  });
});
