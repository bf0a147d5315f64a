/**
 * The Markdown summary (issue #7): identification, key metrics, the city table, the reward
 * pool's execution, the 财承 tables, towns, PPP projects, funds, limits by rule and, for
 * several scenarios, the comparison. Tables are the report model's, so they foot at display precision.
 */
import { cellText, say, textOf } from '../format/cellText.ts';
import { headerText, rowUnit, tableCaption, withUnit } from '../format/units.ts';
import { metaLines } from '../format/meta.ts';
import { cellUnit } from '../model/table.ts';
import { coverLines, ILLUSTRATIVE_MARK, reportTitle } from '../html/cover.ts';
import type { Lang, MoneyUnit, ReportModel, Row, Table } from '../model/types.ts';

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
export function markdownTable(t: Table, decimals: number, lang: Lang, money: MoneyUnit = 'wan'): string {
  const head = t.columns.map((_, i) => escapeMd(headerText(t, i, lang, money)));
  const align = t.columns.map((c) => (c.role === 'value' && c.unit !== 'text' ? '---:' : ':---'));
  const line = (r: Pick<Row, 'cells' | 'unit'>, bold: boolean) =>
    `| ${t.columns.map((c, i) => {
      const v = r.cells[i] ?? null;
      const s = escapeMd(i === 0 && v !== null && typeof v !== 'number' ? withUnit(textOf(v, lang), rowUnit(t, r.unit, lang, money), lang) : cellText(v, cellUnit(c, r), decimals, { lang, money }));
      return bold && s !== '—' ? `**${s}**` : s;
    }).join(' | ')} |`;
  const lines = [`| ${head.join(' | ')} |`, `| ${align.join(' | ')} |`, ...t.rows.map((r) => line(r, false))];
  if (t.total) lines.push(line({ cells: t.total }, true));
  const note = t.note ? `\n\n${escapeMd(say(t.note, lang))}` : '';
  const caption = tableCaption(t, lang, money);
  return `### ${escapeMd(say(t.title, lang))}\n\n${caption ? `${escapeMd(caption)}\n\n` : ''}${lines.join('\n')}${note}`;
}

/** The Markdown report: the comparison first (several scenarios), then each scenario's identification and tables. */
export function buildMarkdown(model: ReportModel): string {
  const { lang, decimals, moneyUnit: money } = model.meta;
  const { illustrative } = model.meta;
  const parts: string[] = [
    `# ${escapeMd(say(reportTitle(model), lang))}`,
    coverLines(model.meta).map((l) => `- ${escapeMd(say(l.key, lang))}${lang === 'zh' ? '：' : ': '}${escapeMd(l.value)}`).concat(
      illustrative ? [`- **${say(ILLUSTRATIVE_MARK, lang)}**`] : [],
    ).join('\n'),
    `## ${say({ zh: '主要结论', en: 'Main conclusions' }, lang)}`,
    ...model.sections.map((s) => [`### ${escapeMd(s.scenario.name)}`, '', ...s.conclusions.map((c, k) => `${k + 1}. ${escapeMd(say(c, lang))}`)].join('\n')),
  ];
  if (model.comparison) {
    parts.push(`## ${say({ zh: '情景对比', en: 'Comparison' }, lang)}`);
    if (model.comparisonHeadline.length > 0) parts.push(model.comparisonHeadline.map((h) => `**${escapeMd(say(h, lang))}**`).join('\n\n'));
    parts.push(markdownTable(model.comparison, decimals, lang, money));
  }
  if (model.comparisonByYear) parts.push(markdownTable(model.comparisonByYear, decimals, lang, money));
  for (const t of model.comparisonTables) parts.push(markdownTable(t, decimals, lang, money));
  for (const s of model.sections) {
    parts.push(`## ${escapeMd(s.scenario.name)}`);
    parts.push(metaLines(model.meta, s).map((m) => `- ${say(m, lang)}${lang === 'zh' ? '：' : ': '}${escapeMd(m.value)}`).join('\n'));
    for (const t of s.tables) {
      if (MARKDOWN_TABLES.some((id) => (id.endsWith('-') ? t.id.startsWith(id) : t.id === id))) parts.push(markdownTable(t, decimals, lang, money));
    }
  }
  return `${parts.join('\n\n')}\n`;
}
