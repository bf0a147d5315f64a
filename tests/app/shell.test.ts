/**
 * The dashboard shell in headless Chromium: built with Vite, served with `vite preview` on
 * 127.0.0.1, it lists every bundled scenario (resolved in the worker) with its town count
 * and content hash, and switches language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, skipBrowserTests } from '../support/chromium.ts';
import { startAppServer, type AppServer } from '../support/appServer.ts';

describe.skipIf(skipBrowserTests())('dashboard shell (Chromium)', () => {
  let server: AppServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the bundled Guangzhou scenarios, validated, with their hashes', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}#view=library`);
    const baseline = page.locator('tr[data-scenario="guangzhou-baseline"]');
    await baseline.locator('td.hash').filter({ hasText: /^[0-9a-f]{12}$/ }).waitFor({ timeout: 30_000 });
    const cells = await baseline.locator('td').allInnerTexts();
    expect(Number(cells[3])).toBeGreaterThanOrEqual(12);
    expect(cells[5]).toMatch(/^[0-9a-f]{12}$/);
    expect(await page.locator('tr[data-scenario="guangzhou-ppp-overload"]').count()).toBe(1);
    expect(await page.locator('td .error').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches the interface between Chinese and English', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}#view=library`);
    await expect(page.locator('h2').first().innerText()).resolves.toBe('情景库');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('h2').first().innerText()).resolves.toBe('Scenario library');
    await page.close();
  });
});
