/**
 * zod issues → bilingual `ScenarioIssue`s (SPEC §2 "Validation"): each says where (path),
 * what was found (the bad value) and how to fix it, in Chinese and English.
 */
import type { z } from 'zod';
import type { ScenarioIssue } from './issues.ts';
import { formatPath } from './issues.ts';
import { MAX_AMOUNT, messageHints } from './schema/primitives.ts';
import { suggest } from './suggest.ts';
import { describeExpected, describeValue, valueAtPath } from './describe.ts';

type Issue = z.core.$ZodIssue;
type Path = ReadonlyArray<PropertyKey>;

/** Prefix of the message the parse-level error map gives `unrecognized_keys`: it carries the object's known keys. */
const KNOWN_KEYS = 'known keys: ';

/**
 * The error map to pass to `safeParse` so unknown-key issues carry the keys the object
 * does accept (for "did you mean"); zod's own issue does not.
 */
export function knownKeysErrorMap(iss: z.core.$ZodRawIssue): string | undefined {
  if (iss.code !== 'unrecognized_keys') return undefined;
  const def: unknown = iss.inst?._zod.def;
  const shape = typeof def === 'object' && def !== null && 'shape' in def ? def.shape : undefined;
  return KNOWN_KEYS + Object.keys(typeof shape === 'object' && shape !== null ? shape : {}).join(',');
}

/** A translated issue, with what the dedupe step needs to know about it. */
interface Translated extends ScenarioIssue {
  /** Set on "required field is missing". */
  readonly missing?: true;
  /** Set on an unknown key with a close known key: the path that key would have. */
  readonly suggests?: string;
}

/**
 * Every zod issue translated, in order; `input` is the data that was parsed (for values of
 * missing paths). A missing field that an unknown key nearby probably meant
 * (`horizonYear` for `horizonYears`) is reported once, as the misspelling.
 */
export function translateIssues(issues: readonly Issue[], input: unknown): ScenarioIssue[] {
  return finish(issues.flatMap((iss) => translateOne(iss, [], input)));
}

function finish(list: readonly Translated[]): ScenarioIssue[] {
  const meant = new Set(list.flatMap((t) => (t.suggests === undefined ? [] : [t.suggests])));
  return list
    .filter((t) => !(t.missing && meant.has(t.path)))
    .map(({ path, value, zh, en }) => ({ path, value, zh, en }));
}

function make(path: Path, value: unknown, zh: string, en: string): Translated {
  return { path: formatPath(path), value, zh, en };
}

function translateOne(iss: Issue, prefix: Path, input: unknown): Translated[] {
  const path = [...prefix, ...iss.path];
  const value = 'input' in iss ? iss.input : valueAtPath(input, path);
  switch (iss.code) {
    case 'invalid_type': {
      const [zh, en] = describeExpected(iss.expected);
      if (value === undefined) return [{ ...make(path, value, `缺少必填项（应为${zh}）`, `required field is missing (expected ${en})`), missing: true }];
      const [gotZh, gotEn] = describeValue(value);
      return [make(path, value, `应为${zh}，实际为 ${gotZh}`, `expected ${en}, got ${gotEn}`)];
    }
    case 'too_small':
    case 'too_big':
      return [bound(iss, path, value)];
    case 'not_multiple_of':
      return iss.divisor === 1
        ? [make(path, value, `应为整数，实际为 ${String(value)}`, `expected a whole number, got ${String(value)}`)]
        : [make(path, value, `应为 ${iss.divisor} 的整数倍`, `must be a multiple of ${iss.divisor}`)];
    case 'unrecognized_keys':
      return iss.keys.map((k) => unknownKey(k, path, iss.message, valueAtPath(input, [...path, k])));
    case 'invalid_value': {
      const allowed = iss.values.map((v) => JSON.stringify(v)).join(', ');
      const near = typeof value === 'string' ? suggest(value, iss.values.map(String)) : null;
      const [gotZh, gotEn] = describeValue(value);
      return [make(path, value,
        `应为以下之一：${allowed}；实际为 ${gotZh}${near ? `，是否应为 "${near}"？` : ''}`,
        `expected one of ${allowed}, got ${gotEn}${near ? `; did you mean "${near}"?` : ''}`)];
    }
    case 'invalid_format': {
      const zh = messageHints.get(iss.message) ?? '格式不正确';
      return [make(path, value, `${zh}（实际为 ${describeValue(value)[0]}）`, `${iss.message} (got ${describeValue(value)[1]})`)];
    }
    case 'invalid_union':
      return union(iss, path, value, input);
    case 'invalid_key':
      return iss.issues.flatMap((sub) => translateOne(sub, path, input)).map((t) => ({
        ...t, zh: `键无效：${t.zh}`, en: `invalid key: ${t.en}`,
      }));
    case 'invalid_element':
      return iss.issues.flatMap((sub) => translateOne(sub, path, input));
    case 'custom': {
      const params: Record<string, unknown> = iss.params ?? {};
      const zh = typeof params.zh === 'string' ? params.zh : (messageHints.get(iss.message) ?? iss.message);
      return [make(path, 'value' in params ? params.value : value, zh, iss.message)];
    }
    default: {
      // An issue code newer than this translator: keep zod's English for both languages.
      const other: z.core.$ZodIssueBase = iss;
      return [make(path, value, other.message, other.message)];
    }
  }
}

