/**
 * Debian's Chromium for browser tests (TOOLING.md): found at /usr/bin/chromium or
 * $CHROMIUM_PATH. Without it the browser tests say so loudly and skip; under CI=true
 * they fail instead, so a missing install never passes silently.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/report/pdf/chromiumPath.ts';

export const chromiumPath: string | null = findChromium();
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
  return chromium.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS] });
}
