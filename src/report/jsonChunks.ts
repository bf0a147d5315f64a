/**
 * `JSON.stringify(value, null, indent)` in pieces (issue #12 "Result JSON"): the result of
 * a national-scale run is several hundred megabytes of text, beyond what one V8 string may
 * hold (~512 MB) and wasteful to hold at once. The pieces joined are byte-identical to
 * `JSON.stringify`'s text for plain data (objects, arrays, strings, finite and non-finite
 * numbers, booleans, null, undefined), so streaming changes nothing a reader sees.
 *
 * The top levels of the tree are walked here; each subtree below `streamDepth` is written
 * by `JSON.stringify` itself and re-indented (JSON text holds no raw line breaks inside
 * strings, so every `\n` is structural). Pieces are gathered to about `chunkChars`
 * characters before they are yielded. Browser-safe.
 */

export interface JsonChunkOptions {
  /** Spaces per level, as `JSON.stringify`'s third argument (default 2). */
  readonly indent?: number;
  /** Levels walked piecewise before a subtree is written whole (default 2: root, its arrays, their items whole). */
  readonly streamDepth?: number;
  /** Characters gathered before a piece is yielded (default 1 << 16). */
  readonly chunkChars?: number;
  /**
   * Nesting level the value is written at (default 0): its inner lines are indented as
   * `JSON.stringify` indents an item of an array or object at that level, so items can be
   * streamed one after another into an enclosing array.
   */
  readonly atDepth?: number;
}

/** True for what `JSON.stringify` leaves out of an object (and writes as null in an array). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/**
 * The text of `JSON.stringify(value, null, indent)` as a sequence of strings. `value` must
 * be acyclic plain data (as the result JSON is); a `toJSON` method is honoured only below
 * the walked levels, where `JSON.stringify` writes the subtree.
 */
export function* jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string, void, undefined> {
  const indent = ' '.repeat(options.indent ?? 2);
  const streamDepth = options.streamDepth ?? 2;
  const chunkChars = options.chunkChars ?? 1 << 16;
  const atDepth = options.atDepth ?? 0;
  let buf = '';

  /** `JSON.stringify(v)` written at nesting `depth` (its inner lines indented to that depth). */
  const whole = (v: unknown, depth: number): string => {
    const text = JSON.stringify(v, null, indent) ?? 'null';
    return depth === 0 || !text.includes('\n') ? text : text.replaceAll('\n', `\n${indent.repeat(depth)}`);
  };

  function* walk(v: unknown, depth: number): Generator<string, void, undefined> {
    if (depth - atDepth >= streamDepth || !isContainer(v) || indent === '') {
      buf += whole(v, depth);
      if (buf.length >= chunkChars) {
        yield buf;
        buf = '';
      }
      return;
    }
    const inner = `\n${indent.repeat(depth + 1)}`;
    const close = `\n${indent.repeat(depth)}`;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        buf += '[]';
        return;
      }
      buf += '[';
      for (let i = 0; i < v.length; i++) {
        buf += i === 0 ? inner : `,${inner}`;
        const item: unknown = v[i];
        if (omitted(item)) buf += 'null';
        else yield* walk(item, depth + 1);
      }
      buf += `${close}]`;
      return;
    }
    const obj = v as Record<string, unknown>;
    let first = true;
    for (const k of Object.keys(obj)) {
      const item = obj[k];
      if (omitted(item)) continue;
      buf += `${first ? '{' : ','}${inner}${JSON.stringify(k)}: `;
      first = false;
      yield* walk(item, depth + 1);
    }
    buf += first ? '{}' : `${close}}`;
  }

  // An omitted root is `undefined` for JSON.stringify; written as nothing here.
  if (!omitted(value)) yield* walk(value, atDepth);
  if (buf !== '') yield buf;
}
