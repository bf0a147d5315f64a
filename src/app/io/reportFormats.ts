/** Report formats the dashboard builds in the browser (PDF needs headless Chromium: CLI only). */
export const BROWSER_REPORT_FORMATS = ['xlsx', 'html', 'csv', 'md'] as const;
export type BrowserReportFormat = (typeof BROWSER_REPORT_FORMATS)[number];

export const REPORT_MIME: Readonly<Record<BrowserReportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};
