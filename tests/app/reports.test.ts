/** Reports built in the browser from the worker's runs with src/report's builders (loaded on demand). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRunner } from '../../src/app/worker/runner.ts';
import { buildReportFile } from '../../src/app/io/reports.ts';
import { BROWSER_REPORT_FORMATS } from '../../src/app/io/reportFormats.ts';

const BASE = '/scenarios/guangzhou-baseline.yaml';
const OVER = '/scenarios/guangzhou-ppp-overload.yaml';
const read = (f: string) => readFileSync(new URL(`../../scenarios/${f}`, import.meta.url), 'utf8');
const runner = createRunner(new Map([[BASE, read('guangzhou-baseline.yaml')], [OVER, read('guangzhou-ppp-overload.yaml')]]));

describe('browser reports', () => {
  it('the worker hands over each run with its validated scenario, the reference first', async () => {
    const r = await runner.reportInputs([BASE, OVER], []);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.runs.map((x) => x.scenario.id)).toEqual(['guangzhou-baseline', 'guangzhou-ppp-overload']);
    const bad = await runner.reportInputs(['/scenarios/missing.yaml'], []);
    expect(bad.ok).toBe(false);
  }, 60_000);

  it.each(BROWSER_REPORT_FORMATS)('builds a %s report of a two-scenario comparison', async (format) => {
    const r = await runner.reportInputs([BASE, OVER], []);
    if (!r.ok) throw new Error('runs');
    const bytes = await buildReportFile(r.runs, format, { lang: 'zh', generatedAt: '2026-01-01' });
    expect(bytes.length).toBeGreaterThan(1_000);
    const head = new TextDecoder().decode(bytes.subarray(0, 200));
    if (format === 'xlsx') expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    if (format === 'html') {
      expect(head.toLowerCase()).toContain('<!doctype html>');
      // The Chart.js UMD build is inlined, so the page draws its charts offline.
      expect(new TextDecoder().decode(bytes)).toContain('Chart');
    }
    if (format === 'csv') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    if (format === 'md') expect(head).toMatch(/^# /);
  }, 60_000);
});
