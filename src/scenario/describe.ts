/** Plain bilingual words for what a field expects and what the file has (SPEC §2 "plain message"). */

const EXPECTED: Readonly<Record<string, readonly [string, string]>> = {
  number: ['数字', 'a number'],
  int: ['整数', 'a whole number'],
  string: ['文本', 'text'],
  boolean: ['布尔值 true 或 false', 'true or false'],
  object: ['对象（键: 值）', 'an object (key: value)'],
  record: ['对象（键: 值）', 'an object (key: value)'],
  array: ['列表', 'a list'],
  tuple: ['列表', 'a list'],
  null: ['null', 'null'],
};

/** `[zh, en]` for a zod `expected` type name: `number` → `数字` / `a number`. */
export function describeExpected(expected: string): readonly [string, string] {
  return EXPECTED[expected] ?? [expected, expected];
}

const MAX = 60;

/** `[zh, en]` for a value found in a file: `"abc"`, `12`, `a list`, `an object`, `nothing`. */
export function describeValue(v: unknown): readonly [string, string] {
  if (v === undefined) return ['空', 'nothing'];
  if (Array.isArray(v)) return ['列表', 'a list'];
  if (typeof v === 'object' && v !== null) return ['对象', 'an object'];
  const s = typeof v === 'string' ? JSON.stringify(v) : String(v);
  const short = s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s;
  return [short, short];
}

/** The value at a path inside parsed data, or undefined when the path does not exist. */
export function valueAtPath(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = root;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null || typeof p === 'symbol') return undefined;
    if (!Object.prototype.hasOwnProperty.call(cur, p)) return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}
