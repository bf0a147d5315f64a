/**
 * Initial load of the dashboard under 600 kB gzipped (issue #8): the page's entry (script,
 * styles, preloads) plus the computation worker it starts at once. Report builders (exceljs,
 * the Chart.js UMD source for HTML reports) and YAML export load on demand.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import ExcelJS from 'exceljs';
import { scenarioFileUrl, templateUrl, TEMPLATE_FILE } from '../../src/app/downloads.ts';

const LIMIT_KB = 600;

describe('bundle size', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'townfisc-bundle-'));
  let html = '';
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length / 1024;
  beforeAll(async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: 'vite.config.ts', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = env;
    }
    html = readFileSync(join(outDir, 'index.html'), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it(`loads under ${LIMIT_KB} kB gzipped at first, with the report builders left for later`, () => {
    const referenced = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
    const assets = readdirSync(join(outDir, 'assets'));
    const worker = assets.filter((f) => /^worker-.*\.js$/.test(f)).map((f) => `assets/${f}`);
    expect(worker).toHaveLength(1);
    const initial = [...new Set([...referenced, ...worker])];
    const initialKb = initial.reduce((s, f) => s + gz(f), gz('index.html'));
    const lazy = assets.map((f) => `assets/${f}`).filter((f) => !initial.includes(f));
    const lazyKb = lazy.reduce((s, f) => s + gz(f), 0);
    console.log(`[townfisc] initial load ${initialKb.toFixed(1)} kB gz (${initial.map((f) => `${f.replace('assets/', '')} ${gz(f).toFixed(1)}`).join(', ')}); on demand ${lazyKb.toFixed(1)} kB gz`);
    expect(initialKb).toBeLessThan(LIMIT_KB);
    expect(initial.some((f) => /buildXlsx|chart\.umd/.test(f))).toBe(false);
    expect(lazy.some((f) => /buildXlsx/.test(f))).toBe(true);
    // the uncertainty view and its block workers (issue #14) load on demand too
    expect(initial.some((f) => /\/(Stress|blockWorker|stressRequests)-/.test(f))).toBe(false);
    expect(lazy.some((f) => /\/Stress-/.test(f))).toBe(true);
    expect(lazy.some((f) => /\/blockWorker-/.test(f))).toBe(true);
  });

  it('serves the icons from public/, and the scenario files and town register template made at build (issue #16)', async () => {
    for (const f of ['favicon.svg', 'icon.svg', 'manifest.webmanifest']) expect(readFileSync(join(outDir, f)).length, f).toBeGreaterThan(100);
    expect(html).toContain('href="/favicon.svg"');
    // one committed copy of each scenario: scenarios/, copied byte for byte; nothing generated sits in public/
    const scenarios = readdirSync('scenarios').filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    expect(readdirSync(join(outDir, 'scenarios')).sort()).toEqual(scenarios);
    for (const f of scenarios) expect(readFileSync(join(outDir, 'scenarios', f)).equals(readFileSync(join('scenarios', f))), f).toBe(true);
    expect(readdirSync('public').filter((f) => /\.(ya?ml|json|xlsx)$/.test(f))).toEqual([]);
    // the template is townfisc template's workbook, districts from the baseline in its hidden list
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(outDir, TEMPLATE_FILE)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['towns', 'stages']));
    const lists = wb.worksheets.find((w) => w.state === 'hidden');
    const values = JSON.stringify(lists?.getSheetValues() ?? []);
    for (const d of ['conghua', 'huangpu', 'nansha']) expect(values).toContain(d);
    // the library's links point at those files
    expect(scenarioFileUrl('/scenarios/guangzhou-baseline.yaml', '/')).toBe('/scenarios/guangzhou-baseline.yaml');
    expect(scenarioFileUrl('/user/mine.yaml', '/')).toBeNull();
    expect(templateUrl('/')).toBe(`/${TEMPLATE_FILE}`);
  });

  it('contains no danfojs-node or TensorFlow code (src/frames.ts is Node-only, issue #16)', () => {
    const assets = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
    expect(assets.length).toBeGreaterThan(3);
    for (const f of assets) expect(readFileSync(join(outDir, 'assets', f), 'utf8'), f).not.toMatch(/danfo|tfjs|@tensorflow/i);
  });
});
