/**
 * Duplicate keys in JSON text (issue #12): `JSON.parse` silently keeps the last of two equal
 * keys, while the YAML reader refuses them (`uniqueKeys`); a scenario must not depend on
 * which syntax it is written in. One linear pass over the text, no recursion, so it is safe
 * on hostile nesting. Run only on text `JSON.parse` accepted. Browser-safe.
 */
import { formatPath } from './issues.ts';

/** A key that appears twice in one object: its path and its offset in the text. */
export interface DuplicateKey {
  readonly path: string;
  readonly offset: number;
}

interface Frame {
  readonly keys: Set<string> | null; // null for an array
  index: number;
  key: string | number | undefined;
}

const QUOTE = 34, BACKSLASH = 92, OPEN_OBJ = 123, CLOSE_OBJ = 125, OPEN_ARR = 91, CLOSE_ARR = 93, COMMA = 44;

/** End offset (exclusive) of the JSON string starting at `i` (on its opening quote). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  for (let c = text.charCodeAt(j); j < text.length && c !== QUOTE; c = text.charCodeAt(j)) j += c === BACKSLASH ? 2 : 1;
  return j + 1;
}

/** Every duplicate key of valid JSON `text`, in text order (at most `limit`). */
export function jsonDuplicateKeys(text: string, limit = 20): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (expectKey && top?.keys) {
        const raw = text.slice(i + 1, end - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end)) as string) : raw; // escapes are rare in keys
        if (top.keys.has(key)) out.push({ path: formatPath([...stack.slice(0, -1).map((f) => f.key ?? ''), key]), offset: i });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === OPEN_OBJ) {
      stack.push({ keys: new Set(), index: 0, key: undefined });
      expectKey = true;
    } else if (c === OPEN_ARR) {
      stack.push({ keys: null, index: 0, key: 0 });
    } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
      stack.pop();
    } else if (c === COMMA) {
      if (top?.keys) expectKey = true;
      else if (top) top.key = ++top.index;
    }
  }
  return out;
}
