/**
 * The code crosses no forbidden boundary (issue #11 acceptance; HELPERS "src/core is pure",
 * "keep the browser bundle free of Node-only code"): the import graph of the dashboard —
 * everything reachable from `src/app/main.tsx` and the worker, static and dynamic imports
 * alike — reaches no Node built-in, no Node-only package (Playwright, danfojs-node,
 * exceljs's Node sources) and no Node-only module of this repository (CLI, file loading,
 * PDF printing); and no module of `src/core` imports an edge (app, report, CLI, scenario,
 * charts), Node or React.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Import specifiers of a module: `import … from`, `export … from`, bare `import '…'` and `import('…')`. */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2] ?? '').split('?')[0] ?? '');
  return out.filter((s) => s !== '');
}

const rel = (p: string) => relative('.', p).replace(/\\/g, '/');

/** Every repository module reachable from `entries`, with the packages each imports. */
function graph(entries: readonly string[]): { modules: Set<string>; packages: { from: string; spec: string }[]; missing: string[] } {
  const modules = new Set<string>();
  const packages: { from: string; spec: string }[] = [];
  const missing: string[] = [];
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) { packages.push({ from: file, spec }); continue; }
      const target = rel(normalize(join(dirname(file), spec)));
      if (target.startsWith('node_modules/')) { packages.push({ from: file, spec: target.slice('node_modules/'.length) }); continue; }
      if (!existsSync(target)) { missing.push(`${file} → ${spec}`); continue; }
      if (/\.(ts|tsx)$/.test(target)) visit(target);
    }
  };
  entries.forEach(visit);
  return { modules, packages, missing };
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Packages that only run in Node. */
const NODE_ONLY_PACKAGE = /^(playwright|playwright-core|danfojs-node|@tensorflow\/tfjs-node|better-sqlite3|commander|exceljs\/lib\/)/;
/** Repository modules that only run in Node (file system, processes, Chromium). */
const NODE_ONLY_MODULE = /^src\/(cli\/|report\/pdf\/|report\/render\.ts|report\/chartJsSource\.ts|scenario\/loadFile\.ts|scenario\/writeSchema\.ts)/;

const APP_ENTRIES = ['src/app/main.tsx', 'src/app/worker/worker.ts'];

describe('the dashboard imports no Node-only code', () => {
  const g = graph(APP_ENTRIES);

  it('the walk finds the app, the worker and what they use (a check of the check)', () => {
    expect(g.missing).toEqual([]);
    for (const m of ['src/app/App.tsx', 'src/app/worker/runner.ts', 'src/core/simulate.ts', 'src/scenario/resolve.ts', 'src/charts/overview.ts', 'src/report/html/buildHtml.ts']) expect(g.modules.has(m), m).toBe(true);
    expect(g.packages.map((p) => p.spec)).toEqual(expect.arrayContaining(['react', 'chart.js', 'yaml']));
    expect(specifiers("import a from 'x';\nexport { b } from \"./y.ts\";\nconst c = await import('z?raw');\nimport type { D } from '../d.ts';")).toEqual(['x', './y.ts', 'z', '../d.ts']);
  });

  it('reaches no Node built-in and no Node-only package', () => {
    const bad = g.packages.filter((p) => NODE_BUILTINS.has(p.spec) || NODE_BUILTINS.has(p.spec.split('/')[0] ?? '') || NODE_ONLY_PACKAGE.test(p.spec));
    expect(bad.map((p) => `${p.from} imports ${p.spec}`)).toEqual([]);
  });

  it('reaches no Node-only module of the repository, and no reached module uses a Node global', () => {
    expect([...g.modules].filter((m) => NODE_ONLY_MODULE.test(m))).toEqual([]);
    const globals = [...g.modules].filter((m) => /\b(process\.(env|argv|exit|cwd|stdout|stderr)|Buffer\.|require\(|__dirname)/.test(readFileSync(m, 'utf8')));
    expect(globals).toEqual([]);
  });
});

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f).replace(/\\/g, '/');
    return statSync(p).isDirectory() ? tsFiles(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

describe('the core imports no edge', () => {
  it('every import of src/core stays in src/core or names a pure package (no Node, no React)', () => {
    const files = tsFiles('src/core');
    expect(files.length).toBeGreaterThan(50);
    const bad: string[] = [];
    for (const f of files) {
      for (const spec of specifiers(readFileSync(f, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = rel(normalize(join(dirname(f), spec)));
          if (!target.startsWith('src/core/')) bad.push(`${f} imports ${target}`);
        } else if (NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0] ?? '') || /^react(-dom)?(\/|$)/.test(spec) || NODE_ONLY_PACKAGE.test(spec)) {
          bad.push(`${f} imports ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
