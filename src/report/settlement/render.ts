/**
 * Renders a settlement in one of its formats (SPEC §10 `settle --format`): JSON (SPEC §10
 * `settle`), Markdown, XLSX, or PDF through the report's Chromium printer (loaded only
 * when asked for: it pulls in playwright-core).
 */
import type { Settlement } from '../../core/actuals/settlement/index.ts';
import { pageFooter } from './header.ts';
import { settlementHtml } from './html.ts';
import { settlementMarkdown } from './markdown.ts';

import type { SettleFormat } from './formats.ts';
export { SETTLE_FORMATS, type SettleFormat } from './formats.ts';

export interface SettleRenderOptions {
  readonly decimals: number;
  readonly date: string;
}

/** The bytes (or text) of the settlement in `format`. */
export async function renderSettlement(s: Settlement, format: SettleFormat, opts: SettleRenderOptions): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(s, null, 2)}\n`;
    case 'md':
      return settlementMarkdown(s, opts);
    case 'xlsx': {
      const { settlementXlsx } = await import('./xlsx.ts');
      return settlementXlsx(s, opts);
    }
    case 'pdf': {
      const { printPdf } = await import('../pdf/printPdf.ts');
      return printPdf(settlementHtml(s, opts), { footer: pageFooter(s) });
    }
  }
}
