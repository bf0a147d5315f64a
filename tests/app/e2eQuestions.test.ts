/**
 * The users' questions, each walked in headless Chromium on the bundled scenarios (issue #15):
 * Q1 the commission — which districts cross which line, when, under which scenario, with how
 * much room; Q3 the bureau — why raising the pool changed nothing; Q2 the bureau — what a
 * variant changes and what it costs; Q4 anyone — one link for the whole comparison. Also the
 * first visit (baseline overview), the remembered language and the refused fifth scenario.
 * Screenshots of the new views (see SHOTS in tests/support/dashboard.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { skipBrowserTests } from '../support/chromium.ts';
import type { AppServer } from '../support/appServer.ts';
import { useDashboard } from '../support/dashboard.ts';

// every scenario file the dashboard bundles (src/app/bundled.ts reads scenarios/*.yaml)
const BUNDLED = readdirSync('scenarios').filter((f) => /\.ya?ml$/.test(f)).length;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

describe.skipIf(skipBrowserTests())('the users’ questions (Chromium)', () => {
  const d = useDashboard();
  const { errors, shot } = d;
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  beforeAll(() => { ({ server, browser, page } = d); });

  it('a first visit opens on the baseline overview; the language chosen is remembered', async () => {
    await page.goto(server.url);
    await page.locator('figure.chart canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('h2').first().innerText()).toContain('基准情景');
    await page.getByTestId('lang-toggle').click();
    expect(page.url()).toContain('lang=en');
    // a new visit without an address: English, as chosen last time
    await page.goto(`${server.url}`.replace(/#.*$/, ''));
    await page.reload();
    await expect.poll(() => page.getByTestId('lang-toggle').innerText(), { timeout: 30_000 }).toBe('中文');
    await page.getByTestId('lang-toggle').click();
    await expect.poll(() => page.getByTestId('lang-toggle').innerText()).toBe('English');
  }, 60_000);

  it('Q1: the risk view compares districts across every scenario and shows each district-year’s line in force and headroom', async () => {
    await page.goto(`${server.url}#view=risk&s=guangzhou-baseline`);
    const cross = page.locator('[data-testid="risk-compare"] table.cross');
    await expect.poll(() => cross.locator('thead th[data-scenario]').count(), { timeout: 60_000 }).toBe(BUNDLED);
    // 从化区 under the PPP-overload scenario: its worst tier, the first year a line is crossed and the least headroom with its year, in words
    const cell = cross.locator('tr[data-district="conghua"] td').nth(Number(await cross.locator('thead th[data-scenario]').evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-scenario') === 'guangzhou-ppp-overload'))));
    const text = await cell.innerText();
    expect(text).toMatch(/最差等级 [绿黄橙红]/);
    expect(text).toMatch(/首次越线 20\d\d/);
    expect(text).toMatch(/最小余量 -?[\d,.]+ (万元|亿元) \(20\d\d, /);
    // switch the detailed scenario to the overload one: the heading follows, the address names it
    await page.getByTestId('risk-scenario').selectOption('guangzhou-ppp-overload');
    await expect.poll(() => page.locator('#risk-h').innerText(), { timeout: 30_000 }).toContain('PPP');
    expect(page.url()).toContain('sub=guangzhou-ppp-overload');
    // 从化区 2026: every line evaluated, crossed or not, with the value, the line in force (debt ratios in percent) and the headroom in money
    await page.getByTestId('lines-district').selectOption('conghua');
    const rows = page.locator('table.lines tbody tr[data-year="2026"]');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const tier = page.locator('table.lines tbody tr[data-year="2026"][data-rule="district.tier"]');
    expect(await tier.count()).toBe(1);
    const cells = await tier.locator('td').allInnerTexts();
    // the legal ratio against the official tier line, and the broad ratio against the practice line (issue #13)
    expect(cells[1]).toContain('法定债务率风险等级（官方）');
    expect(cells[2]).toMatch(/^\d+\.\d%$/);
    expect(cells[3]).toMatch(/^\d+\.\d%$/);
    const broad = page.locator('table.lines tbody tr[data-year="2026"][data-rule="district.tier-broad"]');
    expect(await broad.count()).toBe(1);
    const broadCells = await broad.locator('td').allInnerTexts();
    expect(broadCells[1]).toContain('宽口径债务率风险等级（实践口径）');
    expect(broadCells[2]).toMatch(/^\d+\.\d%$/);
    expect(broadCells[3]).toMatch(/^\d+\.\d%$/);
    expect(cells[4]).toMatch(/^-?[\d,.]+ (万元|亿元)$/);
    // lines not crossed are there too (level ✓ 达标)
    expect(await page.locator('table.lines tbody tr[data-level="ok"]').count()).toBeGreaterThan(0);
    await shot('risk-compare');
    expect(errors).toEqual([]);
  }, 120_000);

  it('Q3: the overview says why raising the pool changes nothing; raising it in a variant indeed pays the same', async () => {
    await page.goto(`${server.url}#view=overview&s=guangzhou-baseline`);
    const note = page.locator('[data-testid="reward-pool"] p[role="note"]');
    await note.waitFor({ timeout: 30_000 });
    expect(await note.innerText()).toMatch(/提高资金池不会改变支付/);
    await page.locator('nav button[data-view="library"]').click();
    await page.locator('tr[data-scenario="guangzhou-baseline"]').getByRole('button', { name: '新建变体' }).click();
    const box = page.locator('[data-lever="rewardPool"] input[type="number"]');
    // the variant's levers are known once its first result is in (the parent's pool, 10亿元)
    await page.locator('[data-lever="rewardPool"] .val').filter({ hasText: '10.00 亿元' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('table.compare tr[data-metric="rewardsTotal"] td.delta').getAttribute('data-direction'), { timeout: 30_000 }).toBe('same');
    // raise the pool by 30% (10亿元 → 13亿元)
    await box.fill('130000');
    await box.press('Enter');
    await page.locator('[data-lever="rewardPool"] .val').filter({ hasText: '13.00 亿元' }).waitFor({ timeout: 30_000 });
    const delta = page.locator('table.compare tr[data-metric="rewardsTotal"] td.delta');
    await expect.poll(() => delta.innerText(), { timeout: 30_000 }).toBe('±0');
    await expect.poll(() => page.locator('[data-testid="reward-pool"] p[role="note"]').innerText(), { timeout: 30_000 }).toMatch(/提高资金池不会改变支付/);
  }, 90_000);

  it('Q2: the compare page picks scenarios, says what the variant changes and what it costs, and draws B − A', async () => {
    await page.locator('nav button[data-view="compare"]').click();
    const summary = page.getByTestId('variant-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect.poll(() => summary.locator('li').allInnerTexts(), { timeout: 30_000 }).toContain('奖补资金池 +30%（100,000 → 130,000）');
    expect(await summary.locator('[data-headline]').first().innerText()).toMatch(/^B（.+）(相比 A：|与 A 相比，主要指标无变化。)/);
    // the rule lines in force are drawn on the comparison charts; the differences have their own charts
    expect(await page.locator('figure[data-chart="compare-pppShare"]').textContent()).toContain('PPP支出占比7%预警线');
    expect(await page.getByTestId('difference-charts').locator('figure.chart').count()).toBe(6);
    // add two bundled scenarios from the picker (no trip to the library); a fifth is refused, in words
    const picker = page.getByTestId('compare-picker');
    await picker.locator('input[data-ref="guangzhou-elastic"]').check();
    await expect.poll(() => page.locator('table.compare thead th').count(), { timeout: 30_000 }).toBe(4);
    await picker.locator('input[data-ref="guangzhou-exante"]').check();
    await expect.poll(() => page.locator('table.compare thead th').count(), { timeout: 30_000 }).toBe(5);
    await picker.locator('input[data-ref="guangzhou-north-growth"]').click();
    await expect.poll(() => picker.locator('[role="alert"]').innerText()).toMatch(/最多同时对比 4 个情景/);
    expect(await picker.locator('input[data-ref="guangzhou-north-growth"]').isChecked()).toBe(false);
    expect(await page.locator('table.compare thead th').count()).toBe(5);
    await shot('compare-variant');
    await picker.locator('input[data-ref="guangzhou-exante"]').uncheck();
    await expect.poll(() => page.locator('table.compare thead th').count(), { timeout: 30_000 }).toBe(4);
    expect(errors).toEqual([]);
  }, 120_000);

  it('Q4: one link carries the whole comparison — the variant, the view and the language — to a fresh browser', async () => {
    await page.getByTestId('lang-toggle').click();
    const share = page.getByTestId('share-comparison');
    await expect.poll(() => share.locator('[data-share-status]').innerText(), { timeout: 30_000 }).toMatch(/carries all 3 scenarios \(1 variants ride in it\)/);
    const link = await share.locator('input').inputValue();
    expect(link).toMatch(/#view=compare&s=guangzhou-baseline,u:[a-z0-9-]+,guangzhou-elastic&lang=en&share=[A-Za-z0-9_-]+$/);
    const fresh = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect.poll(() => other.locator('table.compare thead th').count(), { timeout: 60_000 }).toBe(4);
      expect(await other.locator('#cmp-h').innerText()).toBe('Scenario comparison');
      expect(await other.getByTestId('variant-summary').locator('li').allInnerTexts()).toContain('Reward pool +30% (100,000 → 130,000)');
      expect(other.url()).toMatch(/s=guangzhou-baseline,u:[a-z0-9-]+,guangzhou-elastic/);
      // an address naming a scenario this browser does not have says so plainly
      await other.goto(`${link.replace(/&share=.*$/, '').replace(/u:[a-z0-9-]+/, 'u:not-here')}`);
      await expect.poll(() => other.getByTestId('missing-refs').innerText(), { timeout: 30_000 }).toContain('u:not-here');
    } finally {
      await fresh.close();
    }
    await page.getByTestId('lang-toggle').click();
    expect(errors).toEqual([]);
  }, 120_000);

  it('editor: undo and redo buttons, and Ctrl+Z while the number box has focus', async () => {
    await page.locator('nav button[data-view="editor"]').click();
    const box = page.locator('[data-lever="rewardPool"] input[type="number"]');
    const val = page.locator('[data-lever="rewardPool"] .val');
    await val.filter({ hasText: '13.00 亿元' }).waitFor({ timeout: 30_000 });
    await box.fill('150000');
    await box.press('Enter');
    await val.filter({ hasText: '15.00 亿元' }).waitFor({ timeout: 30_000 });
    await box.focus();
    await page.keyboard.press('Control+z');
    await val.filter({ hasText: '13.00 亿元' }).waitFor({ timeout: 30_000 });
    const bar = page.getByTestId('editor-undo');
    await bar.getByRole('button', { name: /重做/ }).click();
    await val.filter({ hasText: '15.00 亿元' }).waitFor({ timeout: 30_000 });
    await bar.getByRole('button', { name: /撤销/ }).click();
    await val.filter({ hasText: '13.00 亿元' }).waitFor({ timeout: 30_000 });
    // the search reaches every parameter: raise one PPP project's construction cost by 50% in place
    const search = page.getByTestId('param-search');
    await search.getByRole('searchbox').fill('conghua-spa-road constructionCost');
    const cost = search.locator('tr[data-param="ppp[conghua-spa-road].constructionCost"] input');
    await cost.waitFor({ timeout: 30_000 });
    expect(await cost.inputValue()).toBe('68000');
    await cost.fill('102000');
    await cost.press('Enter');
    const ppp = page.locator('table.compare tr[data-metric="pppObligationsTotal"] td.delta').first();
    await expect.poll(() => ppp.innerText(), { timeout: 30_000 }).toMatch(/^\+/);
    // add a copy of a fund in the form, then remove it again
    const pick = page.getByLabel('编辑对象', { exact: true });
    await pick.selectOption('fund:gz-tech-internet-fund');
    await page.getByTestId('entity-add').click();
    await expect.poll(() => pick.inputValue(), { timeout: 30_000 }).toBe('fund:gz-tech-internet-fund-copy');
    await expect.poll(() => page.locator('option[value="fund:gz-tech-internet-fund-copy"]').count(), { timeout: 30_000 }).toBe(1);
    await page.getByTestId('entity-remove').click();
    await expect.poll(() => page.locator('option[value="fund:gz-tech-internet-fund-copy"]').count(), { timeout: 30_000 }).toBe(0);
  }, 90_000);

  it('axe-core finds no serious or critical violation on library, overview, compare, risk, details and editor', async () => {
    const check = async (view: string, ready: string) => {
      await page.locator(ready).first().waitFor({ timeout: 60_000 });
      await page.addScriptTag({ content: AXE });
      const found = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
        const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] }, resultTypes: ['violations'] });
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target) }));
      });
      return found.map((v) => `${view}: ${v.id} (${v.impact}) ${v.help} ${JSON.stringify(v.nodes)}`);
    };
    const problems: string[] = [];
    await page.goto(`${server.url}#view=library`);
    problems.push(...await check('library', 'table.library td.hash'));
    await page.goto(`${server.url}#view=overview&s=guangzhou-baseline`);
    problems.push(...await check('overview', 'figure.chart canvas'));
    await page.goto(`${server.url}#view=compare&s=guangzhou-baseline,guangzhou-elastic`);
    problems.push(...await check('compare', 'table.compare'));
    await page.goto(`${server.url}#view=risk&s=guangzhou-ppp-overload`);
    problems.push(...await check('risk', 'table.findings'));
    await page.goto(`${server.url}#view=town&s=guangzhou-baseline&sub=conghua-hot-spring`);
    problems.push(...await check('details', 'figure.chart canvas'));
    await page.locator('nav button[data-view="editor"]').click();
    problems.push(...await check('editor', '[data-lever="rewardPool"]'));
    expect(problems).toEqual([]);
  }, 180_000);

  it('layout: nothing wider than the screen at 390 px (tables scroll in their box); compare cells do not wrap at 1366 px with four scenarios', async () => {
    const narrow = await browser.newContext({ viewport: { width: 390, height: 800 } });
    try {
      const p = await narrow.newPage();
      for (const [hash, ready] of [['#view=overview&s=guangzhou-baseline', 'figure.chart canvas'], ['#view=risk&s=guangzhou-baseline', 'table.findings'], ['#view=compare&s=guangzhou-baseline,guangzhou-elastic', 'table.compare']] as const) {
        await p.goto(`${server.url}${hash}`);
        await p.locator(ready).first().waitFor({ timeout: 60_000 });
        const wide = await p.evaluate(() => document.documentElement.scrollWidth);
        expect({ hash, wide }).toEqual({ hash, wide: 390 });
      }
    } finally {
      await narrow.close();
    }
    const desk = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    try {
      const p = await desk.newPage();
      await p.goto(`${server.url}#view=compare&s=guangzhou-baseline,guangzhou-elastic,guangzhou-exante,guangzhou-north-growth`);
      await p.locator('table.compare tbody tr').first().waitFor({ timeout: 60_000 });
      // every number cell on one line: the text boxes of its content lie on one line (tops within 8 px)
      const tall = await p.evaluate(() => [...document.querySelectorAll('table.compare td.num')].filter((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        const tops = [...r.getClientRects()].map((x) => x.top).sort((a, b) => a - b);
        return tops.length > 0 && (tops[tops.length - 1] ?? 0) - (tops[0] ?? 0) > 8;
      }).length);
      expect(await p.locator('table.compare td.num').count()).toBeGreaterThan(40);
      expect(tall).toBe(0);
    } finally {
      await desk.close();
    }
  }, 180_000);
});
