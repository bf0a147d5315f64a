/**
 * The CLI built at install (issue #12 "CLI start"): src/tools/build-cli.mjs bundles
 * src/cli/main.ts; bin.js runs the bundle while its sources are unchanged. The bundle is
 * built here into a scratch folder inside the repository (so the external libraries resolve
 * from node_modules), next to a copy of bin.js with no TypeScript beside it: a copy that
 * works can only have run the bundle.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFreshBuild } from '../../src/cli/freshBuild.js';
import { townfisc } from '../support/cli.ts';

const scratch = resolve('.tmp', `cli-build-${process.pid}`);
const bin = join(scratch, 'src/cli/bin.js');

function node(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Meta {
  readonly inputs: Record<string, unknown>;
  readonly outputs: Record<string, { readonly imports: ReadonlyArray<{ path: string; kind: string; external?: boolean }>; readonly inputs: Record<string, unknown> }>;
}

beforeAll(() => {
  const built = node(['src/tools/build-cli.mjs', join(scratch, 'dist/cli')]);
  expect(built.code, built.stderr).toBe(0);
  mkdirSync(join(scratch, 'src/cli'), { recursive: true });
  copyFileSync('src/cli/bin.js', bin);
  copyFileSync('src/cli/freshBuild.js', join(scratch, 'src/cli/freshBuild.js'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the built CLI', () => {
  it('validates the baseline exactly as the TypeScript sources do', () => {
    const fromBuild = node([bin, 'validate', 'scenarios/guangzhou-baseline.yaml']);
    const fromSource = townfisc(['validate', 'scenarios/guangzhou-baseline.yaml']);
    expect(fromBuild.stderr).toBe('');
    expect(fromBuild.code).toBe(0);
    expect(fromBuild.stdout).toBe(fromSource.stdout);
  });

  it('reports an invalid file with exit 2 and no stack trace', () => {
    const r = node([bin, 'validate', 'package.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package\.json/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints --help from the bundle', () => {
    const r = node([bin, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/validate/);
    expect(r.stdout).toMatch(/report/);
  });

  it('loads no report code, exceljs, playwright-core or mathjs before a command asks for them', () => {
    const meta = JSON.parse(readFileSync(join(scratch, 'dist/cli/meta.json'), 'utf8')) as Meta;
    const key = (abs: string): string => Object.keys(meta.outputs).find((k) => resolve(k) === abs) ?? abs;
    // Everything main.js pulls in through static imports, transitively (dynamic imports excluded).
    const seen = new Set<string>();
    const loaded: string[] = [];
    const visit = (out: string): void => {
      if (seen.has(out)) return;
      seen.add(out);
      const o = meta.outputs[out];
      if (!o) return;
      loaded.push(...Object.keys(o.inputs));
      for (const imp of o.imports) {
        if (imp.kind !== 'import-statement') continue;
        if (imp.external) loaded.push(imp.path);
        else visit(key(resolve(imp.path)));
      }
    };
    visit(key(resolve(scratch, 'dist/cli/main.js')));
    expect(loaded.some((f) => f.includes('src/cli/commands/run.ts'))).toBe(true);
    const heavy = loaded.filter((f) => /exceljs|playwright-core|mathjs|typed-function|src\/report\/(xlsx|html|pdf\/printPdf|model|template|csv)|src\/core\/simulate/.test(f));
    expect(heavy).toEqual([]);
  });
});

describe('isFreshBuild', () => {
  const inputs = JSON.stringify({ files: { '/a.ts': [1000.5, 10], '/b.ts': [2000, 20] } });
  const disk: Record<string, { mtimeMs: number; size: number }> = { '/a.ts': { mtimeMs: 1000.5, size: 10 }, '/b.ts': { mtimeMs: 2000, size: 20 } };
  const stat = (over: Record<string, { mtimeMs: number; size: number } | undefined>) => (p: string) => {
    const s = p in over ? over[p] : disk[p];
    if (!s) throw new Error(`ENOENT ${p}`);
    return s;
  };

  it('is true when every recorded file has its mtime and size', () => {
    expect(isFreshBuild(inputs, stat({}))).toBe(true);
  });
  it('is false when a source was edited (mtime or size changed)', () => {
    expect(isFreshBuild(inputs, stat({ '/b.ts': { mtimeMs: 2001, size: 20 } }))).toBe(false);
    expect(isFreshBuild(inputs, stat({ '/a.ts': { mtimeMs: 1000.5, size: 11 } }))).toBe(false);
  });
  it('is false when a source is gone, or the record is unreadable or empty', () => {
    expect(isFreshBuild(inputs, stat({ '/a.ts': undefined }))).toBe(false);
    expect(isFreshBuild('{not json', stat({}))).toBe(false);
    expect(isFreshBuild(JSON.stringify({ files: {} }), stat({}))).toBe(false);
  });
});
