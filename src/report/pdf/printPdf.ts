/**
 * The PDF report (issue #7): the HTML report printed by headless Chromium through
 * playwright-core, A4 landscape, backgrounds on, a footer with the page number and the
 * scenario hash on every page. Node only. Waits until the page's charts are drawn
 * (`window.__chartsReady`) so the PDF never captures empty canvases.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ChromiumMissingError, findChromium } from './chromiumPath.ts';

export { ChromiumMissingError } from './chromiumPath.ts';

export interface PrintOptions {
  /** Text in every page's footer (e.g. the scenario hash). */
  readonly footer: string;
  readonly executablePath?: string;
  /** Milliseconds to wait for the charts (default 30 s). */
  readonly timeoutMs?: number;
}

function footerTemplate(text: string): string {
  const safe = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div style="font-size:7px;width:100%;padding:0 10mm;color:#666;display:flex;justify-content:space-between;"><span>${safe}</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
}

/** Prints `html` to PDF bytes. @throws ChromiumMissingError when Chromium is absent. */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? findChromium();
  if (executablePath === null) throw new ChromiumMissingError();
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (e) {
    const err = new ChromiumMissingError();
    err.message += ` (${executablePath}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`;
    throw err;
  }
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __chartsReady?: boolean }).__chartsReady === true, undefined, { timeout: options.timeoutMs ?? 30_000 });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true, outline: true, tagged: true,
      displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footerTemplate(options.footer),
      margin: { top: '12mm', bottom: '14mm', left: '10mm', right: '10mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
