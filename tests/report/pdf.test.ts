/**
 * The PDF report (issue #7): the HTML printed by headless Chromium, several pages, with the
 * scenario hash in the document (its title) and in every page footer. Skips loudly
 * without Chromium; fails under CI=true.
 */
import { describe, expect, it } from 'vitest';
import { buildHtml } from '../../src/report/html/buildHtml.ts';
import { chartJsSource } from '../../src/report/chartJsSource.ts';
import { ChromiumMissingError, printPdf } from '../../src/report/pdf/printPdf.ts';
import { chromiumPath, skipBrowserTests } from '../support/chromium.ts';
import { model, REWARDS } from './support.ts';

/** Page objects of a PDF (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Uint8Array): number {
  return (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

/** The document title, decoded from a UTF-16BE hex string or a literal string. */
function pdfTitle(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('latin1');
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(text);
  if (hex) return Buffer.from(hex[1]!, 'hex').swap16().toString('utf16le');
  return /\/Title\s*\(([^)]*)\)/.exec(text)?.[1] ?? '';
}

describe.skipIf(skipBrowserTests())('PDF report (Chromium)', () => {
  it('prints a multi-page A4 report carrying the scenario hash', async () => {
    const m = await model([REWARDS]);
    const hash = m.sections[0]!.scenario.hash;
    const pdf = await printPdf(buildHtml(m, { chartJs: chartJsSource() }), { footer: `hash ${hash}`, executablePath: chromiumPath ?? undefined });
    expect(Buffer.from(pdf.slice(0, 5)).toString()).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThan(10);
    expect(pdfTitle(pdf)).toContain(hash);
  }, 90_000);
});

describe('PDF without Chromium', () => {
  it('fails with a bilingual message naming the fix', async () => {
    const err = await printPdf('<p>x</p>', { footer: '', executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ChromiumMissingError);
    expect((err as Error).message).toMatch(/未找到 Chromium.*apt-get install -y chromium.*Chromium not found/);
  });
});
