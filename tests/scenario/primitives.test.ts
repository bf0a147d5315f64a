import { describe, expect, it } from 'vitest';
import { num, series, share } from '../../src/scenario/schema/primitives.ts';

describe('schema primitives', () => {
  it('num accepts numbers and decimal strings alike', () => {
    expect(num.parse('1.50')).toBe(1.5);
    expect(num.parse(1.5)).toBe(1.5);
    expect(num.safeParse('abc').success).toBe(false);
    expect(num.safeParse(Infinity).success).toBe(false);
  });
  it('share rejects values outside [0, 1]', () => {
    expect(share.safeParse(1.2).success).toBe(false);
  });
  it('series normalises a constant, a growth and a table', () => {
    expect(series.parse(5)).toEqual({ kind: 'growth', base: 5, growth: 0 });
    expect(series.parse({ base: '10', growth: 0.05 })).toEqual({ kind: 'growth', base: 10, growth: 0.05 });
    expect(series.parse({ byYear: { 2027: 3 } })).toEqual({ kind: 'table', byYear: { '2027': 3 }, fill: 'zero' });
  });
});
