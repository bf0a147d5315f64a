/**
 * The Markdown summary (issue #7): identification, key metrics, the city table, the reward
 * pool's execution, the 财承 tables, towns, PPP projects, funds, limits by rule and, for
 * several scenarios, the comparison. Tables are the report model's, so they foot at display precision.
 */
import { bilingual, cellText } from '../format/cellText.ts';
import { metaLines } from '../format/meta.ts';
import { cellUnit } from '../model/table.ts';
import { reportTitle } from '../html/cover.ts';
import type { Lang, ReportModel, Row, Table } from '../model/types.ts';

/** Tables of each scenario shown in the Markdown summary, in order (id or id prefix). */
export const MARKDOWN_TABLES = ['summary', 'city', 'reward-pool', 'caicheng-', 'towns', 'ppp-projects', 'funds', 'limits-summary', 'key-assumptions', 'formulas', 'stress-'] as const;

/** Text safe in a pipe-table cell: pipes and backslashes escaped, HTML neutralised, one line. */
function escapeMd(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** One table as a GitHub pipe table; the total row in bold. */
export function markdownTable(t: Table, decimals: number, lang: Lang): string {
  const head = t.columns.map((c) => escapeMd(bilingual(c.label, lang)));
  const align = t.columns.map((c) => (c.role === 'value' && c.unit !== 'text' ? '---:' : ':---'));
  const line = (r: Pick<Row, 'cells' | 'unit'>, bold: boolean) =>
    `| ${t.columns.map((c, i) => {
      const s = escapeMd(cellText(r.cells[i] ?? null, cellUnit(c, r), decimals));
      return bold && s !== '—' ? `**${s}**` : s;
    }).join(' | ')} |`;
  const lines = [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...t.rows.map((r) => line(r, false))];
  if (t.total) lines.push(line({ cells: t.total }, true));
  const note = t.note ? `\n\n${escapeMd(bilingual(t.note, lang, ' / '))}` : '';
  return `### ${escapeMd(bilingual(t.title, lang))}\n\n${lines.join('\n')}${note}`;
}

/** The Markdown report: the comparison first (several scenarios), then each scenario's identification and tables. */
export function buildMarkdown(model: ReportModel): string {
  const { lang, decimals } = model.meta;
  const { organisation, reportNumber, generatedAt, illustrative } = model.meta;
  const parts: string[] = [
    `# ${escapeMd(bilingual(reportTitle(model), lang))}`,
    [
      `- ${bilingual({ zh: '编制单位', en: 'Prepared by' }, lang)}: ${escapeMd(organisation)}`,
      `- ${bilingual({ zh: '报告编号', en: 'Report number' }, lang)}: ${escapeMd(reportNumber)}`,
      `- ${bilingual({ zh: '编制日期', en: 'Date' }, lang)}: ${generatedAt}`,
      ...(illustrative ? [`- **${bilingual({ zh: '示意数据：不代表实际财政状况', en: 'Illustrative data: not the actual fiscal position' }, lang)}**`] : []),
    ].join('\n'),
    `## ${bilingual({ zh: '主要结论', en: 'Main conclusions' }, lang)}`,
    ...model.sections.map((s) => [`### ${escapeMd(s.scenario.name)}`, '', ...s.conclusions.map((c, k) => `${k + 1}. ${escapeMd(bilingual(c, lang, ' / '))}`)].join('\n')),
  ];
  if (model.comparison) {
    parts.push(`## ${bilingual({ zh: '情景对比', en: 'Comparison' }, lang)}`);
    if (model.comparisonHeadline.length > 0) parts.push(model.comparisonHeadline.map((h) => `**${escapeMd(bilingual(h, lang, ' / '))}**`).join('\n\n'));
    parts.push(markdownTable(model.comparison, decimals, lang));
  }
  if (model.comparisonByYear) parts.push(markdownTable(model.comparisonByYear, decimals, lang));
  for (const t of model.comparisonTables) parts.push(markdownTable(t, decimals, lang));
  for (const s of model.sections) {
    parts.push(`## ${escapeMd(s.scenario.name)}`);
    parts.push(metaLines(model.meta, s).map((m) => `- ${bilingual(m, lang)}: ${escapeMd(m.value)}`).join('\n'));
    for (const t of s.tables) {
      if (MARKDOWN_TABLES.some((id) => (id.endsWith('-') ? t.id.startsWith(id) : t.id === id))) parts.push(markdownTable(t, decimals, lang));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
