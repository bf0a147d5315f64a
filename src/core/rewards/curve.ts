/**
 * The elastic curve `m = f(A)` of SPEC §3: piecewise linear through its points, flat
 * beyond its ends, or a checked mathjs formula (SPEC §9) compiled once per scenario.
 * A multiplier is never negative and never NaN: a formula value that is not a finite
 * number, or is negative, counts as 0.
 */
import type { Stage } from '../model/scenario.ts';
import { assertNever } from '../model/expand.ts';
import { compileFormula } from '../formula/compile.ts';
import type { CompiledFormula } from '../formula/compile.ts';
import { CURVE_SYMBOLS, STAGE_CODES, isKpiSymbol } from './curveSymbols.ts';
import type { ElasticCurve } from './types.ts';

/** A curve compiled once per scenario: points as typed arrays, or a checked formula with its scratch scope. */
export type CompiledCurve =
  | { readonly kind: 'points'; readonly xs: Float64Array; readonly ys: Float64Array }
  | { readonly kind: 'formula'; readonly formula: CompiledFormula; readonly kpiSymbols: readonly string[]; readonly scope: Map<string, number> };

/** Compiles a curve once (points to typed arrays; a formula checked and compiled). */
export function compileCurve(curve: ElasticCurve): CompiledCurve {
  switch (curve.kind) {
    case 'points':
      return { kind: 'points', xs: Float64Array.from(curve.points, (p) => p.A), ys: Float64Array.from(curve.points, (p) => p.m) };
    case 'formula': {
      const formula = compileFormula(curve.formula, CURVE_SYMBOLS);
      const scope = new Map<string, number>(Object.entries(STAGE_CODES));
      return { kind: 'formula', formula, kpiSymbols: formula.symbols.filter(isKpiSymbol), scope };
    }
    default:
      return assertNever(curve);
  }
}

/**
 * Piecewise-linear interpolation through (xs_i, ys_i), xs strictly increasing:
 * `f(A) = y_i + (A − x_i)·(y_{i+1} − y_i)/(x_{i+1} − x_i)` on `[x_i, x_{i+1}]`,
 * `y_0` below `x_0`, `y_last` above `x_last` (SPEC §3: flat beyond its ends).
 */
export function piecewiseLinear(xs: Float64Array, ys: Float64Array, A: number): number {
  const n = xs.length;
  if (n === 0) return 0;
  if (A <= xs[0]!) return ys[0]!;
  if (A >= xs[n - 1]!) return ys[n - 1]!;
  let i = 0;
  while (A > xs[i + 1]!) i++;
  const x0 = xs[i]!, x1 = xs[i + 1]!, y0 = ys[i]!, y1 = ys[i + 1]!;
  return y0 + ((A - x0) * (y1 - y0)) / (x1 - x0);
}

/** What a formula curve may read besides `A`: the year, the stage and each KPI's achievement by symbol. */
export interface CurveContext {
  readonly year: number;
  readonly stage: Stage;
  /** Achievement of the KPI named by an `a_<kpi>` symbol; 0 when the town has no target for it that year. */
  readonly kpi: (symbol: string) => number;
}

/**
 * Largest multiplier a curve formula may give (issue #12): a formula is free arithmetic and
 * could return 1e308; a real elastic curve pays at most a few times its base amount. The
 * points of a curve are bounded by the schema to the same value.
 */
export const MAX_MULTIPLIER = 100;

/** `f(A)` within [0, MAX_MULTIPLIER]. */
export function capMultiplier(m: number): number {
  return Math.min(MAX_MULTIPLIER, Math.max(0, m));
}

/** The multiplier `m = max(0, f(A))`, a formula's capped at MAX_MULTIPLIER (SPEC §3 "Elastic curve"). */
export function curveMultiplier(curve: CompiledCurve, A: number, ctx: CurveContext): number {
  switch (curve.kind) {
    case 'points':
      return Math.max(0, piecewiseLinear(curve.xs, curve.ys, A));
    case 'formula': {
      const s = curve.scope;
      s.set('A', A);
      s.set('year', ctx.year);
      s.set('stage', STAGE_CODES[ctx.stage]);
      for (const sym of curve.kpiSymbols) s.set(sym, ctx.kpi(sym));
      return capMultiplier(curve.formula.evaluate(s, 0));
    }
    default:
      return assertNever(curve);
  }
}
