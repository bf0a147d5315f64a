/**
 * Keys that cannot be data (issue #12): `__proto__` read from JSON or YAML is an own key of
 * the parsed object, but zod's records drop it silently and assignment would reach a
 * prototype. It is reported at its path instead. Other names of `Object.prototype`
 * (`constructor`, `toString`…) are ordinary keys: the code reads user-named keys as own
 * properties only. Runs on the raw document; iterative (the depth is already bounded).
 */
import type { ScenarioIssue } from './issues.ts';
import { formatPath } from './issues.ts';

/** Key names refused wherever they appear. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/** Every reserved key of `doc`, at its path. */
export function reservedKeyIssues(doc: unknown): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  // Parent links instead of a path per node (this runs on every scenario); paths are built for hits only.
  const nodes: Array<{ parent: number; key: string | number }> = [{ parent: -1, key: '' }];
  const stack: Array<{ v: unknown; node: number }> = [{ v: doc, node: 0 }];
  const pathOf = (node: number, last: string): string => {
    const path: Array<string | number> = [last];
    for (let i = node; i > 0; i = nodes[i]!.parent) path.push(nodes[i]!.key);
    return formatPath(path.reverse());
  };
  while (stack.length > 0) {
    const { v, node } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        if (typeof x === 'object' && x !== null) stack.push({ v: x, node: nodes.push({ parent: node, key: i }) - 1 });
      });
      continue;
    }
    for (const k of Object.keys(v)) {
      if (RESERVED_KEYS.has(k)) {
        out.push({ path: pathOf(node, k), value: undefined, zh: `键名 "${k}" 不能使用（JavaScript 保留名），请改名`, en: `the key "${k}" cannot be used (reserved in JavaScript); rename it` });
        continue;
      }
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) stack.push({ v: x, node: nodes.push({ parent: node, key: k }) - 1 });
    }
  }
  return out.reverse();
}
