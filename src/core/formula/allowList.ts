/**
 * What a user formula may contain (SPEC §9 "Safety of user formulas"): the allow-lists the
 * checker walks a parsed mathjs tree against. Anything not listed here is rejected before
 * compiling; this file is the whole attack surface, kept as data.
 */

/** Longest formula accepted, in characters (SPEC §9 "bounded length"). */
export const MAX_FORMULA_LENGTH = 500;

/** Largest number of nodes in a parsed formula (bounds evaluation cost and recursion depth). */
export const MAX_FORMULA_NODES = 200;

/**
 * mathjs operator functions an `OperatorNode` may call: arithmetic, comparison and logic
 * on plain numbers. Excluded on purpose: `to`/`in` (units), `factorial`, transpose,
 * element-wise and bitwise operators, ranges.
 */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'mod', 'unaryMinus', 'unaryPlus',
  'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal',
  'and', 'or', 'xor', 'not',
]);

/** Comparison operators a chained `RelationalNode` (`0.6 <= A < 1`) may use. */
export const ALLOWED_RELATIONS: ReadonlySet<string> = new Set([
  'smaller', 'smallerEq', 'larger', 'largerEq', 'equal', 'unequal',
]);

/**
 * Pure numeric functions a formula may call, with the argument counts mathjs accepts for
 * plain numbers: `[min, max]` (max `Infinity` for variadic `min`/`max`).
 */
export const ALLOWED_FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ['min', [1, Infinity]],
  ['max', [1, Infinity]],
  ['abs', [1, 1]],
  ['sign', [1, 1]],
  ['round', [1, 2]],
  ['floor', [1, 2]],
  ['ceil', [1, 2]],
  ['sqrt', [1, 1]],
  ['exp', [1, 1]],
  ['log', [1, 2]],
  ['log10', [1, 1]],
  ['pow', [2, 2]],
] as const);
