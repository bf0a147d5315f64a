/** Formats of `townfisc report --format` (issue #7); a module of its own so `--help` loads no report code. */
export const REPORT_FORMATS = ['xlsx', 'csv', 'html', 'pdf', 'md'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
