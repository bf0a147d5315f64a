/**
 * The uncertainty view in headless Chromium (issue #14 acceptance): a real Monte Carlo run of
 * the baseline in the block workers draws the fan charts, the breach-probability matrices
 * (also in the risk view) and, on request, the tornado — checked on their data and labels,
 * not pixels; Cancel stops a long run and leaves the page usable for a new one; a goal-seek
 * answer saved as a variant appears in the library; axe-core finds no serious or critical
 * problem. With TOWNFISC_STRESS_MEASURE=1 it also times 2,000 paths (click → charts) and the
 * longest main-thread task. Nothing here waits for a fixed time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { skipBrowserTests } from '../support/chromium.ts';
import { SHOTS, useDashboard } from '../support/dashboard.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const MEASURE = process.env.TOWNFISC_STRESS_MEASURE === '1';

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** The data table of a chart figure: header cells and rows of cell texts (the chart's own numbers). */
async function chartTable(page: Page, figure: string): Promise<{ header: string[]; rows: string[][] }> {
  return page.locator(figure).locator('details table').evaluate((t) => ({
    header: [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? ''),
    rows: [...t.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  }));
}

describe.skipIf(skipBrowserTests())('the uncertainty view (Chromium)', () => {
  const d = useDashboard();
  let page: Page;
  let url: string;
  beforeAll(async () => {
    page = d.page;
    url = d.server.url;
    // long main-thread tasks (> 50 ms), recorded from the first script on
    await page.addInitScript(() => {
      const w = window as unknown as { __longtasks: [number, number][] };
      w.__longtasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
    });
  });
  const progress = () => page.getByTestId('stress-progress');
  const run = async (paths: number, seed: number) => {
    await page.getByTestId('stress-paths').fill(String(paths));
    await page.getByTestId('stress-seed').fill(String(seed));
    await page.getByTestId('stress-run').click();
  };

  it('a real run draws the fan charts with the tier lines in force and both breach-probability matrices', async () => {
    await page.goto(`${url}#view=stress&s=guangzhou-baseline`);
    await page.getByTestId('stress-view').waitFor({ timeout: 60_000 });
    await run(48, 7);
    await page.getByTestId('stress-result').waitFor({ timeout: 180_000 });
    await expect.poll(() => progress().getAttribute('data-phase')).toBe('done');
    expect(await progress().getAttribute('data-done')).toBe('48');
    expect(await progress().getAttribute('data-live-workers')).toBe('0');
    expect(await page.getByTestId('stress-result').getAttribute('data-paths')).toBe('48');
    // four fan charts drawn: the city's fiscal cost and PPP share, the first district's two debt ratios
    const fans = page.locator('[data-testid="fan-charts"] figure.chart');
    expect(await fans.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('[data-testid="fan-charts"] figure.chart canvas').count()).toBe(await fans.count());
    const district = await page.getByTestId('fan-district').inputValue();
    const legal = `figure[data-chart="guangzhou-baseline-fan-district.${district}.legalRatio"]`;
    const t = await chartTable(page, legal);
    expect(t.header.slice(1, 6)).toEqual(['P5', 'P25', 'P50', 'P75', 'P95']);
    // the official tier's three edges as lines, named from the rule table
    expect(t.header.slice(6).map((h) => h.slice(0, 4))).toEqual(['黄档起点', '橙档起点', '红档起点']);
    expect(t.header.slice(6).every((h) => h.includes('法定债务率风险等级（官方）'))).toBe(true);
    expect(t.rows.length).toBeGreaterThanOrEqual(10);
    // percentiles are ordered in every year: P5 ≤ P50 ≤ P95 (numbers, not dashes, in the first year)
    const num = (s: string) => Number(s.replace(/[,%]/g, ''));
    const first = t.rows[0]!;
    expect(num(first[1]!)).toBeLessThanOrEqual(num(first[3]!));
    expect(num(first[3]!)).toBeLessThanOrEqual(num(first[5]!));
    const broad = await chartTable(page, `figure[data-chart="guangzhou-baseline-fan-district.${district}.broadRatio"]`);
    expect(broad.header.slice(6).every((h) => h.includes('宽口径债务率风险等级（实践口径）'))).toBe(true);
    await page.locator(legal).screenshot({ path: `${SHOTS}/stress-fan.png` });
    // districts × years and towns × years: a probability in 0–1 (or no row) per cell, and the horizon's
    const dm = page.getByTestId('stress-result').getByTestId('breach-matrix-district');
    expect(await dm.getAttribute('data-rule')).toBe('district.tier');
    expect(await dm.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    const probs = await dm.locator('td[data-probability]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-probability')));
    expect(probs.length).toBeGreaterThan(10);
    const numeric = probs.filter((p) => p !== '').map(Number);
    expect(numeric.length).toBeGreaterThan(10);
    expect(numeric.every((p) => p >= 0 && p <= 1)).toBe(true);
    const tm = page.getByTestId('stress-result').getByTestId('breach-matrix-town');
    expect(await tm.getAttribute('data-rule')).toBe('town.exposure-cap');
    expect(await tm.locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    expect(d.errors).toEqual([]);
  }, 300_000);

  it('the tornado ranks the seven drivers by swing', async () => {
    await page.getByTestId('tornado-run').click();
    const fig = '[data-testid="tornado"] figure.chart';
    await page.locator(fig).waitFor({ timeout: 120_000 });
    const t = await chartTable(page, fig);
    expect(t.header).toEqual(['驱动因素', '下行冲击', '上行冲击']);
    expect(t.rows.map((r) => r[0]).sort()).toEqual(['PPP使用者需求', '利率（±100个基点）', '土地出让收入', '子基金净值增长', '小镇考核达成率', '建设投资超支（±15%）', '财政收入增速'].sort());
    expect(await page.locator('[data-testid="tornado"] [data-output]').getAttribute('data-output')).toBe('summary.fiscalCostTotal');
  }, 180_000);

  it('the risk view shows the run’s breach probabilities for the same scenario', async () => {
    await page.locator('nav button[data-view="risk"]').click();
    const panel = page.getByTestId('risk-stress');
    await panel.getByTestId('breach-matrix-district').waitFor({ timeout: 60_000 });
    expect(await panel.getByTestId('breach-matrix-district').locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await panel.getByTestId('breach-matrix-town').locator('tbody tr').count()).toBeGreaterThanOrEqual(5);
    await page.locator('nav button[data-view="stress"]').click();
    await page.getByTestId('stress-result').waitFor();
  }, 120_000);

  it('Cancel stops a long run at once; the page stays usable and a new run completes', async () => {
    await run(20_000, 3);
    await expect.poll(async () => Number(await progress().getAttribute('data-done')), { timeout: 120_000 }).toBeGreaterThan(0);
    await page.getByTestId('stress-cancel').click();
    expect(await progress().getAttribute('data-phase')).toBe('cancelled');
    expect(await progress().getAttribute('data-live-workers')).toBe('0');
    const frozen = await progress().getAttribute('data-done');
    // the page answers: a worker round trip (the tornado) completes while nothing moves the bar
    await page.getByTestId('tornado-run').click();
    await expect.poll(() => page.getByTestId('tornado-run').isEnabled(), { timeout: 120_000 }).toBe(true);
    expect(await progress().getAttribute('data-done')).toBe(frozen);
    expect(await progress().getAttribute('data-phase')).toBe('cancelled');
    // the earlier result stays on screen, and a new run completes
    expect(await page.getByTestId('stress-result').getAttribute('data-paths')).toBe('48');
    await run(16, 5);
    await expect.poll(() => page.getByTestId('stress-result').getAttribute('data-paths'), { timeout: 180_000 }).toBe('16');
    expect(await progress().getAttribute('data-phase')).toBe('done');
    expect(await progress().getAttribute('data-done')).toBe('16');
    expect(d.errors).toEqual([]);
  }, 300_000);

  it('a goal-seek answer saved as a variant appears in the library with the answer', async () => {
    await page.getByTestId('gs-param').fill('towns[conghua-hot-spring].bonds[0].amount');
    await page.getByTestId('gs-rule').selectOption('district.tier');
    await page.getByTestId('gs-subject').selectOption('district:conghua');
    await page.getByTestId('gs-hi').fill('5000000');
    await page.getByTestId('gs-solve').click();
    const answer = page.getByTestId('gs-answer');
    await answer.waitFor({ timeout: 120_000 });
    expect(await answer.getAttribute('data-holds')).toBe('true');
    const value = Number(await answer.getAttribute('data-value'));
    expect(value).toBeGreaterThan(50_000); // above the bond's planned 50,000 万元: the line is further out
    await page.getByTestId('gs-save').click();
    const saved = await page.getByTestId('gs-saved').innerText();
    expect(saved).toMatch(/已保存为变体「.*目标求解 towns\[conghua-hot-spring\]\.bonds\[0\]\.amount=/);
    await page.locator('nav button[data-view="library"]').click();
    const row = page.locator('tr[data-path^="/user/"]').filter({ hasText: '目标求解' });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.count()).toBe(1);
    // the probabilistic form: P(tier ≥ yellow at least once) ≤ 0.05 over 8 paths per value
    await page.locator('nav button[data-view="stress"]').click();
    await page.getByTestId('gs-param').fill('towns[conghua-hot-spring].bonds[0].amount');
    await page.getByTestId('gs-rule').selectOption('district.tier');
    await page.getByTestId('gs-subject').selectOption('district:conghua');
    await page.getByTestId('gs-hi').fill('5000000');
    await page.getByTestId('gs-probabilistic').check();
    await page.getByTestId('gs-paths').fill('8');
    await page.getByTestId('gs-solve').click();
    const form = page.getByTestId('gs-form');
    await form.waitFor({ timeout: 180_000 });
    expect(await form.innerText()).toMatch(/P\(越线\) ≤ 0\.05，每个取值 8 条路径，种子 1/);
    expect(['true', 'false']).toContain(await page.getByTestId('gs-answer').getAttribute('data-holds'));
    expect(d.errors).toEqual([]);
  }, 420_000);

  it('axe-core finds no serious or critical violation on the stress view with its results', async () => {
    await page.locator('nav button[data-view="stress"]').click();
    await page.getByTestId('stress-result').waitFor({ timeout: 60_000 });
    await page.addScriptTag({ content: AXE });
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }, resultTypes: ['violations'] });
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    });
    expect(found).toEqual([]);
  }, 120_000);

  it.skipIf(!MEASURE)('measures 2,000 baseline paths: wall from Run to the charts, and the longest main-thread task', async () => {
    await page.goto(`${url}#view=stress&s=guangzhou-baseline`);
    await page.getByTestId('stress-view').waitFor({ timeout: 60_000 });
    await run(2000, 1);
    // a hash change does not reload the page: wait for this run's result, then for its own time
    await expect.poll(() => page.getByTestId('stress-result').getAttribute('data-paths'), { timeout: 600_000 }).toBe('2000');
    await expect.poll(() => page.getByTestId('stress-result').getAttribute('data-wall-ms'), { timeout: 60_000 }).toMatch(/^\d/);
    const wall = Number(await page.getByTestId('stress-result').getAttribute('data-wall-ms'));
    // long tasks while the workers run (from Run to the blocks reduced) and while the result is drawn
    const { during, drawing } = await page.evaluate(() => {
      const at = (n: string) => performance.getEntriesByName(n, 'mark').at(-1)?.startTime ?? 0;
      const [start, end] = [at('townfisc:stress-run'), at('townfisc:stress-done')];
      const tasks = (window as unknown as { __longtasks: [number, number][] }).__longtasks.filter(([t]) => t >= start);
      return { during: tasks.filter(([t]) => t < end).map(([, d]) => d), drawing: tasks.filter(([t]) => t >= end).map(([, d]) => d) };
    });
    const workers = await page.evaluate(() => navigator.hardwareConcurrency);
    const f = (xs: number[]) => `longest ${Math.max(0, ...xs).toFixed(0)} ms, ${xs.length} tasks > 50 ms`;
    console.log(`[townfisc] stress 2,000 baseline paths in the dashboard: ${(wall / 1000).toFixed(2)} s from Run to charts, ${workers} workers; main thread while the paths run: ${f(during)}; reducing and drawing the result: ${f(drawing)}`);
    await page.locator('figure[data-chart$="legalRatio"]').first().screenshot({ path: `${SHOTS}/stress-fan.png` });
    expect(wall).toBeGreaterThan(0);
  }, 900_000);
});
