/**
 * `tsx src/tools/chartPng.ts IN.svg OUT.png`: a notebook chart (the SVG `chart(spec, { save })`
 * writes under notebooks/out/charts/) as a PNG for the README, rendered by Debian's
 * Chromium at twice the SVG's size. Used for docs/notebook-chart.png.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../report/pdf/chromiumPath.ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('用法 / usage: tsx src/tools/chartPng.ts IN.svg OUT.png');
  process.exit(2);
}
const path = findChromium();
if (!path) {
  console.error('未找到 Chromium / Chromium not found: apt-get install chromium fonts-noto-cjk');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath: path, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 2 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${readFileSync(input, 'utf8')}</body></html>`);
  writeFileSync(output, await page.locator('svg').first().screenshot());
  console.error(`✓ ${output}`);
} finally {
  await browser.close();
}
