/**
 * The long CSV export (issue #7): `scenario, subject kind, id, metric, year, value` at
 * display precision, UTF-8 with a byte-order mark so Excel opens Chinese correctly, CRLF
 * line ends (RFC 4180). Text fields are neutralised against formula injection (SPEC §9);
 * numbers stay numbers. A comment-free header block is not used: the first lines are the
 * identification records (metric `meta.*`), so the file stays one rectangular table.
 */
import { neutraliseText } from '../format/neutralise.ts';
import { plainNumber, textOf } from '../format/cellText.ts';
import { moneyText } from '../format/meta.ts';
import type { ReportModel } from '../model/types.ts';
import { longRecords } from './longRows.ts';

/** Header of the long CSV: Chinese first, English second. */
export const CSV_HEADER = ['情景 scenario', '对象类型 subject kind', '对象编号 id', '指标 metric', '年份 year', '数值 value'] as const;

/** One CSV field: neutralised, quoted when it holds a comma, quote or line break. */
export function csvField(s: string): string {
  const safe = neutraliseText(s);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text (without the BOM). */
export function csvText(model: ReportModel): string {
  const lines: string[] = [CSV_HEADER.map(csvField).join(',')];
  for (const s of model.sections) {
    const meta: Array<[string, string]> = [
      ['meta.name', s.scenario.name], ['meta.hash', s.scenario.hash], ['meta.engineVersion', s.engineVersion],
      ['meta.generatedAt', model.meta.generatedAt], ['meta.unit', moneyText(model.meta)],
    ];
    for (const [metric, value] of meta) lines.push([s.scenario.id, 'scenario', s.scenario.id, metric, '', value].map(csvField).join(','));
  }
  for (const r of longRecords(model)) {
    const value = typeof r.value === 'number' ? plainNumber(r.value, r.unit, model.meta.decimals, model.meta.moneyUnit) : csvField(r.value === null ? '' : textOf(r.value, model.meta.lang));
    lines.push([r.scenario, r.subjectKind, r.subjectId, r.metric, r.year].map(csvField).join(',') + ',' + value);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The CSV file's bytes: BOM + UTF-8. */
export function buildCsv(model: ReportModel): Uint8Array {
  return new TextEncoder().encode(`\uFEFF${csvText(model)}`);
}
