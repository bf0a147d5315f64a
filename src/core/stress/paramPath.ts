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
