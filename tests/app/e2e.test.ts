/**
 * End to end in headless Chromium (issue #8 acceptance): open the app, load the baseline,
 * create a variant that raises the reward pool, see the comparison update, move a slider and
 * time the recompute, edit a town field in the entity form and see its inline error, open the risk view on the PPP-overload scenario and find its breach,
 * open a town from it, export a chart as PNG, refuse malformed and hostile imports without
 * touching the library, undo. Screenshots of each main view (see SHOTS in tests/support/dashboard.ts).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { skipBrowserTests } from '../support/chromium.ts';
import type { AppServer } from '../support/appServer.ts';
import { useDashboard } from '../support/dashboard.ts';

describe.skipIf(skipBrowserTests())('dashboard end to end (Chromium)', () => {
  const d = useDashboard({ acceptDownloads: true });
  const { errors, shot } = d;
  let server: AppServer;
  let browser: Browser;
  let page: Page;
  beforeAll(() => { ({ server, browser, page } = d); });
  const baselineRow = () => page.locator('tr[data-scenario="guangzhou-baseline"]');
  const userRows = () => page.locator('tr[data-path^="/user/"]');

  it('opens the library and the baseline overview with its charts', async () => {
    await page.goto(`${server.url}#view=library`);
    await baselineRow().locator('td.hash').filter({ hasText: /^[0-9a-f]{12}$/ }).waitFor({ timeout: 30_000 });
    const rows = await page.locator('table.library tbody tr').count();
    await expect.poll(() => page.locator('table.library td.hash').filter({ hasText: /^[0-9a-f]{12}$/ }).count(), { timeout: 30_000 }).toBe(rows);
    await shot('library');
    await baselineRow().getByRole('button', { name: '概览' }).click();
    await page.locator('figure.chart canvas').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(6);
    expect(page.url()).toContain('view=overview');
    await expect(page.locator('h2').first().innerText()).resolves.toContain('基准情景');
    // the reward pool's execution: claims against the pool, and why raising it would change nothing
    await page.locator('[data-testid="reward-pool"] canvas').waitFor();
    expect(await page.locator('[data-testid="reward-pool"] p[role="note"]').innerText()).toMatch(/提高资金池不会改变支付/);
    await shot('overview');
  }, 60_000);

  it('exports a chart as a PNG image', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('figure[data-chart$="-ppp-share"]').getByRole('button', { name: /导出 PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('guangzhou-baseline-ppp-share.png');
    const file = await download.path();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(5_000);
  }, 30_000);

  it('downloads the XLSX report of the scenario, built on demand', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.locator('button[data-report="xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('guangzhou-baseline-report.xlsx');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  }, 90_000);

  it('creates a variant whose reward pool moves, and the comparison updates each time', async () => {
    await page.locator('nav button[data-view="library"]').click();
    await baselineRow().getByRole('button', { name: '新建变体' }).click();
    const table = page.locator('table.compare');
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator('thead th').count()).toBe(3);
    const hashB = page.locator('table.compare thead th').nth(2).locator('.hash');
    const rewardsDelta = table.locator('tr[data-metric="rewardsTotal"] td.delta');
    await expect.poll(() => rewardsDelta.getAttribute('data-direction'), { timeout: 30_000 }).toBe('same');
    const box = page.locator('[data-lever="rewardPool"] input[type="number"]');
    const setPool = async (wan: string, shown: string) => {
      const before = await hashB.innerText();
      await box.fill(wan);
      await box.press('Enter');
      await page.locator('[data-lever="rewardPool"] .val').filter({ hasText: shown }).waitFor();
      await expect.poll(() => hashB.innerText(), { timeout: 30_000 }).not.toBe(before);
    };
    // A tighter pool than the baseline's 10亿元 binds: fewer rewards paid (a lower cost reads as better, with a minus sign).
    await setPool('50000', '5.00 亿元');
    await expect.poll(() => rewardsDelta.getAttribute('data-direction'), { timeout: 30_000 }).toBe('better');
    // the editor's pool chart says which years the pool now falls short in
    const poolNote = page.locator('[data-testid="reward-pool"] p[role="note"]');
    await expect.poll(() => poolNote.innerText(), { timeout: 30_000 }).toMatch(/^资金池不足的年份：.*2029/);
    expect(await rewardsDelta.innerText()).toMatch(/^−\d/);
    // Raising it to 20亿元 leaves every claim paid: the comparison updates back to no difference.
    await setPool('200000', '20.00 亿元');
    await expect.poll(() => rewardsDelta.getAttribute('data-direction'), { timeout: 30_000 }).toBe('same');
    await expect.poll(() => poolNote.innerText(), { timeout: 30_000 }).toMatch(/提高资金池不会改变支付/);
    expect(await rewardsDelta.innerText()).toBe('±0');
    await page.locator('.recompute[data-recompute-ms]:not([data-recompute-ms=""])').waitFor({ timeout: 30_000 });
  }, 60_000);

  it('recomputes on slider release; the time from release to the new result on screen is measured', async () => {
    const slider = page.locator('#lever-discountRate');
    const npvDelta = page.locator('table.compare tr[data-metric="fiscalCostNpv"] td.delta');
    const status = page.locator('.recompute');
    const samples: { total: number; resolve: number; simulate: number }[] = [];
    // Every step is a new discount rate, so no result comes from the worker's cache.
    for (let i = 0; i < 7; i++) {
      const before = await status.getAttribute('data-recompute-ms');
      await slider.focus();
      await slider.press('ArrowRight');
      await expect.poll(() => status.getAttribute('data-recompute-ms'), { timeout: 30_000 }).not.toBe(before);
      await expect.poll(() => status.getAttribute('data-simulate-ms'), { timeout: 30_000 }).not.toBe('');
      samples.push({ total: Number(await status.getAttribute('data-recompute-ms')), resolve: Number(await status.getAttribute('data-resolve-ms')), simulate: Number(await status.getAttribute('data-simulate-ms')) });
    }
    // A higher discount rate than the baseline's curve start: the fiscal-cost NPV moves, signed and coloured.
    await expect.poll(async () => (await npvDelta.getAttribute('data-direction')) ?? 'none', { timeout: 30_000 }).not.toBe('same');
    expect(await npvDelta.innerText()).toMatch(/^[+−]/);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    const f = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
    console.log(`[townfisc] recompute after slider release (baseline variant, Chromium), release → result on screen: ${f(samples.map((s) => s.total))} ms (median ${median(samples.map((s) => s.total)).toFixed(0)} ms); of which in the worker: validate ${f(samples.map((s) => s.resolve))} ms, simulate ${f(samples.map((s) => s.simulate))} ms`);
    await shot('editor');
    expect(samples.every((s) => s.total > 0 && s.simulate > 0)).toBe(true);
  }, 90_000);

  it('edits a town field in the entity form: a bad value shows its inline error (中文 / English), a good one clears it', async () => {
    await page.getByRole('combobox', { name: '编辑对象' }).selectOption('town:conghua-hot-spring');
    const row = page.locator('.entity-form[data-entity="town:conghua-hot-spring"] [data-field="land.residentialLandKm2"]');
    const input = row.locator('input');
    await expect.poll(() => input.inputValue(), { timeout: 30_000 }).toBe('0.22');
    await input.fill('-0.5');
    await input.press('Enter');
    const issue = row.locator('.issues li').first();
    await issue.waitFor({ timeout: 30_000 });
    expect(await issue.innerText()).toMatch(/[\u4e00-\u9fff].* \/ .*[A-Za-z]/);
    await input.fill('0.2');
    await input.press('Enter');
    await expect.poll(() => row.locator('.issues li').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator('table.compare thead th').count(), { timeout: 30_000 }).toBe(3);
    expect(await page.getByLabel('覆盖项（JSON，按 extends 规则合并）').inputValue()).toContain('"residentialLandKm2": 0.2');
  }, 60_000);

  it('compares the baseline and the variant side by side with overlaid charts', async () => {
    await page.locator('nav button[data-view="compare"]').click();
    await page.locator('table.compare').waitFor({ timeout: 30_000 });
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(4);
    expect(page.url()).toMatch(/s=guangzhou-baseline,u:guangzhou-baseline-v/);
    await shot('compare');
  }, 60_000);

  it('a share link carries the variant to a fresh browser profile, which opens the same comparison', async () => {
    await page.locator('nav button[data-view="editor"]').click();
    const link = await page.getByLabel('分享链接').inputValue();
    expect(link).toMatch(/#view=compare&s=guangzhou-baseline&share=[A-Za-z0-9_-]+$/);
    const fresh = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      const head = other.locator('table.compare thead th');
      await head.nth(2).waitFor({ timeout: 30_000 });
      await expect(head.nth(2).innerText()).resolves.toContain('变体1');
      expect(other.url()).toMatch(/s=guangzhou-baseline,u:guangzhou-baseline-v$/);
      const npv = other.locator('tr[data-metric="fiscalCostNpv"] td.delta');
      await expect(npv.getAttribute('data-direction')).resolves.not.toBe('same');
    } finally {
      await fresh.close();
    }
  }, 60_000);

  it('the risk view finds the PPP-share breach of the overload scenario, filters by rule, and opens a town', async () => {
    await page.goto(`${server.url}#view=risk&s=guangzhou-ppp-overload`);
    await page.locator('table.matrix').first().waitFor({ timeout: 30_000 });
    const conghua = page.locator('tr[data-district="conghua"] td[data-level="breach"]');
    expect(await conghua.count()).toBeGreaterThan(0);
    expect(await page.locator('table.findings tr[data-rule="ppp.share.10"][data-level="breach"]').count()).toBeGreaterThan(0);
    await shot('risk');
    await page.getByLabel('规则').selectOption('ppp.share.10');
    await expect.poll(() => page.url()).toContain('rule=ppp.share.10');
    const rules = await page.locator('table.findings tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThan(0);
    expect(new Set(rules)).toEqual(new Set(['ppp.share.10']));
    await page.getByLabel('规则').selectOption('');
    await page.locator('tr[data-town="conghua-eco-design"] th button').click();
    await page.locator('ol.timeline').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('view=town');
    await page.locator('figure.chart canvas').first().waitFor();
    await shot('town');
  }, 60_000);

  it('shows PPP project and fund detail pages', async () => {
    await page.goto(`${server.url}#view=ppp&s=guangzhou-ppp-overload&sub=conghua-eco-design-campus`);
    await page.locator('dl.facts').waitFor({ timeout: 30_000 });
    expect(await page.locator('figure.chart').count()).toBe(3);
    await shot('ppp');
    await page.goto(`${server.url}#view=fund&s=guangzhou-baseline&sub=gz-tech-internet-fund`);
    await page.locator('dl.facts').waitFor({ timeout: 30_000 });
    await expect(page.locator('table[aria-label="出资人类别收益"] tbody tr').count()).resolves.toBe(2);
    await shot('fund');
  }, 60_000);

  it('refuses malformed, hostile and oversized imports with clear messages and leaves the library intact', async () => {
    await page.goto(`${server.url}#view=library`);
    await baselineRow().locator('td.hash').filter({ hasText: /^[0-9a-f]{12}$/ }).waitFor({ timeout: 30_000 });
    const users = await userRows().count();
    expect(users).toBe(1); // the variant, autosaved
    const input = page.locator('input[type="file"]');
    const message = page.getByTestId('import-message');
    const attempts: [string, string | Buffer, RegExp][] = [
      ['broken.yaml', 'id: x\nname: [unclosed\n', /YAML 语法错误/],
      ['types.yaml', 'extends: ./guangzhou-baseline.yaml\nid: typed\nname: t\nhorizonYears: fifteen\n', /horizonYears/],
      ['hostile.yaml', 'extends: ./guangzhou-baseline.yaml\nid: evil\nname: e\nrewards:\n  curve: { formula: "cos.constructor(\\"return process\\")" }\n', /公式不安全或无效/],
      ['huge.yaml', Buffer.alloc(3 * 1024 * 1024, 0x23), /文件过大/],
    ];
    for (const [name, content, expected] of attempts) {
      await input.setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
      await expect.poll(() => message.innerText(), { timeout: 30_000 }).toMatch(expected);
      await expect(message.innerText()).resolves.toContain('导入失败，情景库未改动');
      expect(await userRows().count()).toBe(users);
    }
    await shot('import-refused');
    await input.setInputFiles({ name: 'mine.yaml', mimeType: 'text/yaml', buffer: Buffer.from('extends: ./guangzhou-baseline.yaml\nid: mine\nname: 我的导入情景\n') });
    await page.locator('tr[data-scenario="mine"]').waitFor({ timeout: 30_000 });
    expect(await userRows().count()).toBe(users + 1);
  }, 90_000);

  it('undo brings back a deleted scenario, and the library survives a reload (IndexedDB)', async () => {
    const mine = page.locator('tr[data-scenario="mine"]');
    await mine.getByRole('button', { name: '删除' }).click();
    await mine.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '撤销' }).click();
    await mine.waitFor();
    // The autosave is asynchronous: reload only once IndexedDB holds the restored scenario
    // (a fixed 300 ms wait lost the race on a loaded machine).
    await expect.poll(() => page.evaluate(() => new Promise<boolean>((resolve) => {
      const open = indexedDB.open('keyval-store');
      open.onerror = () => resolve(false);
      open.onsuccess = () => {
        const get = open.result.transaction('keyval', 'readonly').objectStore('keyval').get('townfisc.library.v1');
        get.onerror = () => resolve(false);
        get.onsuccess = () => resolve(JSON.stringify(get.result ?? null).includes('"id":"mine"'));
      };
    })), { timeout: 30_000 }).toBe(true);
    await page.reload();
    await page.locator('tr[data-scenario="mine"]').waitFor({ timeout: 30_000 });
    await page.locator('tr[data-scenario="guangzhou-baseline-v"]').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  }, 60_000);

  it('exports the variant as a short YAML file that extends the baseline', async () => {
    const row = page.locator('tr[data-scenario="guangzhou-baseline-v"]');
    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '导出 YAML' }).click()]);
    expect(download.suggestedFilename()).toBe('guangzhou-baseline-v.yaml');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('extends: ./guangzhou-baseline.yaml');
    expect(text).toMatch(/pool: 200000/);
    expect(errors).toEqual([]);
  }, 30_000);

  it('an imported scenario that overrides the tier edges and the 7% line shows those lines in the risk view and the overview (issue #11)', async () => {
    await page.goto(`${server.url}#view=library`);
    await baselineRow().locator('td.hash').filter({ hasText: /^[0-9a-f]{12}$/ }).waitFor({ timeout: 30_000 });
    // since issue #13 both tier rules: district.tier (legal ratio, the cells' colour) and district.tier-broad (broad ratio, practice)
    const tight = 'extends: ./guangzhou-baseline.yaml\nid: tight-lines\nname: 收紧规则线\nrules:\n  district.tier: { params: { yellow: 0.5, orange: 0.8, red: 1.0 } }\n'
      + '  district.tier-broad: { params: { yellow: 0.5, orange: 0.8, red: 1.0 } }\n  ppp.share.7: { threshold: 0.03 }\n';
    await page.locator('input[type="file"]').setInputFiles({ name: 'tight.yaml', mimeType: 'text/yaml', buffer: Buffer.from(tight) });
    await page.locator('tr[data-scenario="tight-lines"]').waitFor({ timeout: 30_000 });
    await page.goto(`${server.url}#view=risk&s=u:tight-lines&sub=u:tight-lines`);
    const legend = page.locator('[data-tier-legend]');
    await legend.waitFor({ timeout: 30_000 });
    expect(await legend.innerText()).toBe('绿 [0, 0.5)、黄 [0.5, 0.8)、橙 [0.8, 1)、红 ≥1');
    expect(await page.locator('[data-tier-legend-broad]').innerText()).toBe('绿 [0, 0.5)、黄 [0.5, 0.8)、橙 [0.8, 1)、红 ≥1');
    // the cells are coloured by the legal tier: Conghua's legal ratio (0.87 in 2026, rising with its swaps) is
    // orange under the new edges (green under the default 1.2), and never green
    expect(await page.locator('table.matrix:not(.cross) tr[data-district="conghua"] td.tier-orange').count()).toBeGreaterThan(0);
    expect(await page.locator('table.matrix:not(.cross) tr[data-district="conghua"] td.tier-green').count()).toBe(0);
    await page.goto(`${server.url}#view=overview&s=u:tight-lines`);
    const share = page.locator('figure[data-chart="tight-lines-ppp-share"]');
    await share.waitFor({ timeout: 30_000 });
    expect(await share.textContent()).toContain('PPP支出占比7%预警线：3%');
    expect(errors).toEqual([]);
  }, 60_000);
});
