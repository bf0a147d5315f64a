/** The commission's cross-scenario risk comparison (issue #15 question 1). */
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/result.ts';
import { crossCell, crossScenarioRisk, districtLines } from '../../src/app/risk/crossScenario.ts';
import { formatHeadroom } from '../../src/app/risk/ruleFormat.ts';
import { lineValue } from '../../src/app/views/RiskCompare.tsx';
import { meta, result } from './fixtures/result.ts';

describe('crossCell', () => {
  it('reads the worst tier, the first year crossed and the least headroom from the limits', () => {
    // conghua: tiers green, yellow, red → red; its district limits: 2026 ok (headroom 100),
    // 2028 breach (headroom −400) → first crossed 2028, least headroom −400 万元 in 2028.
    expect(crossCell(result, 'conghua')).toEqual({
      worstTier: 'red',
      firstCrossed: { year: 2028, rule: 'district.tier', level: 'breach' },
      leastHeadroom: { value: -400, year: 2028, rule: 'district.tier' },
    });
    // haizhu: green, null, green → green; no district limit rows → nothing crossed, no headroom
    expect(crossCell(result, 'haizhu')).toEqual({ worstTier: 'green', firstCrossed: null, leastHeadroom: null });
    expect(crossCell(result, 'nowhere')).toBeNull();
  });

  it('takes the earliest crossing, and a breach over a warning in the same year', () => {
    const limits = [
      { rule: 'district.debt-limit', subject: { kind: 'district', id: 'conghua' }, year: 2027, value: 120, limit: 100, headroom: -20, level: 'warning' },
      { rule: 'district.tier', subject: { kind: 'district', id: 'conghua' }, year: 2027, value: 1.3, limit: 1.2, headroom: -5, level: 'breach' },
      { rule: 'district.tier', subject: { kind: 'district', id: 'conghua' }, year: 2028, value: 1.3, limit: 1.2, headroom: -50, level: 'breach' },
    ] as const;
    const r = { ...result, limits } as unknown as RunResult;
    // 2027 has a warning and a breach: the breach names the crossing; −50 (2028) is the least headroom
    expect(crossCell(r, 'conghua')).toMatchObject({ firstCrossed: { year: 2027, rule: 'district.tier', level: 'breach' }, leastHeadroom: { value: -50, year: 2028 } });
  });
});

describe('crossScenarioRisk', () => {
  it('has a row per district and a cell per scenario; a scenario without the district has null', () => {
    const other = { ...meta, districts: [{ id: 'conghua', name: '从化区' }] };
    const r2 = { ...result, districts: result.districts.filter((d) => d.id === 'conghua') } as RunResult;
    const rows = crossScenarioRisk([{ result, meta }, { result: r2, meta: other }]);
    expect(rows.map((r) => r.name)).toEqual(['从化区', '海珠区']);
    expect(rows[1]?.cells[1]).toBeNull();
    expect(rows[0]?.cells[1]?.worstTier).toBe('red');
  });
});

describe('districtLines', () => {
  it('lists every evaluated line of the district by year, crossed or not', () => {
    expect(districtLines(result, 'conghua').map((l) => [l.year, l.level])).toEqual([[2026, 'ok'], [2028, 'breach']]);
  });
});

describe('formatHeadroom and lineValue', () => {
  it('shows headroom in the unit of the restricted quantity and debt ratios in percent', () => {
    expect(formatHeadroom(-400, 'district.tier', 'zh')).toBe('-400.00 万元');
    expect(formatHeadroom(25_000, 'ppp.share.10', 'zh')).toBe('2.50 亿元');
    expect(formatHeadroom(0.4, 'town.area', 'zh')).toBe('0.40 km²');
    // 1.135 → 113.5% (one decimal, as everywhere debt ratios are shown)
    expect(lineValue(1.135, 'district.tier', 'zh')).toBe('113.5%');
    expect(lineValue(0.0712, 'ppp.share.7', 'zh')).toBe('7.12%');
  });
});
