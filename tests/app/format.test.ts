/** Number formats: 万元 and 亿元 (SPEC §1), percent only in UI text, signed deltas, never NaN. */
import { describe, expect, it } from 'vitest';
import { deltaDirection, formatCount, formatDelta, formatRatio, formatShare, formatValue, formatWan, formatWanTick, tierLabel } from '../../src/app/format.ts';

describe('formatWan', () => {
  it('prints 万元 with two decimals and thousands separators below 1 亿元', () => {
    expect(formatWan(1234.5)).toBe('1,234.50 万元');
    expect(formatWan(9999.994)).toBe('9,999.99 万元');
  });
  it('switches to 亿元 from 10,000 万元 (absolute value), negatives included', () => {
    expect(formatWan(10_000)).toBe('1.00 亿元');
    expect(formatWan(345_643.231079)).toBe('34.56 亿元');
    expect(formatWan(-25_000)).toBe('-2.50 亿元');
  });
  it('prints a dash for null, NaN and ±Infinity, and never -0.00', () => {
    expect([formatWan(null), formatWan(Number.NaN), formatWan(Number.NEGATIVE_INFINITY)]).toEqual(['—', '—', '—']);
    expect(formatWan(-0.000001)).toBe('0.00 万元');
  });
});

describe('shares, ratios, counts', () => {
  it('formatShare shows a decimal share as percent', () => {
    expect(formatShare(0.0379869)).toBe('3.80%');
    expect(formatShare(null)).toBe('—');
  });
  it('formatRatio and formatCount', () => {
    expect(formatRatio(1.13734)).toBe('1.14');
    expect(formatCount(192)).toBe('192');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
  });
  it('tiers are words, never colour alone', () => {
    expect(tierLabel('orange', 'zh')).toBe('橙');
    expect(tierLabel('red', 'en')).toBe('red');
    expect(formatValue(3, 'tier', 'zh')).toBe('红');
  });
});

describe('reward cost per job is 万元 per job, not a multiple', () => {
  it('shows the unit 万元/人 (万元 per job), never 亿元', () => {
    expect(formatValue(0.4, 'wanPerJob', 'zh')).toBe('0.40 万元/人');
    expect(formatValue(12_345.678, 'wanPerJob', 'en')).toBe('12,345.68 万元 per job');
    expect(formatDelta(-0.1, 'wanPerJob', 'zh')).toBe('−0.10 万元/人');
  });
});

describe('deltas', () => {
  it('always carry a sign; shares move in percentage points', () => {
    expect(formatDelta(25_000, 'wan', 'zh')).toBe('+2.50 亿元');
    expect(formatDelta(-12.5, 'wan', 'zh')).toBe('−12.50 万元');
    expect(formatDelta(0.005, 'share', 'en')).toBe('+0.50 pp');
    expect(formatDelta(0.005, 'share', 'zh')).toBe('+0.50 个百分点');
    expect(formatDelta(0, 'count', 'en')).toBe('±0');
    expect(formatDelta(2, 'tier', 'en')).toBe('+2 tiers');
    expect(formatDelta(null, 'wan', 'en')).toBe('—');
  });
  it('deltaDirection says better or worse from whether larger is better', () => {
    expect(deltaDirection(5, true)).toBe('better');
    expect(deltaDirection(5, false)).toBe('worse');
    expect(deltaDirection(-1, false)).toBe('better');
    expect(deltaDirection(0, true)).toBe('same');
    expect(deltaDirection(null, true)).toBeNull();
  });
});

describe('formatWanTick', () => {
  it('uses one unit for the whole axis: 亿元 once the largest tick reaches 1 亿元, decimals from the step', () => {
    const ticks = [0, 2000, 4000, 6000, 8000, 10000, 12000];
    expect(ticks.map((v) => formatWanTick(v, ticks))).toEqual(['0.0 亿元', '0.2 亿元', '0.4 亿元', '0.6 亿元', '0.8 亿元', '1.0 亿元', '1.2 亿元']);
  });
  it('stays in 万元 below 1 亿元, and whole 亿元 for coarse steps', () => {
    expect(formatWanTick(2500, [0, 2500, 5000])).toBe('2,500 万元');
    expect(formatWanTick(50_000, [0, 50_000, 100_000])).toBe('5 亿元');
    expect(formatWanTick(Number.NaN, [0, 1])).toBe('—');
  });
});
