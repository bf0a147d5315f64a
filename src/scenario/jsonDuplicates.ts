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

/** End offset (exclusive) of the JSON string starting at `i` (on its opening quote). */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Every duplicate key of valid JSON `text`, in text order (at most `limit`). */
export function jsonDuplicateKeys(text: string, limit = 20): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length && out.length < limit; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectKey && top?.keys) {
        const key = JSON.parse(text.slice(i, end)) as string;
        if (top.keys.has(key)) out.push({ path: formatPath([...stack.slice(0, -1).map((f) => f.key ?? ''), key]), offset: i });
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end - 1;
    } else if (c === '{') {
      stack.push({ keys: new Set(), index: 0, key: undefined });
      expectKey = true;
    } else if (c === '[') {
      stack.push({ keys: null, index: 0, key: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      if (top?.keys) expectKey = true;
      else if (top) top.key = ++top.index;
    }
  }
  return out;
}

