#!/usr/bin/env node
/**
 * `npm run build:cli` (run by `prepare`, so by `npm ci`): bundles the CLI (src/cli/main.ts)
 * into `dist/cli/` with esbuild, so `townfisc` starts without transpiling TypeScript
 * (issue #12 "CLI start"). Commands' lazy `import()`s become separate chunks, loaded only
 * by the command that needs them. exceljs, playwright-core and chart.js stay in
 * node_modules (loaded only by report, template and import); the small pure-ESM
 * libraries are bundled, which spares Node resolving mathjs's ~800 module files at start.
 *
 * Next to the bundle it writes `inputs.json`: the absolute path, mtime and size of every
 * source file bundled (and of package-lock.json). `src/cli/bin.js` runs the bundle only
 * while all of them are unchanged, and falls back to the TypeScript sources through tsx
 * otherwise, so an edited checkout never runs stale code.
 *
 * Usage: node src/tools/build-cli.mjs [outdir]   (default dist/cli)
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outdir = resolve(process.argv[2] ?? join(root, 'dist', 'cli'));

/** Packages left to Node at run time: large, CommonJS with native-ish loading, or only resolved (chart.js). */
const EXTERNAL = ['exceljs', 'playwright-core', 'chart.js', 'tsx'];

let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  // An install without dev dependencies: nothing to build with; bin.js runs the sources through tsx.
  process.stderr.write('townfisc: esbuild not installed, CLI not built (it runs from the TypeScript sources)\n');
  process.exit(0);
}

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  // The stress worker is its own entry: `stressPool` starts `stressWorker.js` next to the
  // bundle's chunks, so worker threads load plain JavaScript instead of booting tsx.
  entryPoints: { main: 'src/cli/main.ts', stressWorker: 'src/cli/stressWorker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  external: EXTERNAL,
  sourcemap: 'linked',
  minifyWhitespace: true,
  minifySyntax: true,
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS code (commander, decimal.js) may call require() for Node built-ins.
  banner: { js: "import { createRequire as __townfiscRequire } from 'node:module'; const require = __townfiscRequire(import.meta.url);" },
});

/** Every bundled file outside node_modules, plus the lock file that pins the bundled libraries. */
const sources = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules/'));
const watched = [...sources, 'package-lock.json'].map((f) => resolve(root, f)).sort();
const files = Object.fromEntries(watched.map((f) => {
  const s = statSync(f);
  return [f, [s.mtimeMs, s.size]];
}));
writeFileSync(join(outdir, 'inputs.json'), `${JSON.stringify({ files }, null, 1)}\n`);
writeFileSync(join(outdir, 'meta.json'), `${JSON.stringify(result.metafile)}\n`);
process.stderr.write(`townfisc CLI built: ${outdir} (${sources.length} source files)\n`);
