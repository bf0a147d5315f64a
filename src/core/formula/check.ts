/**
 * The formula checker of SPEC §9: parses a formula with mathjs and walks the tree against
 * the allow-lists of `allowList.ts`. Only numbers, the caller's symbols, arithmetic,
 * comparison and logical operators, parentheses, conditionals and calls of allowed pure
 * functions pass; assignments, function definitions, property and index access, matrices,
 * objects, ranges, units, strings, blocks and every other function are rejected with a
 * bilingual message. The checker never evaluates anything.
 */
import type { ConditionalNode, ConstantNode, FunctionNode, MathNode, OperatorNode, ParenthesisNode, RelationalNode, SymbolNode } from 'mathjs';
import { ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, ALLOWED_RELATIONS, MAX_FORMULA_LENGTH, MAX_FORMULA_NODES } from './allowList.ts';
import { formulaMath } from './mathInstance.ts';

/** One reason a formula is refused, in Chinese and English. */
export interface FormulaProblem {
  readonly zh: string;
  readonly en: string;
}

/** Which symbols a formula may read; `describe` lists them for messages (e.g. `A, year, a_<kpi>`). */
export interface SymbolPolicy {
  readonly allows: (name: string) => boolean;
  readonly describe: string;
}

/** The checker's verdict: the parsed tree and the symbols it reads, or every problem found. */
export type FormulaCheck =
  | { readonly ok: true; readonly node: MathNode; readonly symbols: readonly string[] }
  | { readonly ok: false; readonly problems: readonly FormulaProblem[] };

const FUNCTION_LIST = [...ALLOWED_FUNCTIONS.keys()].join(', ');

/** Names of mathjs node types, as users would recognise the construct. */
const CONSTRUCT: Readonly<Record<string, readonly [string, string]>> = {
  AssignmentNode: ['赋值', 'assignment'],
  FunctionAssignmentNode: ['函数定义', 'function definition'],
  AccessorNode: ['属性或下标访问', 'property or index access'],
  IndexNode: ['属性或下标访问', 'property or index access'],
  ArrayNode: ['矩阵或数组', 'matrix or array'],
  ObjectNode: ['对象', 'object'],
  RangeNode: ['区间', 'range'],
  BlockNode: ['多条语句', 'multiple statements'],
};

/**
 * Checks `source` against the SPEC §9 allow-list: length ≤ MAX_FORMULA_LENGTH, parseable,
 * at most MAX_FORMULA_NODES nodes, every node allowed. Returns the parsed tree and the
 * symbols it reads, or every problem found.
 */
export function checkFormula(source: string, symbols: SymbolPolicy): FormulaCheck {
  if (source.trim() === '') return fail([{ zh: '公式为空', en: 'the formula is empty' }]);
  if (source.length > MAX_FORMULA_LENGTH) {
    return fail([{ zh: `公式过长（${source.length} 个字符，上限 ${MAX_FORMULA_LENGTH}）`, en: `the formula is too long (${source.length} characters, at most ${MAX_FORMULA_LENGTH})` }]);
  }
  let root: MathNode;
  try {
    root = formulaMath.parse(source);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail([{ zh: `公式无法解析：${why}`, en: `the formula cannot be parsed: ${why}` }]);
  }
  const problems: FormulaProblem[] = [];
  const used = new Set<string>();
  let count = 0;
  const visit = (node: MathNode): void => {
    count++;
    if (count > MAX_FORMULA_NODES) return;
    for (const child of checkNode(node, symbols, problems, used)) visit(child);
  };
  visit(root);
  if (count > MAX_FORMULA_NODES) problems.push({ zh: `公式过于复杂（超过 ${MAX_FORMULA_NODES} 个节点）`, en: `the formula is too complex (more than ${MAX_FORMULA_NODES} nodes)` });
  return problems.length > 0 ? fail(dedupe(problems)) : { ok: true, node: root, symbols: [...used].sort() };
}

/** Checks one node; returns the children still to check. */
function checkNode(node: MathNode, symbols: SymbolPolicy, problems: FormulaProblem[], used: Set<string>): readonly MathNode[] {
  switch (node.type) {
    case 'ConstantNode': {
      const v: unknown = (node as ConstantNode<string | number | boolean | null | undefined>).value;
      if (typeof v !== 'number') problems.push({ zh: `只允许数字常量，不允许 ${JSON.stringify(v)}`, en: `only number constants are allowed, not ${JSON.stringify(v)}` });
      return [];
    }
    case 'SymbolNode': {
      const name = (node as SymbolNode).name;
      if (symbols.allows(name)) used.add(name);
      else problems.push({ zh: `不允许的符号 "${name}"，可用：${symbols.describe}`, en: `symbol "${name}" is not allowed; use ${symbols.describe}` });
      return [];
    }
    case 'OperatorNode': {
      const op = node as OperatorNode<never, never>;
      const fn: string = op.fn;
      if (!ALLOWED_OPERATORS.has(fn)) problems.push({ zh: `不允许的运算符 "${String(op.op)}"`, en: `operator "${String(op.op)}" is not allowed` });
      return op.args;
    }
    case 'RelationalNode': {
      const rel = node as RelationalNode;
      for (const c of rel.conditionals) if (!ALLOWED_RELATIONS.has(c)) problems.push({ zh: `不允许的比较 "${c}"`, en: `comparison "${c}" is not allowed` });
      return rel.params;
    }
    case 'ParenthesisNode':
      return [(node as ParenthesisNode).content];
    case 'ConditionalNode': {
      const c = node as ConditionalNode;
      return [c.condition, c.trueExpr, c.falseExpr];
    }
    case 'FunctionNode':
      return checkCall(node as FunctionNode<MathNode>, problems);
    default: {
      const [zh, en] = CONSTRUCT[node.type] ?? ['该语法', `construct ${node.type}`];
      problems.push({ zh: `公式中不允许${zh}`, en: `${en} is not allowed in a formula` });
      return [];
    }
  }
}

/** A call passes when its callee is a plain name on the allow-list with an accepted argument count. */
function checkCall(call: FunctionNode<MathNode>, problems: FormulaProblem[]): readonly MathNode[] {
  const callee = call.fn;
  if (callee.type !== 'SymbolNode') {
    problems.push({ zh: `只允许按名称直接调用函数（${FUNCTION_LIST}），不允许属性、下标访问或间接调用`, en: `only direct calls of ${FUNCTION_LIST} are allowed, not property or index access or computed calls` });
    return [];
  }
  const name = (callee as SymbolNode).name;
  const arity = ALLOWED_FUNCTIONS.get(name);
  if (arity === undefined) {
    problems.push({ zh: `不允许调用函数 "${name}"，可用：${FUNCTION_LIST}`, en: `function "${name}" is not allowed; use ${FUNCTION_LIST}` });
    return [];
  }
  const n = call.args.length;
  if (n < arity[0] || n > arity[1]) problems.push({ zh: `函数 ${name} 的参数个数不对（${n} 个）`, en: `${name} takes ${arity[0] === arity[1] ? arity[0] : `${arity[0]}–${arity[1] === Infinity ? 'n' : arity[1]}`} arguments, got ${n}` });
  return call.args;
}

function fail(problems: readonly FormulaProblem[]): FormulaCheck {
  return { ok: false, problems };
}

function dedupe(problems: readonly FormulaProblem[]): FormulaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.en) ? false : (seen.add(p.en), true)));
}
