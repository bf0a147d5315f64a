/** The compare CSV: rounded as shown, tiers in words, shares in percent (issue #15). */
import { describe, expect, it } from 'vitest';
import { compareCell, compareCsv } from '../../src/app/io/compareCsv.ts';
import { compareResults } from '../../src/core/compare.ts';
import type { RunResult } from '../../src/core/result.ts';
import { result } from './fixtures/result.ts';

describe('compareCell', () => {
  it('rounds money to 2 decimals, shares to percent with 2 decimals, and names tiers', () => {
    expect(compareCell(1234.56789, 'wan', 'zh')).toBe(1234.57);
    // 0.071234 → 7.12 (%)
    expect(compareCell(0.071234, 'share', 'zh')).toBe(7.12);
    // a share's delta 0.005 → 0.5 percentage points
    expect(compareCell(0.005, 'share', 'zh', true)).toBe(0.5);
    expect(compareCell(2, 'tier', 'zh')).toBe('橙');
    expect(compareCell(1, 'tier', 'en', true)).toBe(1);
    expect(compareCell(Number.NaN, 'wan', 'zh')).toBeNull();
  });
});

describe('compareCsv', () => {
  it('names the unit with the metric and gives A, then each scenario with its difference', () => {
    const b = { ...result, summary: { ...result.summary, fiscalCostTotal: result.summary.fiscalCostTotal + 0.123456 } } as RunResult;
    const { header, rows } = compareCsv(compareResults([result, b]), 'zh');
    expect(header).toHaveLength(4);
    const fc = rows.find((r) => String(r[0]).startsWith('财政成本合计'));
    // 500 and 500.123456 → 500, 500.12, delta 0.12
    expect(fc).toEqual(['财政成本合计（万元）', 500, 500.12, 0.12]);
  });
});
