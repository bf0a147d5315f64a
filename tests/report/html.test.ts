/**
 * The HTML report (issue #7): self-contained (inline CSS and JS, a CSP that forbids the
 * network), every text escaped, chart data from the displayed figures; in Chromium, every
 * chart canvas is drawn (not blank) without a page error or a network request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { chartJsSource } from '../../src/report/chartJsSource.ts';
import { buildReport } from '../../src/report/model/buildReport.ts';
import { launchChromium, skipBrowserTests } from '../support/chromium.ts';
import { BASELINE, model, NORTH, REWARDS, run } from './support.ts';

describe('HTML report (pure)', () => {
  it('is one file: inline style and scripts, no external resource, a CSP without network', async () => {
    const html = buildHtml(await model([REWARDS]), { chartJs: chartJsSource() });
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\';');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(html).toContain('Chart.js v4');
    expect(html).toMatch(/情景哈希<\/dt><dd data-meta="Scenario hash">[0-9a-f]{64}</);
  });

  it('escapes every text from the scenario', async () => {
    const r = await run(BASELINE);
    const evil = '<img src=x onerror=alert(1)></script><script>alert(2)</script>';
    const html = buildHtml(buildReport([{ scenario: { ...r.scenario, name: evil }, result: { ...r.result, scenario: { ...r.result.scenario, name: evil } } }], { generatedAt: '2026-11-26' }));
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<script>alert(2)');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('chart data: the shared charts (rewards by program, PPP share with the lines in force, district ratios over the tier bands, fund J-curves), rounded as the tables', async () => {
    const s = (await model([REWARDS])).sections[0]!;
    const [rewards, share, debt, jcurve] = s.charts;
    expect(s.charts.map((c) => c.id)).toEqual(['rewards', 'ppp-share', 'broad-ratio', 'fund-j-curves']);
    // one stacked series per program that paid (the fixture's programs join the baseline's)
    expect(rewards!.datasets.map((x) => x.label)).toEqual(expect.arrayContaining(['事前补贴', '事中奖励', '事后考核', '新增财政收入返还']));
    expect(share!.datasets.filter((x) => x.dashed).map((x) => x.label)).toEqual(['政府付费项目5%门槛：5%', 'PPP支出占比7%预警线：7%', 'PPP支出占比10%红线：10%']);
    // shares are fractions at the tables' display precision (2 decimals of a percent)
    expect(share!.datasets[0]!.data[0]).toBeCloseTo(0.0204, 4);
    for (const v of share!.datasets[0]!.data) if (v !== null) expect(Number((v * 1e4).toFixed(6)) % 1).toBe(0);
    expect(debt!.bands!.map((b) => b.from)).toEqual([0, 1.2, 2, 3].filter((x) => x < debt!.yMax!));
    expect(debt!.datasets).toHaveLength(7);
    // a J-curve dips below zero while capital is called, then recovers
    const tech = jcurve!.datasets.find((x) => x.label.startsWith('广州科技创新'))?.data ?? jcurve!.datasets[0]!.data;
    const nums = tech.filter((v): v is number => v !== null);
    expect(Math.min(...nums)).toBeLessThan(0);
    expect(nums.at(-1)!).toBeGreaterThan(Math.min(...nums));
    for (const c of s.charts) for (const x of c.datasets) for (const v of x.data) if (v !== null) expect(Number.isFinite(v)).toBe(true);
  });
});

describe.skipIf(skipBrowserTests())('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); }, 60_000);
  afterAll(async () => { await browser?.close(); });

  it('draws every chart canvas (non-blank) without page errors or network requests', async () => {
    const html = buildHtml(await model([BASELINE, NORTH]), { chartJs: chartJsSource() });
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url()); });
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __chartsReady?: boolean }).__chartsReady === true, undefined, { timeout: 20_000 });
    const inked = await page.$$eval('canvas', (canvases) => canvases.map((c) => {
      const ctx = (c as HTMLCanvasElement).getContext('2d')!;
      const { data } = ctx.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height);
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
      return n;
    }));
    expect(inked).toHaveLength(10); // the two comparison charts, then four charts per scenario
    for (const n of inked) expect(n).toBeGreaterThan(5000);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
