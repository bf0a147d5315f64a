/**
 * SPEC §1 "At the line": inputs that sit exactly on a line in decimal are judged at the line
 * through the real rule functions, whatever double rounding makes of them (issue #11).
 */
import { describe, expect, it } from 'vitest';
import { simulateDebt } from '../../../src/core/debt/simulateDebt.ts';
import { districtDebt } from '../../../src/core/debt/districtRatios.ts';
import { checkCompliance } from '../../../src/core/compliance/checkCompliance.ts';
import { c, district, scenario, tbl, town } from '../debt/fixtures.ts';
import { found, rows } from '../debt/helpers.ts';

describe('at the line, by hand', () => {
  it('(655,904.8 + 710,381.12) / 1,138,571.6 is exactly 1.2: yellow, headroom 0 (doubles give 1.1999999999999997)', () => {
    // 655,904.8 + 710,381.12 = 1,366,285.92 = 1.2 × 1,138,571.6. Since issue #13 district.tier is on the
    // LEGAL ratio (SPEC §6 "Risk tiers"): the two parts are 一般债务 and 专项债务, legal = their sum.
    const out = simulateDebt(scenario({
      horizonYears: 1, towns: [],
      districts: [district({
        capacity: c(1_138_571.6), legalDebt: c(0), debtLimit: null,
        debtByType: { general: { balance: c(655_904.8), limit: c(2_000_000), interest: c(0) }, special: { balance: c(710_381.12), limit: c(2_000_000), interest: c(0) } },
      })],
    }));
    expect(out.districts[0]?.legalRatio[0]).toBeCloseTo(1.2, 12);
    expect(out.districts[0]?.tier).toEqual(['yellow']);
    expect(rows(out, 'district.tier')[0]).toMatchObject({ level: 'warning', headroom: 0 });
    expect(found(out, 'district.tier')).toHaveLength(1);
    // no hidden debt: the broad ratio is the same sum, and its practice tier is yellow at the line too
    expect(out.districts[0]?.tierBroad).toEqual(['yellow']);
    expect(rows(out, 'district.tier-broad')[0]).toMatchObject({ level: 'warning', headroom: 0 });
  });
  it('residential 0.765 of 2.55 km² is exactly 30%: the warning band, not a breach, headroom 0 km²', () => {
    // 0.765 / 2.55 = 0.3 (doubles: 0.30000000000000004)
    const out = checkCompliance(scenario({ horizonYears: 1, towns: [town({ land: { plannedAreaKm2: 3, constructionLandKm2: 2.55, residentialLandKm2: 0.765 } })] }));
    expect(rows(out, 'town.residential-share')[0]).toMatchObject({ level: 'warning', headroom: 0 });
  });
  it('408,000 万元 on 1.36 km² is exactly 200万元/mu: ok, headroom 0 万元', () => {
    // 1.36 km² × 1,500 = 2,040 mu; 408,000 / 2,040 = 200 (doubles: 199.99999999999997)
    const t = town({
      land: { plannedAreaKm2: 3, constructionLandKm2: 1.36, residentialLandKm2: 0 },
      investment: { total: tbl({ 2020: 408_000 }), government: c(0), realEstate: c(0), specialtyIndustry: tbl({ 2020: 408_000 }) },
      revenue: c(1_000_000),
    });
    const out = checkCompliance(scenario({ horizonYears: 1, towns: [t] }));
    expect(rows(out, 'town.investment-per-mu')[0]).toMatchObject({ level: 'ok', headroom: 0 });
    expect(found(out, 'town.investment-per-mu')).toEqual([]);
  });
  it('a legal debt of 0.1 + 0.2 against a limit of 0.3 has headroom exactly 0 in the engine series too (doubles: −5.6e−17)', () => {
    const d = districtDebt(district({ legalDebt: c(0.1 + 0.2), debtLimit: c(0.3) }), [], 2026, 1, Float64Array.of(1000));
    expect(Object.is(d.debtHeadroom[0], 0)).toBe(true);
  });
});
