/**
 * Debian's Chromium for browser tests (TOOLING.md): found at /usr/bin/chromium or
 * $CHROMIUM_PATH. Without it the browser tests say so loudly and skip; under CI=true
 * they fail instead, so a missing install never passes silently.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  (p): p is string => typeof p === 'string' && p !== '',
);

export const chromiumPath: string | null = CANDIDATES.find((p) => existsSync(p)) ?? null;
const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** True when browser tests should be skipped (no Chromium, not in CI). Prints why. */
export function skipBrowserTests(): boolean {
  if (chromiumPath) return false;
  if (inCi) return false; // the launch will fail and so will the tests, as they must in CI
  console.warn(
    '\n!!! Chromium not found (apt-get install chromium): SKIPPING browser tests. ' +
      'They fail instead when CI=true.\n',
  );
  return true;
}

export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error('Chromium is required for browser tests in CI: apt-get install -y chromium');
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}
