import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { grouped } from '../../../src/core/rules/format.ts';

/** The regular-expression formatter `grouped` replaced (issue #12): the reference its output must equal byte for byte. */
function reference(x: number, decimals: number): string {
  const s = Math.abs(x).toFixed(decimals);
  const [int = '0', frac] = s.split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = x < 0 && Number(s) !== 0 ? '-' : '';
  return sign + withCommas + (frac !== undefined ? `.${frac}` : '');
}

describe('grouped (finding message numbers)', () => {
  it('hand cases: 1234567.891 → 1,234,567.89; 999.996 at 2 → 1,000.00; −0.001 at 2 → 0.00 (no minus on zero)', () => {
    expect(grouped(1234567.891, 2)).toBe('1,234,567.89');
    expect(grouped(999.996, 2)).toBe('1,000.00');
    expect(grouped(-0.001, 2)).toBe('0.00');
    expect(grouped(-1234, 0)).toBe('-1,234');
    expect(grouped(123, 1)).toBe('123.0');
  });

  it('equals the regular-expression reference for every double and decimals 0–8', () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.double({ min: -1e7, max: 1e7 }), fc.integer().map((i) => i * 1000)), fc.integer({ min: 0, max: 8 }), (x, d) => {
      expect(grouped(x, d)).toBe(reference(x, d));
    }), { numRuns: 2000 });
  });
});
