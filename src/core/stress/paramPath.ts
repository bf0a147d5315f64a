/**
 * A scenario parameter addressed by path (SPEC §8 "Goal seek"): segments joined by `.`, an
 * array item by id (`towns[conghua-hot-spring]`) or by index (`bonds[0]`); e.g.
 * `towns[conghua-hot-spring].bonds[0].amount`, `rewards.pool`. A series given as growth is
 * addressed by its base (`rewards.pool` → the pool's base). Lookups use own properties only.
 */
import type { Scenario } from '../model/scenario.ts';

type Step = { readonly key: string; readonly item?: string };

/** The path's steps, or null when it does not parse. */
export function parsePath(path: string): Step[] | null {
  const steps: Step[] = [];
  for (const seg of path.split('.')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([A-Za-z0-9_-]+)\])?$/.exec(seg);
    if (!m) return null;
    steps.push(m[2] === undefined ? { key: m[1]! } : { key: m[1]!, item: m[2] });
  }
  return steps.length > 0 ? steps : null;
}

function child(node: unknown, step: Step): unknown {
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, step.key)) return undefined;
  const v = (node as Record<string, unknown>)[step.key];
  if (step.item === undefined) return v;
  if (!Array.isArray(v)) return undefined;
  const byId = v.find((x: unknown) => typeof x === 'object' && x !== null && (x as { id?: unknown }).id === step.item);
  if (byId !== undefined) return byId;
  return /^\d+$/.test(step.item) ? v[Number(step.item)] : undefined;
}

function isGrowth(v: unknown): v is { kind: 'growth'; base: number } {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'growth' && typeof (v as { base?: unknown }).base === 'number';
}

/** The number at `path` (a growth series: its base), or null when the path names no number. */
export function getParam(s: Scenario, path: string): number | null {
  const steps = parsePath(path);
  if (!steps) return null;
  let node: unknown = s;
  for (const st of steps) node = child(node, st);
  if (typeof node === 'number') return node;
  return isGrowth(node) ? node.base : null;
}

function replace(node: unknown, steps: readonly Step[], value: number): unknown {
  if (steps.length === 0) return isGrowth(node) ? { ...node, base: value } : value;
  const [st, ...rest] = steps as [Step, ...Step[]];
  const obj = node as Record<string, unknown>;
  const v = obj[st.key];
  if (st.item === undefined) return { ...obj, [st.key]: replace(v, rest, value) };
  const arr = v as unknown[];
  const target = child(node, st);
  return { ...obj, [st.key]: arr.map((x) => (x === target ? replace(x, rest, value) : x)) };
}

/** A new scenario with the number at `path` set to `value` (the path must name a number: check with `getParam`). */
export function setParam(s: Scenario, path: string, value: number): Scenario {
  const steps = parsePath(path);
  if (!steps || getParam(s, path) === null) throw new Error(`setParam: ${path} names no number`);
  return replace(s, steps, value) as Scenario;
}

/** Where a parameter path stops naming a number (SPEC §8 goal seek, §10 "a fix"). */
export interface ParamProblem {
  /** `syntax`: the path does not parse; `missing`: a step names nothing; `not-a-number`: the path ends on an object or list. */
  readonly kind: 'syntax' | 'missing' | 'not-a-number';
  /** The part that fails: the step that names nothing (`amout`, `towns[x]`), or the whole path. */
  readonly step: string;
  /** Full paths the user could write instead at that point (numeric leaves and growth series first). */
  readonly known: readonly string[];
}

function stepText(st: Step): string {
  return st.item === undefined ? st.key : `${st.key}[${st.item}]`;
}

/** Full paths one step below `node` (whose path is `at`): object keys, or `key[id]` for the items of list `key`. */
function pathsUnder(node: unknown, at: string): string[] {
  const join = (k: string): string => (at === '' ? k : `${at}.${k}`);
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const o = node as Record<string, unknown>;
  const leaf = (k: string): boolean => typeof o[k] === 'number' || isGrowth(o[k]);
  return Object.keys(o).sort((a, b) => Number(leaf(b)) - Number(leaf(a)) || a.localeCompare(b)).map((k) => join(Array.isArray(o[k]) ? `${k}[…]` : k));
}

/** `key[id]` (or `key[index]`) for every item of list `list`, under `at`. */
function itemsOf(list: readonly unknown[], key: string, at: string): string[] {
  return list.map((x: unknown, i) => {
    const id = typeof x === 'object' && x !== null && typeof (x as { id?: unknown }).id === 'string' ? (x as { id: string }).id : String(i);
    return `${at === '' ? '' : `${at}.`}${key}[${id}]`;
  });
}

/**
 * Null when `path` names a number (`getParam` is not null); else why not: it does not parse,
 * a step names nothing (with what that level holds), or it ends on an object or a list
 * (with the paths below it).
 */
export function explainParam(s: Scenario, path: string): ParamProblem | null {
  if (getParam(s, path) !== null) return null;
  const steps = parsePath(path);
  if (!steps) return { kind: 'syntax', step: path, known: pathsUnder(s, '') };
  let node: unknown = s;
  let at = '';
  for (const st of steps) {
    const next = child(node, st);
    if (next === undefined) {
      const list = typeof node === 'object' && node !== null && Object.hasOwn(node, st.key) ? (node as Record<string, unknown>)[st.key] : undefined;
      const known = st.item !== undefined && Array.isArray(list) ? itemsOf(list, st.key, at) : pathsUnder(node, at);
      return { kind: 'missing', step: `${at === '' ? '' : `${at}.`}${stepText(st)}`, known };
    }
    at = at === '' ? stepText(st) : `${at}.${stepText(st)}`;
    node = next;
  }
  return { kind: 'not-a-number', step: at, known: Array.isArray(node) ? itemsOf(node, at, '') : pathsUnder(node, at) };
}
