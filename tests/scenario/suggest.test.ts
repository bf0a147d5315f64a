import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../src/scenario/suggest.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['alpah', 'alpha', 1],
    ['horizonYear', 'horizonYears', 1],
  ])('editDistance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it('is symmetric, zero exactly on equal strings, and at most the longer length', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      const d = editDistance(a, b);
      expect(d).toBe(editDistance(b, a));
      expect(d === 0).toBe(a === b);
      expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
    }));
  });
});

describe('suggest', () => {
  it('suggests the closest known word when it is a likely typo', () => {
    expect(suggest('capcity', ['capacity', 'landRevenue'])).toBe('capacity');
    expect(suggest('Tourism', ['tourism', 'forest'])).toBe('tourism');
  });

  it('suggests nothing when every known word is far', () => {
    expect(suggest('golfCourseKm2', ['plannedAreaKm2', 'constructionLandKm2'])).toBeNull();
    expect(suggest('x', [])).toBeNull();
  });
});
