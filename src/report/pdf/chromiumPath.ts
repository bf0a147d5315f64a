/**
 * Where headless Chromium is (TOOLING.md): `$CHROMIUM_PATH`, else Debian's
 * `/usr/bin/chromium` or `/usr/bin/chromium-browser`. Node only.
 */
import { existsSync } from 'node:fs';

/** The executable to print with, or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv; // an explicit choice is used as given
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
}

/** Launch arguments for a sandbox-less container (as tests/support/chromium.ts). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Thrown when no Chromium is installed; the CLI turns it into a bilingual exit-2 message. */
export class ChromiumMissingError extends Error {
  constructor() {
    super('未找到 Chromium，无法导出 PDF：请安装（apt-get install -y chromium）或设置 CHROMIUM_PATH / Chromium not found, cannot print a PDF: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  }
}
