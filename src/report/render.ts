/**
 * Node-side dispatch from a report model to a file's bytes, per format. The builders are
 * pure; this module supplies what they need from the machine (the Chart.js bundle for
 * HTML, headless Chromium for PDF).
 */
import { buildCsv } from './csv/buildCsv.ts';
import { buildMarkdown } from './markdown/buildMarkdown.ts';
import type { ReportModel } from './model/types.ts';
import { buildXlsx } from './xlsx/buildXlsx.ts';
import { buildHtml } from './html/buildHtml.ts';
import { chartJsSource } from './chartJsSource.ts';
import { printPdf } from './pdf/printPdf.ts';

/** Formats of `townfisc report --format`. */
export const REPORT_FORMATS = ['xlsx', 'csv', 'html', 'pdf', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report file's bytes in `format`. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return buildCsv(model);
    case 'md':
      return new TextEncoder().encode(buildMarkdown(model));
    case 'xlsx':
      return buildXlsx(model);
    case 'html':
      return new TextEncoder().encode(buildHtml(model, { chartJs: chartJsSource() }));
    case 'pdf': {
      const footer = model.sections.map((s) => `${s.scenario.id} · hash ${s.scenario.hash}`).join('; ');
      return printPdf(buildHtml(model, { chartJs: chartJsSource() }), { footer: `${footer} · townfisc ${model.meta.engineVersion} · ${model.meta.generatedAt}` });
    }
  }
}
