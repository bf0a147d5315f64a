/** Sandboxed user formulas (SPEC §9): an allow-list checker over mathjs trees and a compiler. */
export { checkFormula } from './check.ts';
export type { FormulaCheck, FormulaProblem, SymbolPolicy } from './check.ts';
export { compileFormula, FormulaError } from './compile.ts';
export type { CompiledFormula } from './compile.ts';
export { ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, MAX_FORMULA_LENGTH, MAX_FORMULA_NODES } from './allowList.ts';
