import { describe, expect, it } from 'vitest';
import { checkFormula, compileFormula, FormulaError, MAX_FORMULA_LENGTH } from '../../../src/core/formula/index.ts';
import type { SymbolPolicy } from '../../../src/core/formula/index.ts';
import { formulaMath } from '../../../src/core/formula/mathInstance.ts';

const SYMBOLS: SymbolPolicy = { allows: (n) => ['A', 'year', 'stage', 'a_tax'].includes(n), describe: 'A, year, stage, a_tax' };

const run = (src: string, scope: Record<string, number> = {}): number =>
  compileFormula(src, SYMBOLS).evaluate(new Map(Object.entries(scope)), -1);

describe('checkFormula(source) accepts the SPEC §9 allow-list', () => {
  it.each([
    ['A', { A: 0.9 }, 0.9],
    ['A < 0.6 ? 0 : min(A, 1.2)', { A: 1.3 }, 1.2],
    ['A < 0.6 ? 0 : min(A, 1.2)', { A: 0.5 }, 0],
    ['(A - 0.6) / 0.4', { A: 0.8 }, 0.5],
    ['max(0, 2 * a_tax - 1) ^ 2', { a_tax: 1.5 }, 4],
    ['0.6 <= A < 1 ? 0.5 : 1', { A: 0.7 }, 0.5],
    ['A >= 1 and year >= 2030 ? 1.1 : 1', { A: 1, year: 2031 }, 1.1],
    ['not (A > 1) or stage == 3', { A: 2, stage: 3 }, 1],
    ['round(sqrt(abs(-16)) + log(exp(1)) + pow(2, 3) + floor(1.7) + ceil(0.2) + log10(100) + sign(-3), 2)', {}, 4 + 1 + 8 + 1 + 1 + 2 - 1],
    ['10 % 4 + -A', { A: 1 }, 1],
  ] as const)('%s evaluates to the plain-number result', (src, scope, expected) => {
    expect(run(src, scope)).toBeCloseTo(expected, 12);
  });

  it('reports the symbols a formula reads, sorted', () => {
    const c = checkFormula('a_tax * A + year - A', SYMBOLS);
    expect(c.ok && c.symbols).toEqual(['A', 'a_tax', 'year']);
  });

  it('a value that is not a finite number reads as the fallback (sqrt(-1) is NaN under predictable)', () => {
    expect(run('sqrt(-1)')).toBe(-1);
    expect(run('1 / 0')).toBe(-1);
    expect(run('log(0)')).toBe(-1);
  });
});

/**
 * Escape attempts against the mathjs expression parser: payloads published in mathjs issues
 * #821 and #822 (2017, e.g. `cos.constructor(...)`, `import({matrix: cos.constructor}, …)`,
 * `{}.constructor.assign(...)`) and the functions the mathjs security page says to disable
 * (`import`, `createUnit`, `evaluate`, `parse`, `simplify`, `derivative`), plus every construct SPEC §9 excludes.
 */
const ATTACKS: readonly (readonly [string, RegExp])[] = [
  ['cos.constructor("return process")', /not property or index access/],
  ['["//","a/*\\nreturn process.mainModule.require"]._data.map(cos.constructor)[1]()("child_process").execSync("ps")', /./],
  ['import({matrix:cos.constructor},{override:1})', /function "import" is not allowed/],
  ['{}.constructor.assign(cos.constructor, {binding: cos.bind})', /./],
  ['a=["process.mainModule.require(\\"child_process\\").execSync(\\"ps\\")"]._data', /assignment/],
  ['x={subset:cos.constructor}', /assignment/],
  ['createUnit("foo")', /function "createUnit" is not allowed/],
  ['evaluate("1+1")', /function "evaluate" is not allowed/],
  ['parse("1+1")', /function "parse" is not allowed/],
  ['simplify("2x + x")', /function "simplify" is not allowed/],
  ['derivative("x^2", "x")', /function "derivative" is not allowed/],
  ['resolve(A)', /function "resolve" is not allowed/],
  ['compile("1")', /function "compile" is not allowed/],
  ['chain(1)', /function "chain" is not allowed/],
  ['typed("f", {})', /function "typed" is not allowed/],
  ['config({number: "BigNumber"})', /function "config" is not allowed/],
  ['f(x) = x^2', /function definition/],
  ['A = 2', /assignment/],
  ['A.constructor', /property or index access/],
  ['A["constructor"]', /property or index access/],
  ['[1, 2]', /matrix or array/],
  ['{a: 1}', /object/],
  ['1:3', /range/],
  ['5 cm to inch', /operator "to" is not allowed|symbol "cm"/],
  ['"a string"', /only number constants/],
  ['true ? 1 : 0', /only number constants/],
  ['A; 1', /multiple statements/],
  ['A!', /operator "!" is not allowed/],
  ["A'", /operator "'" is not allowed/],
  ['2 .* A', /operator ".\*" is not allowed/],
  ['process', /symbol "process" is not allowed/],
  ['pi', /symbol "pi" is not allowed/],
  ['min', /symbol "min" is not allowed/],
  ['A(2)', /function "A" is not allowed/],
  ['(f = cos)(1)', /./],
  ['sqrt(1, 2)', /sqrt takes 1 arguments/],
];

describe('checkFormula(source) rejects everything else before anything runs (SPEC §9)', () => {
  it.each(ATTACKS)('%s is refused with a clear message', (src, why) => {
    const c = checkFormula(src, SYMBOLS);
    expect(c.ok).toBe(false);
    if (c.ok) return;
    expect(c.problems.length).toBeGreaterThan(0);
    expect(c.problems.map((p) => p.en).join('; ')).toMatch(why);
    for (const p of c.problems) {
      expect(p.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.en.length).toBeGreaterThan(5);
    }
  });

  it('compileFormula throws FormulaError on a refused formula and never evaluates it', () => {
    expect(() => compileFormula('import({cos: 1}, {override: true})', SYMBOLS)).toThrow(FormulaError);
    // the instance was not altered by the refused import
    expect(formulaMath.evaluate('cos(0)')).toBe(1);
  });

  it('an over-long formula is refused before parsing', () => {
    const long = Array.from({ length: MAX_FORMULA_LENGTH }, () => '1').join('+');
    const c = checkFormula(long, SYMBOLS);
    expect(c.ok).toBe(false);
    expect(!c.ok && c.problems[0]?.en).toMatch(/too long/);
  });

  it('an overly complex formula (more than MAX_FORMULA_NODES nodes) is refused', () => {
    // 201 terms `A+A+…` = 401 nodes in 401 characters: short enough, too many nodes
    const deep = Array.from({ length: 201 }, () => 'A').join('+');
    const c = checkFormula(deep, SYMBOLS);
    expect(c.ok).toBe(false);
    expect(c.ok ? '' : c.problems.map((p) => p.en).join()).toMatch(/too complex/);
  });

  it('an empty or unparseable formula is refused with the parser reason', () => {
    expect(checkFormula('  ', SYMBOLS).ok).toBe(false);
    const c = checkFormula('A +', SYMBOLS);
    expect(!c.ok && c.problems[0]?.en).toMatch(/cannot be parsed/);
  });
});
