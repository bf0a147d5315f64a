/**
 * `npm run notebooks:run` / `npm run notebooks:open` (issue #16): the analysts' Jupyter
 * notebooks in TypeScript (tslab kernel). `notebooks/` is its own npm project, so tslab and
 * its TypeScript 5.0 never enter the main node_modules; this script installs it when
 * needed (`npm ci --prefix notebooks`), registers the kernel under `notebooks/.jupyter`,
 * emits the declarations of the public API the notebooks type-check against
 * (`notebooks/.types`), then executes every notebook headlessly with
 * `jupyter nbconvert --execute` (HTML into `notebooks/out/`, ignored) or starts Jupyter.
 *
 * `run [--if-available] [--out DIR] [FILE.ipynb…]`: exit 1 when any cell of any notebook
 * fails (an exception or a type error). Without Jupyter it fails, except with
 * `--if-available` outside CI (as `npm test` calls it), where it says so loudly and skips.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NB = join(ROOT, 'notebooks');
const PREFIX = join(NB, '.jupyter');
const TYPES = join(NB, '.types');
const TSLAB = join(NB, 'node_modules', '.bin', 'tslab');
const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** Debian's Jupyter and Python (TOOLING.md: another python3 may come first on PATH). */
export function findTool(name: 'jupyter' | 'python3', env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env[name === 'jupyter' ? 'JUPYTER' : 'JUPYTER_PYTHON'];
  for (const p of [given, `/usr/bin/${name}`]) if (p && existsSync(p)) return p;
  return null;
}

