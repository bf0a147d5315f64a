import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/core/rules/table.ts';
import { ruleInForce, ruleVersions } from '../../../src/core/rules/inForce.ts';
import { thresholdAt, thresholdsInForce } from '../../../src/core/rules/thresholds.ts';

describe('rule table: one home for units, labels and comparisons (SPEC §11)', () => {
  it('every rule has a unit, a bilingual label, a comparison and at least one subject kind', () => {
    for (const r of RULES) {
      expect(r.label.zh.length, r.id).toBeGreaterThan(0);
      expect(r.label.en.length, r.id).toBeGreaterThan(0);
      expect(r.subjects.length, r.id).toBeGreaterThan(0);
      if (r.comparison === 'flag') expect(r.versions.every((v) => v.threshold === null || r.unit === 'flag'), r.id).toBe(true);
    }
  });
});

describe('thresholds in force (SPEC §10 `thresholds`)', () => {
  it('ppp.share.7 is 7% for the city and each district from 2019, open-ended', () => {
    const rows = thresholdsInForce();
    expect(thresholdAt(rows, 'ppp.share.7', 'city', 2030)).toEqual({
      rule: 'ppp.share.7', subjectKind: 'city', from: 2019, to: null, value: 0.07, unit: 'share', level: 'warning',
    });
    expect(thresholdAt(rows, 'ppp.share.7', 'district', 2030)?.value).toBe(0.07);
    expect(thresholdAt(rows, 'ppp.share.7', 'city', 2018)).toBeNull();
  });

  it('tier edges are one row each: yellow a warning, orange and red breaches', () => {
    const rows = thresholdsInForce().filter((r) => r.rule === 'district.tier');
    expect(rows.map((r) => [r.param, r.value, r.level])).toEqual([['orange', 2, 'breach'], ['red', 3, 'breach'], ['yellow', 1.2, 'warning']]);
  });

  it('the residential-share rule gives its 30% breach line and its 25% warning band', () => {
    const rows = thresholdsInForce().filter((r) => r.rule === 'town.residential-share');
    expect(rows.map((r) => [r.param ?? 'threshold', r.value, r.level])).toEqual([['threshold', 0.3, 'breach'], ['warnAbove', 0.25, 'warning']]);
  });

  it('overrides move the lines: tier edges 0.5/0.8/1.0 and ppp.share.7 at 3%', () => {
    const rows = thresholdsInForce({ 'district.tier': { params: { yellow: 0.5, orange: 0.8, red: 1.0 } }, 'ppp.share.7': { threshold: 0.03 } });
    expect(thresholdAt(rows, 'district.tier', 'district', 2027, 'yellow')?.value).toBe(0.5);
    expect(thresholdAt(rows, 'district.tier', 'district', 2027, 'red')?.value).toBe(1.0);
    expect(thresholdAt(rows, 'ppp.share.7', 'city', 2027)?.value).toBe(0.03);
  });
});

describe('dated overrides (SPEC §1 "Dated rules")', () => {
  const tighter = { 'ppp.share.7': { versions: [{ from: 2028, threshold: 0.06 }] } } as const;

  it('a version from 2028 tightens the line from then on and leaves earlier years alone', () => {
    expect(ruleInForce('ppp.share.7', 2027, tighter)?.threshold).toBe(0.07);
    expect(ruleInForce('ppp.share.7', 2028, tighter)?.threshold).toBe(0.06);
    expect(ruleInForce('ppp.share.7', 2040, tighter)?.threshold).toBe(0.06);
    // the added version keeps the level and source of the version it follows
    expect(ruleInForce('ppp.share.7', 2028, tighter)?.level).toBe('warning');
  });

  it('the thresholds split at the dated version: [2019, 2027] at 7%, [2028, ∞) at 6%', () => {
    const rows = thresholdsInForce(tighter).filter((r) => r.rule === 'ppp.share.7' && r.subjectKind === 'city');
    expect(rows.map((r) => [r.from, r.to, r.value])).toEqual([[2019, 2027, 0.07], [2028, null, 0.06]]);
  });

  it('a dated version before a later table version carries into it; the table version keeps its own threshold', () => {
    // fund.return-investment: 1.5 from 2015, 1.0 from 2025 (国办发〔2025〕1号)
    const v = ruleVersions('fund.return-investment', { 'fund.return-investment': { versions: [{ from: 2020, level: 'breach' }] } });
    expect(v.map((x) => [x.from, x.threshold, x.level])).toEqual([[2015, 1.5, 'warning'], [2020, 1.5, 'breach'], [2025, 1.0, 'breach']]);
  });

  it('rule ids are own keys: an override object inheriting from a prototype changes nothing', () => {
    const proto = { 'ppp.share.7': { threshold: 0.01 } };
    const inherited = Object.create(proto) as Record<string, never>;
    expect(ruleInForce('ppp.share.7', 2030, inherited)?.threshold).toBe(0.07);
  });
});
