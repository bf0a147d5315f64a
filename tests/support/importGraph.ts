/**
 * The static import graph of the project's own sources: from an entry file, every local
 * module reached through `import`/`export … from`, dynamic `import('…')` and
 * `new URL('…', import.meta.url)` (workers), and the packages those modules name.
 * Used to prove that an entry never reaches Node-only code (issue #16).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"]([^'"]+)['"]/g;

/** Package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] ?? spec;
}

/** Local modules (paths relative to the working directory) and packages reached from `entry`. */
export function importGraph(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    const key = relative('.', file).replace(/\\/g, '/');
    if (modules.has(key)) continue;
    modules.add(key);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPECIFIER)) {
      const spec = (m[1] ?? '').replace(/\?.*$/, '');
      if (spec.startsWith('.')) {
        const target = join(dirname(file), spec);
        if (existsSync(target) && /\.(ts|tsx|js|mjs)$/.test(target)) queue.push(target);
      } else if (!spec.startsWith('node:') && !/^[a-z]+:/.test(spec)) {
        packages.add(packageOf(spec));
      }
    }
  }
  return { modules, packages };
}