function sh(cmd: string, args: readonly string[], opts: SpawnSyncOptions = {}): void {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} → exit ${r.status ?? r.signal}`);
}

function mtime(p: string): number {
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function newestUnder(dir: string, ext: RegExp): number {
  let t = 0;
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    t = Math.max(t, f.isDirectory() ? newestUnder(p, ext) : ext.test(f.name) ? statSync(p).mtimeMs : 0);
  }
  return t;
}

/** `npm ci --prefix notebooks` when tslab is missing or the notebooks' lock file changed. */
function ensureDeps(): void {
  const installed = join(NB, 'node_modules', '.package-lock.json');
  if (existsSync(TSLAB) && mtime(installed) >= mtime(join(NB, 'package-lock.json'))) return;
  console.error('[notebooks] npm ci --prefix notebooks (tslab, vega-lite)');
  sh('npm', ['ci', '--prefix', 'notebooks', '--no-audit', '--no-fund']);
}

/** The tslab kernel spec under notebooks/.jupyter, pointing at this checkout's tslab. */
function ensureKernel(python: string): void {
  const spec = join(PREFIX, 'share', 'jupyter', 'kernels', 'tslab', 'kernel.json');
  if (existsSync(spec) && readFileSync(spec, 'utf8').includes(JSON.stringify(TSLAB))) return;
  sh(TSLAB, ['install', `--python=${python}`, `--prefix=${PREFIX}`, `--binary=${TSLAB}`]);
}

/**
 * Declarations of the notebooks' API (src/index.ts, the scenario loader, src/frames.ts),
 * emitted by the project's TypeScript: tslab type-checks cells against them, while the
 * code itself runs from the sources through tsx (`notebooks/lib/townfisc.js`). tslab's
 * TypeScript 5.0 does not take `.ts` import paths, so they are rewritten to extensionless.
 */
function ensureTypes(): void {
  const stamp = join(TYPES, '.stamp');
  if (mtime(stamp) > newestUnder(join(ROOT, 'src'), /\.tsx?$/)) return;
  console.error('[notebooks] emitting the API declarations into notebooks/.types');
  sh(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(NB, 'tsconfig.types.json')]);
  rewriteTsSpecifiers(TYPES);
  writeFileSync(stamp, new Date().toISOString());
}

/** `from './x.ts'` → `from './x'` in every .d.ts under `dir`. */
export function rewriteTsSpecifiers(dir: string): void {
  for (const f of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, f.name);
    if (f.isDirectory()) rewriteTsSpecifiers(p);
    else if (f.name.endsWith('.d.ts')) writeFileSync(p, stripTsExtensions(readFileSync(p, 'utf8')));
  }
}

/** Relative import specifiers lose their `.ts`/`.tsx` extension. */
export function stripTsExtensions(text: string): string {
  return text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+?)\.tsx?\2/g, '$1$2$3$2');
}

function setup(python: string): NodeJS.ProcessEnv {
  ensureDeps();
  ensureKernel(python);
  ensureTypes();
  return { ...process.env, JUPYTER_PATH: join(PREFIX, 'share', 'jupyter') };
}

/** Options of `run`. */
export interface RunArgs {
  readonly ifAvailable: boolean;
  readonly out: string;
  readonly files: readonly string[];
}

/** Parses `run`'s arguments; files default to every notebook in notebooks/, by name. */
export function parseRunArgs(args: readonly string[]): RunArgs {
  let ifAvailable = false;
  let out = join(NB, 'out');
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--if-available') ifAvailable = true;
    else if (a === '--out') out = resolve(args[++i] ?? out);
    else files.push(resolve(a));
  }
  if (files.length === 0) for (const f of readdirSync(NB).filter((f) => f.endsWith('.ipynb')).sort()) files.push(join(NB, f));
  return { ifAvailable, out, files };
}

/** The error part of nbconvert's output: from the failing cell's source to the end, bounded. */
export function failureExcerpt(stderr: string): string {
  const i = stderr.indexOf('An error occurred while executing the following cell');
  const text = i >= 0 ? stderr.slice(i) : stderr;
  return bounded(text);
}

function bounded(text: string, max = 3000): string {
  return text.length > max ? `${text.slice(0, max)}\n…` : text;
}

interface NbOutput { readonly output_type: string; readonly name?: string; readonly text?: string | string[]; readonly ename?: string; readonly evalue?: string }
interface NbCell { readonly cell_type: string; readonly source: string | string[]; readonly outputs?: readonly NbOutput[] }

const joined = (t: string | string[] | undefined): string => (Array.isArray(t) ? t.join('') : t ?? '');

/**
 * What tslab said about the cells of an executed notebook (JSON, run with --allow-errors):
 * stderr streams (type errors land there, the kernel's error reply is empty) and error
 * outputs, each under its cell's first line.
 */
export function cellErrors(notebookJson: string): string {
  const nb = JSON.parse(notebookJson) as { cells: NbCell[] };
  const parts: string[] = [];
  nb.cells.forEach((c, i) => {
    const errs = (c.outputs ?? []).flatMap((o) =>
      o.output_type === 'error' ? [`${o.ename ?? ''}: ${o.evalue ?? ''}`]
        : o.output_type === 'stream' && o.name === 'stderr' ? [joined(o.text)] : []);
    if (errs.length > 0) parts.push(`[cell ${i + 1}] ${joined(c.source).split('\n')[0] ?? ''}\n${errs.join('').trimEnd()}`);
  });
  return parts.join('\n');
}

/** Re-executes a failed notebook with --allow-errors to collect what each cell printed to stderr. */
function diagnose(jupyter: string, file: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(jupyter, ['nbconvert', '--to', 'notebook', '--execute', '--allow-errors', '--ExecutePreprocessor.kernel_name=tslab', '--ExecutePreprocessor.timeout=600', '--stdout', file],
    { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  try {
    return bounded(cellErrors(r.stdout ?? ''));
  } catch {
    return '';
  }
}

function run(args: readonly string[]): number {
  const opts = parseRunArgs(args);
  const jupyter = findTool('jupyter');
  const python = findTool('python3');
  if (!jupyter || !python) {
    const msg = '未找到 Jupyter（apt-get install jupyter-nbconvert python3-ipykernel …，见 README）/ Jupyter not found (apt-get install jupyter-nbconvert python3-ipykernel …, see README)';
    if (opts.ifAvailable && !inCi) {
      console.warn(`\n!!! ${msg}: SKIPPING the notebooks. They fail instead when CI=true.\n`);
      return 0;
    }
    console.error(msg);
    return 1;
  }
  const env = setup(python);
  mkdirSync(opts.out, { recursive: true });
  const failed: string[] = [];
  for (const file of opts.files) {
    const name = relative(ROOT, file);
    if (!existsSync(file)) {
      failed.push(name);
      console.error(`✗ ${name}: 文件不存在 / no such notebook`);
      continue;
    }
    const t0 = Date.now();
    const r = spawnSync(jupyter, [
      'nbconvert', '--to', 'html', '--execute', '--ExecutePreprocessor.kernel_name=tslab',
      '--ExecutePreprocessor.timeout=600', '--output-dir', opts.out, file,
    ], { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (r.status === 0) {
      console.log(`✓ ${name} (${secs} s) → ${relative(ROOT, join(opts.out, name.split('/').pop()!.replace(/\.ipynb$/, '.html')))}`);
    } else {
      failed.push(name);
      console.error(`✗ ${name} (${secs} s): 单元格执行失败 / a cell failed\n${failureExcerpt(r.stderr ?? '')}`);
      const detail = diagnose(jupyter, file, env);
      if (detail) console.error(`tslab:\n${detail}`);
    }
  }
  if (failed.length > 0) {
    console.error(`\n${failed.length} 个笔记本失败 / notebook(s) failed: ${failed.join(', ')}`);
    return 1;
  }
  console.log(`${opts.files.length} 个笔记本全部执行成功 / all ${opts.files.length} notebooks ran`);
  return 0;
}

function open(): Promise<number> {
  const jupyter = findTool('jupyter');
  const python = findTool('python3');
  if (!jupyter || !python) {
    console.error('未找到 Jupyter / Jupyter not found: apt-get install jupyter-notebook python3-ipykernel');
    return Promise.resolve(1);
  }
  const env = setup(python);
  const port = process.env.NOTEBOOK_PORT ?? '8888';
  // Jupyter refuses to run as root unless told (containers often are root)
  const root = process.getuid?.() === 0 ? ['--allow-root'] : [];
  const child = spawn(jupyter, ['notebook', '--no-browser', '--ip=127.0.0.1', `--port=${port}`, `--notebook-dir=${NB}`, ...root], { cwd: NB, env, stdio: ['inherit', 'inherit', 'pipe'] });
  let shown = false;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    process.stderr.write(chunk);
    const url = /https?:\/\/127\.0\.0\.1:\d+\/\S*token=\S+/.exec(chunk)?.[0];
    if (url && !shown) {
      shown = true;
      console.log(`\n打开 / open: ${url}\n（内核选 TypeScript / pick the TypeScript kernel; Ctrl+C 结束 / to stop）\n`);
    }
  });
  const stop = () => child.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise((res) => child.on('exit', (code) => res(code ?? 0)));
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'run') process.exitCode = run(rest);
  else if (cmd === 'open') process.exitCode = await open();
  else {
    console.error('用法 / usage: tsx src/tools/notebooks.ts run [--if-available] [--out DIR] [FILE.ipynb…] | open');
    process.exitCode = 2;
  }
}
