/**
 * The shared browser fixture of the dashboard's end-to-end tests: the app built for
 * production and served by `vite preview` (appServer.ts), Debian's Chromium (chromium.ts),
 * one context and page that collects page errors, and the screenshot folder. Each e2e file
 * calls `useDashboard()` inside its `describe.skipIf(skipBrowserTests())` block.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startAppServer, type AppServer } from './appServer.ts';

/**
 * Screenshots go to docs/screenshots/ when TOWNFISC_SCREENSHOTS=1 (refreshing the committed
 * images), else to a temporary folder, so an ordinary test run leaves the tree clean.
 */
export const SHOTS = process.env.TOWNFISC_SCREENSHOTS === '1' ? 'docs/screenshots' : join(tmpdir(), 'townfisc-screenshots');

/** The live fixture; its fields are set once `beforeAll` has run. */
export interface Dashboard {
  server: AppServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors, in order (tests assert it stays empty). */
  readonly errors: string[];
  /** A full-page screenshot `SHOTS/<name>.png`. */
  shot(name: string): Promise<Buffer>;
}

/** Registers the hooks that build, serve and open the dashboard, and returns the fixture. */
export function useDashboard(contextOptions: BrowserContextOptions = {}): Dashboard {
  const d = { errors: [] as string[] } as unknown as Dashboard;
  d.shot = (name) => d.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // Measure the app as shipped (`npm start` builds for production); vitest runs with NODE_ENV=test,
    // which Vite would otherwise keep, bundling React's development build.
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      d.server = await startAppServer();
    } finally {
      process.env.NODE_ENV = env;
    }
    d.browser = await launchChromium();
    d.context = await d.browser.newContext({ viewport: { width: 1400, height: 1000 }, ...contextOptions });
    d.page = await d.context.newPage();
    d.page.on('pageerror', (e) => d.errors.push(e.message));
  }, 180_000);
  afterAll(async () => {
    await d.context?.close();
    await d.browser?.close();
    await d.server?.close();
  });
  return d;
}
