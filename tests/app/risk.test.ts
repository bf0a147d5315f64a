/** The commission's matrices (towns × years, districts × years) and the findings filters. */
import { describe, expect, it } from 'vitest';
import { cellText, districtMatrix, filterFindings, findingRules, townMatrix } from '../../src/app/risk/matrix.ts';
import { districtOf, townOf } from '../../src/app/meta.ts';
import { ruleDisplayUnit, ruleLabel } from '../../src/app/risk/ruleFormat.ts';
import { meta, result } from './fixtures/result.ts';

describe('townMatrix', () => {
  const rows = townMatrix(result, meta);

  it('has a row per town and a cell per year, with the town’s status', () => {
    expect(rows.map((r) => r.id)).toEqual(['spa', 'net']);
    expect(rows[0]?.cells.map((c) => c.year)).toEqual([2026, 2027, 2028]);
    expect(rows[0]?.cells.map((c) => c.status)).toEqual(['active', 'rectify', 'removed']);
  });

  it('gives each cell the worst level of the town’s own limits and those of its PPP projects and bonds', () => {
    const spa = rows[0]?.cells ?? [];
    expect(spa.map((c) => c.level)).toEqual(['ok', 'breach', 'none']);
    // 2027: the town's exposure-cap breach and its PPP project's share warning
    expect(spa[1]).toMatchObject({ breaches: 1, warnings: 1, rules: ['ppp.share.7', 'town.exposure-cap'] });
    // net-bond's self-balance warning lands on the 'net' town
    expect(rows[1]?.cells.map((c) => c.level)).toEqual(['none', 'none', 'warning']);
  });

  it('filters by district and by rule', () => {
    expect(townMatrix(result, meta, { district: 'haizhu' }).map((r) => r.id)).toEqual(['net']);
    const onlyPpp = townMatrix(result, meta, { rule: 'ppp.share.7' });
    expect(onlyPpp[0]?.cells.map((c) => c.level)).toEqual(['none', 'warning', 'none']);
  });
});

describe('districtMatrix', () => {
  it('carries the broad-ratio tier and value per year and the worst level of the district’s limits', () => {
    const rows = districtMatrix(result, meta);
    const ch = rows[0]?.cells ?? [];
    expect(ch.map((c) => c.tier)).toEqual(['green', 'yellow', 'red']);
    expect(ch.map((c) => c.broadRatio)).toEqual([1.1, 1.25, 3.4]);
    expect(ch.map((c) => c.level)).toEqual(['ok', 'none', 'breach']);
    expect(rows[1]?.cells[1]).toMatchObject({ tier: null, broadRatio: null });
  });
  it('carries the legal tier (official) and the broad tier (practice line) side by side, and the warning flag', () => {
    const ch = districtMatrix(result, meta)[0]?.cells ?? [];
    expect(ch.map((c) => [c.tier, c.legalRatio, c.tierBroad, c.broadRatio, c.onWarning])).toEqual([
      ['green', 1, 'green', 1.1, true], ['yellow', 1.3, 'yellow', 1.25, false], ['red', 3.1, 'red', 3.4, true],
    ]);
    expect(districtMatrix(result, meta)[1]?.cells[1]).toMatchObject({ legalRatio: null, tierBroad: null, onWarning: false });
  });
});

describe('cellText', () => {
  it('reads without colour: ✗ breaches, ! warnings, ✓ clean, · not evaluated', () => {
    expect(cellText({ year: 1, level: 'breach', breaches: 2, warnings: 3, rules: [] })).toBe('✗2 !3');
    expect(cellText({ year: 1, level: 'warning', breaches: 0, warnings: 1, rules: [] })).toBe('!1');
    expect(cellText({ year: 1, level: 'ok', breaches: 0, warnings: 0, rules: [] })).toBe('✓');
    expect(cellText({ year: 1, level: 'none', breaches: 0, warnings: 0, rules: [] })).toBe('·');
  });
});

describe('findings filters', () => {
  it('a district filter keeps findings on the district, its towns, their PPP projects and bonds', () => {
    expect(filterFindings(result.findings, meta, { district: 'conghua' }).map((f) => f.rule)).toEqual(['town.exposure-cap', 'ppp.share.7', 'district.tier']);
    expect(filterFindings(result.findings, meta, { district: 'haizhu' }).map((f) => f.rule)).toEqual(['bond.self-balance']);
  });
  it('a fund finding has no district: only the empty filter shows it', () => {
    expect(filterFindings(result.findings, meta, {})).toHaveLength(5);
    expect(filterFindings(result.findings, meta, { district: 'conghua', rule: 'fund.return-investment' })).toEqual([]);
  });
  it('a rule filter keeps that rule only; findingRules lists the rules present, sorted', () => {
    expect(filterFindings(result.findings, meta, { rule: 'district.tier' })).toHaveLength(1);
    expect(findingRules(result.findings)).toEqual(['bond.self-balance', 'district.tier', 'fund.return-investment', 'ppp.share.7', 'town.exposure-cap']);
  });
  it('districtOf / townOf follow PPP projects and bonds to their town', () => {
    expect(districtOf(meta, { kind: 'ppp', id: 'spa-road' })).toBe('conghua');
    expect(townOf(meta, { kind: 'bond', id: 'net-bond' })).toBe('net');
    expect(districtOf(meta, { kind: 'fund', id: 'tech-fund' })).toBeNull();
  });
});

describe('ruleDisplayUnit and ruleLabel read the rule table', () => {
  it('shares as percent, jobs, visitors and terms in years as counts, ratios and 万元/mu plain, unknown ids plain', () => {
    expect(ruleDisplayUnit('ppp.share.10')).toBe('share');
    expect(ruleDisplayUnit('town.residential-share')).toBe('share');
    expect(ruleDisplayUnit('town.jobs')).toBe('count');
    expect(ruleDisplayUnit('ppp.term-40')).toBe('count');
    expect(ruleDisplayUnit('district.tier')).toBe('ratio');
    expect(ruleDisplayUnit('town.investment-per-mu')).toBe('ratio');
    expect(ruleDisplayUnit('some.future-rule')).toBe('ratio');
  });
  it('labels come from the table, in the interface language; an unknown id shows as itself', () => {
    expect(ruleLabel('ppp.share.7', 'zh')).toBe('PPP支出占比7%预警线');
    expect(ruleLabel('ppp.share.7', 'en')).toBe('PPP share 7% warning line');
    expect(ruleLabel('some.future-rule', 'en')).toBe('some.future-rule');
  });
});
