import { describe, expect, it } from 'vitest';
import { compileCurve, curveMultiplier, piecewiseLinear, REWARD_DEFAULTS } from '../../../src/core/rewards/index.ts';
import { FormulaError } from '../../../src/core/formula/index.ts';

const DEFAULT = compileCurve({ kind: 'points', points: REWARD_DEFAULTS.curvePoints });
const ctx = { year: 2030, stage: 'construction' as const, kpi: (s: string) => (s === 'a_jobs' ? 0.7 : 0) };

describe('the elastic curve m = f(A) (SPEC §3)', () => {
  it.each([
    [0.3, 0], // below the first point: flat at 0
    [0.6, 0],
    [0.8, 0.5], // (0.8 − 0.6)·(1 − 0)/(1 − 0.6) = 0.5
    [1.0, 1.0],
    [1.1, 1.1], // 1 + (0.1)·(0.2/0.2) = 1.1
    [1.2, 1.2],
    [1.5, 1.2], // beyond the last point: flat at 1.2
  ])('default curve (0.6,0)(1,1)(1.2,1.2): f(%f) = %f', (A, m) => {
    expect(curveMultiplier(DEFAULT, A, ctx)).toBeCloseTo(m, 12);
  });

  it('piecewiseLinear of one point is that point everywhere', () => {
    expect(piecewiseLinear(Float64Array.of(1), Float64Array.of(0.7), 5)).toBe(0.7);
  });

  it('a formula curve reads A, a_<kpi>, year and stage', () => {
    const c = compileCurve({ kind: 'formula', formula: 'A < 0.6 ? 0 : min(A, 1.2) * (stage == construction ? 1.1 : 1) + (year >= 2030 ? a_jobs : 0)' });
    // min(1, 1.2)·1.1 + 0.7 = 1.8
    expect(curveMultiplier(c, 1, ctx)).toBeCloseTo(1.8, 12);
    // the conditional takes the whole rest: A < 0.6 → 0
    expect(curveMultiplier(c, 0.5, ctx)).toBe(0);
  });

  it('a negative or non-finite formula value counts as 0', () => {
    expect(curveMultiplier(compileCurve({ kind: 'formula', formula: 'A - 2' }), 1, ctx)).toBe(0);
    expect(curveMultiplier(compileCurve({ kind: 'formula', formula: 'log(A - 2)' }), 1, ctx)).toBe(0);
  });

  it('compiling a refused formula throws, never runs', () => {
    expect(() => compileCurve({ kind: 'formula', formula: 'evaluate("1")' })).toThrow(FormulaError);
  });
});
