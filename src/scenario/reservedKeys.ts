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
  const stack: Array<{ v: unknown; path: Array<string | number> }> = [{ v: doc, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
      continue;
    }
    for (const k of Object.keys(v)) {
      if (RESERVED_KEYS.has(k)) {
        out.push({ path: formatPath([...path, k]), value: undefined, zh: `键名 "${k}" 不能使用（JavaScript 保留名），请改名`, en: `the key "${k}" cannot be used (reserved in JavaScript); rename it` });
      } else stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, k] });
    }
  }
  return out.reverse();
}
