/**
 * Node-side dispatch from a report model to a file's bytes, per format. The builders are
 * pure; this module supplies what they need from the machine (the Chart.js bundle for
 * HTML, headless Chromium for PDF). Each format's builder is imported only when that
 * format is asked for, so a CSV export never loads exceljs or playwright-core.
 */
import type { ReportModel } from './model/types.ts';
import type { ReportFormat } from './formats.ts';

export { REPORT_FORMATS } from './formats.ts';
export type { ReportFormat } from './formats.ts';

async function htmlOf(model: ReportModel): Promise<string> {
  const [{ buildHtml }, { chartJsSource }] = await Promise.all([import('./html/buildHtml.ts'), import('./chartJsSource.ts')]);
  return buildHtml(model, { chartJs: chartJsSource() });
}

/** The report file's bytes in `format`. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return (await import('./csv/buildCsv.ts')).buildCsv(model);
    case 'md':
      return new TextEncoder().encode((await import('./markdown/buildMarkdown.ts')).buildMarkdown(model));
    case 'xlsx':
      return (await import('./xlsx/buildXlsxStreamed.ts')).buildXlsxStreamed(model);
    case 'html':
      return new TextEncoder().encode(await htmlOf(model));
    case 'pdf': {
      const zh = model.meta.lang === 'zh';
      const footer = model.sections.map((s) => `${s.scenario.id} · ${zh ? '哈希' : 'hash'} ${s.scenario.hash}`).join('; ');
      const { printPdf } = await import('./pdf/printPdf.ts');
      const mark = model.meta.illustrative ? (zh ? '示意数据 · ' : 'Illustrative data · ') : '';
      return printPdf(await htmlOf(model), { footer: `${mark}${model.meta.reportNumber} · ${footer} · townfisc ${model.meta.engineVersion} · ${model.meta.generatedAt}` });
    }
  }
}
