/**
 * Report files in the browser (issue #8 "Export"): the report model and builders of
 * src/report (issue #7). This module and the builders are loaded on demand with dynamic
 * `import()`, so neither exceljs nor the Chart.js UMD source weighs on the first load. The
 * worker supplies the runs and their validated scenarios. PDF needs headless Chromium (CLI).
 */
import type { Scenario } from '../../core/model/scenario.ts';
import type { RunResult } from '../../core/result.ts';
import type { BrowserReportFormat } from './reportFormats.ts';

/** The report of one or more runs (the first is the reference of the comparison), as file bytes. */
export async function buildReportFile(
  runs: readonly { readonly result: RunResult; readonly scenario: Scenario }[],
  format: BrowserReportFormat,
  options: { readonly lang: 'zh' | 'en'; readonly generatedAt: string },
): Promise<Uint8Array> {
  const { buildReport } = await import('../../report/model/buildReport.ts');
  const model = buildReport(runs, { generatedAt: options.generatedAt, lang: options.lang });
  switch (format) {
    case 'xlsx': {
      const { buildXlsx } = await import('../../report/xlsx/buildXlsx.ts');
      return buildXlsx(model);
    }
    case 'html': {
      const [{ buildHtml }, chartJs] = await Promise.all([
        import('../../report/html/buildHtml.ts'),
        // chart.js does not export its UMD build; it is read as text from the package.
        import('../../../node_modules/chart.js/dist/chart.umd.min.js?raw').then((m: { default: string }) => m.default),
      ]);
      return new TextEncoder().encode(buildHtml(model, { chartJs }));
    }
    case 'csv': {
      const { buildCsv } = await import('../../report/csv/buildCsv.ts');
      return buildCsv(model);
    }
    case 'md': {
      const { buildMarkdown } = await import('../../report/markdown/buildMarkdown.ts');
      return new TextEncoder().encode(buildMarkdown(model));
    }
    default: {
      const never: never = format;
      throw new Error(`unknown report format ${String(never)}`);
    }
  }
}
