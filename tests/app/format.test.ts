/** Number formats: 万元 and 亿元 (SPEC §1), percent only in UI text, signed deltas, never NaN. */
import { describe, expect, it } from 'vitest';
import { deltaDirection, formatCount, formatDelta, formatRatio, formatShare, formatValue, formatWan, tierLabel } from '../../src/app/format.ts';

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
