/**
 * Compiling a checked formula (SPEC §9): check first, then mathjs `compile` once per
 * scenario; evaluation reads a `Map` scope of numbers and always returns a finite number.
 */
import { checkFormula } from './check.ts';
import type { FormulaProblem, SymbolPolicy } from './check.ts';

/** A formula ready to evaluate; `symbols` are the names it reads, sorted. */
export interface CompiledFormula {
  readonly source: string;
  readonly symbols: readonly string[];
  /** Value of the formula; `true`/`false` read as 1/0; anything not a finite number (NaN, ±∞) reads as `fallback`. */
  readonly evaluate: (scope: ReadonlyMap<string, number>, fallback: number) => number;
}

/** Thrown by `compileFormula` on a formula the edge should have refused (the core's invariant). */
export class FormulaError extends Error {
  readonly problems: readonly FormulaProblem[];
  constructor(source: string, problems: readonly FormulaProblem[]) {
    super(`formula refused: ${source} — ${problems.map((p) => p.en).join('; ')}`);
    this.name = 'FormulaError';
    this.problems = problems;
  }
}

/**
 * Checks `source` with `checkFormula` and compiles it; throws `FormulaError` when it does
 * not pass (nothing of a refused formula is ever compiled or evaluated).
 */
export function compileFormula(source: string, symbols: SymbolPolicy): CompiledFormula {
  const checked = checkFormula(source, symbols);
  if (!checked.ok) throw new FormulaError(source, checked.problems);
  const code = checked.node.compile();
  return {
    source,
    symbols: checked.symbols,
    evaluate(scope, fallback) {
      let v: unknown;
      try {
        // A checked tree has no assignments, so evaluation never writes to the scope.
        v = code.evaluate(scope as Map<string, number>);
      } catch {
        return fallback;
      }
      const x = typeof v === 'boolean' ? (v ? 1 : 0) : v;
      return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
    },
  };
}
