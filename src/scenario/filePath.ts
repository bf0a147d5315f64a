/**
 * Paths of scenario files, resolved without Node's `path` so the loader runs in the
 * browser too (SPEC §2 `extends`: relative to the file that names it). Separators are `/`.
 */

/** The directory part of a path: `a/b/c.yaml` → `a/b`. */
export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

/** `a/./b/../c` → `a/c`; keeps a leading `/` and leading `..` segments. */
export function normalize(p: string): string {
  const absolute = p.startsWith('/');
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (seg !== '..' || !absolute) out.push(seg);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

/** `target` resolved against the file `from` (absolute targets stay as they are). */
export function resolveFrom(from: string, target: string): string {
  const t = target.replace(/\\/g, '/');
  return normalize(t.startsWith('/') || /^[A-Za-z]:\//.test(t) ? t : `${dirname(from.replace(/\\/g, '/'))}/${t}`);
}
