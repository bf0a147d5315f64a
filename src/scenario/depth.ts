/**
 * Nesting depth of a parsed document (issue #12): a scenario is at most a dozen levels deep
 * (`towns[3].kpis.x.target.byYear.2027`); a file nested thousands deep is hostile or broken
 * and would overflow the stack of every recursive step after parsing (merge, messages).
 * Measured without recursion, so the check itself cannot overflow. Browser-safe.
 */
import { formatPath } from './issues.ts';

/** Deepest nesting of mappings and lists a scenario file may have. */
export const MAX_DEPTH = 64;

/** The path of the first value nested deeper than `max` levels, or null when none is. */
export function tooDeep(root: unknown, max = MAX_DEPTH): string | null {
  // Depths only (no path per node: this runs on every file); the path is rebuilt for the one that fails.
  const stack: Array<{ value: unknown; depth: number; parent: number; key: string | number }> = [];
  const kept: Array<{ parent: number; key: string | number }> = [];
  stack.push({ value: root, depth: 0, parent: -1, key: '' });
  while (stack.length > 0) {
    const { value, depth, parent, key } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    const self = kept.push({ parent, key }) - 1;
    if (depth >= max) {
      const path: Array<string | number> = [];
      for (let i = self; i > 0; i = kept[i]!.parent) path.push(kept[i]!.key);
      path.reverse();
      return formatPath(path.slice(0, 8)) + (path.length > 8 ? '…' : '');
    }
    if (Array.isArray(value)) value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, parent: self, key: i }));
    else for (const k of Object.keys(value)) stack.push({ value: (value as Record<string, unknown>)[k], depth: depth + 1, parent: self, key: k });
  }
  return null;
}

/** True for the engine's "Maximum call stack size exceeded" (a parser recursing into a deep file). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/** The bilingual text of a file nested too deep. */
export function depthMessage(at: string | null): { zh: string; en: string } {
  const where = at === null ? '' : `（${at}）`;
  const whereEn = at === null ? '' : ` (at ${at})`;
  return {
    zh: `嵌套层级过深${where}：情景文件最多 ${MAX_DEPTH} 层，请检查文件是否损坏`,
    en: `nested too deeply${whereEn}: a scenario file has at most ${MAX_DEPTH} levels; check that the file is not corrupt`,
  };
}