function bound(iss: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, path: Path, value: unknown): Translated {
  const small = iss.code === 'too_small';
  const limit = Number(small ? iss.minimum : iss.maximum);
  if (iss.origin === 'array') {
    return small
      ? make(path, value, `至少需要 ${limit} 项`, `needs at least ${limit} item${limit === 1 ? '' : 's'}`)
      : make(path, value, `最多 ${limit} 项`, `allows at most ${limit} items`);
  }
  if (iss.origin === 'string') {
    return small && limit <= 1 ? make(path, value, '不能为空', 'must not be empty') : make(path, value, `长度应${small ? '≥' : '≤'} ${limit}`, `length must be ${small ? '≥' : '≤'} ${limit}`);
  }
  const op = small ? (iss.inclusive ? '≥' : '>') : iss.inclusive ? '≤' : '<';
  const got = describeValue(value);
  if (Math.abs(limit) === MAX_AMOUNT) {
    return make(path, value, `应 ${op} ${limit}，实际为 ${got[0]}（数值上限 ±1,000,000,000，即金额 10 万亿元；超出则账本无法精确到分）`,
      `must be ${op} ${limit}, got ${got[1]} (values are limited to ±1,000,000,000: amounts to 10 trillion yuan, beyond which the ledger cannot stay exact to the fen)`);
  }
  return make(path, value, `应 ${op} ${limit}，实际为 ${got[0]}`, `must be ${op} ${limit}, got ${got[1]}`);
}

function knownKeys(message: string): string[] {
  return message.startsWith(KNOWN_KEYS) ? message.slice(KNOWN_KEYS.length).split(',').filter((k) => k !== '') : [];
}

function unknownKey(key: string, path: Path, message: string, value: unknown): Translated {
  const known = knownKeys(message);
  const near = suggest(key, known);
  const at = [...path, key];
  if (near) {
    return { ...make(at, value, `未知字段 "${key}"，是否应为 "${near}"？`, `unknown key "${key}"; did you mean "${near}"?`), suggests: formatPath([...path, near]) };
  }
  const list = known.join(', ');
  return make(at, value, `未知字段 "${key}"${list ? `（可用字段：${list}）` : ''}，请删除或改正`,
    `unknown key "${key}"${list ? ` (known keys: ${list})` : ''}; remove or correct it`);
}

/** A shape the value did not even look like: every issue is a type mismatch at the shape's root. */
function wrongShape(branch: readonly Issue[]): boolean {
  return branch.every((b) => b.path.length === 0 && (b.code === 'invalid_type' || b.code === 'invalid_union'));
}

/** How far a shape is from the value: its translated problems, a misspelt key counting once. */
function distance(branch: readonly Translated[]): number {
  const meant = new Set(branch.flatMap((t) => (t.suggests === undefined ? [] : [t.suggests])));
  return branch.filter((t) => !(t.missing && meant.has(t.path))).length;
}

/**
 * A value that matched none of a union's shapes. When some shape got past its type check
 * (the user clearly meant that shape), its issues are the useful ones: the closest shape
 * wins, the first on a tie. Otherwise one message lists the accepted shapes.
 */
function union(iss: z.core.$ZodIssueInvalidUnion, path: Path, value: unknown, input: unknown): Translated[] {
  const errors = 'errors' in iss ? iss.errors : [];
  const candidates = errors
    .filter((branch) => branch.length > 0 && !wrongShape(branch))
    .map((branch) => branch.flatMap((sub) => translateOne(sub, path, input)));
  const best = candidates.reduce<Translated[] | undefined>((acc, b) => (acc === undefined || distance(b) < distance(acc) ? b : acc), undefined);
  if (best) return best;
  const zh = messageHints.get(iss.message);
  const [gotZh, gotEn] = describeValue(value);
  if (value === undefined) {
    return [{ ...make(path, value, `缺少必填项（${zh ?? '格式见文档'}）`, `required field is missing (${zh === undefined ? 'see the docs for its form' : iss.message})`), missing: true }];
  }
  if (zh !== undefined) return [make(path, value, `${zh}，实际为 ${gotZh}`, `${iss.message}, got ${gotEn}`)];
  return [make(path, value, `格式不符合任何一种允许的写法，实际为 ${gotZh}`, `matches none of the accepted forms, got ${gotEn}`)];
}
