/**
 * The fast path of scenario YAML reading (issue #12 "Scenario loading"). The `yaml`
 * library builds a full document tree with positions before converting it, which takes
 * over a second for a 2,000-town file and grows worse than linearly; js-yaml reads the
 * same file about ten times faster. It is used here only where both libraries agree:
 *
 * - plain scalars are resolved by the YAML 1.2 core schema exactly as `yaml` resolves them
 *   (the patterns and conversions below are copied from `yaml`'s `schema/core`), so `0b1`,
 *   `1_000` and `2026-01-01` stay strings, as they are for `yaml`;
 * - a file with an anchor (hence any alias), a directive (`%YAML 1.1` switches `yaml` to
 *   another schema) or anything js-yaml cannot read (a syntax error, a duplicate key,
 *   nesting deeper than 100, an unknown tag) is declined.
 *
 * A declined file goes through `yaml` as before (parseText.ts), which reports every
 * syntax error with its line and column and caps alias expansion, so error messages and
 * the alias-bomb guard are unchanged. Browser-safe.
 */
import { FAILSAFE_SCHEMA, Type, load } from 'js-yaml';
import type { State } from 'js-yaml';

/** One YAML 1.2 core scalar form: `yaml`'s pattern and its conversion. */
type Form = readonly [RegExp, (s: string) => unknown];

/**
 * A js-yaml type for one core tag. js-yaml keeps one type per tag, so the forms of a tag
 * (decimal, octal and hex integers) are tried in `yaml`'s order inside one type.
 */
function coreType(tag: string, forms: readonly Form[]): Type {
  const formOf = (data: unknown): Form | undefined => (typeof data === 'string' ? forms.find(([re]) => re.test(data)) : undefined);
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => formOf(data) !== undefined,
    construct: (data: string) => {
      const form = formOf(data);
      return form ? form[1](data) : data;
    },
  });
}

/** `yaml`'s core schema (schema/common/null.js, schema/core/{bool,int,float}.js), in its order. */
const CORE_SCALARS: readonly Type[] = [
  new Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (data: unknown) => data === null || (typeof data === 'string' && /^(?:~|[Nn]ull|NULL)?$/.test(data)),
    construct: () => null,
  }),
  coreType('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
  coreType('int', [
    [/^0o[0-7]+$/, (s) => parseInt(s.substring(2), 8)],
    [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
    [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.substring(2), 16)],
  ]),
  coreType('float', [
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, (s) => parseFloat(s)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, (s) => parseFloat(s)],
  ]),
];

const SCHEMA = FAILSAFE_SCHEMA.extend({ implicit: [...CORE_SCALARS] });

/** A YAML directive line (`%YAML 1.1`, `%TAG …`) at the start of a line. */
const DIRECTIVE = /^%/m;

/**
 * The document `text` holds, read with js-yaml, or `undefined` when the fast path declines
 * (see the module comment) and the caller must read it with `yaml`.
 */
export function readYamlFast(text: string): { readonly value: unknown } | undefined {
  if (DIRECTIVE.test(text)) return undefined;
  let anchored = false;
  // Without an `&` the text holds no anchor: skip the per-node listener.
  const listener = text.includes('&')
    ? (event: 'open' | 'close', state: State) => {
      if (event === 'close' && (state as State & { anchor?: string | null }).anchor != null) anchored = true;
    }
    : undefined;
  let value: unknown;
  try {
    value = load(text, listener ? { schema: SCHEMA, listener } : { schema: SCHEMA });
  } catch {
    return undefined;
  }
  if (anchored) return undefined;
  // An empty document is `null` for `yaml`, `undefined` for js-yaml.
  return { value: value === undefined ? null : value };
}
