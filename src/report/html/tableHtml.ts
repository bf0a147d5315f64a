/**
 * One report table as HTML, in the edition's language (issue #18): the title with its unit
 * caption (单位：万元), one header line per column with its unit where the caption does not
 * say it, repeated on every printed page, numbers right-aligned, and the bold total row as
 * the last row of the body — not a `<tfoot>`, which Chromium repeats at every page break
 * (a total appears once, at the end of its table). A table marked `keepTogether` (财承) is
 * never split.
 */
import { cellText, say, textOf } from '../format/cellText.ts';
import { headerText, rowUnit, tableCaption, withUnit } from '../format/units.ts';
import { cellUnit, isIdColumn } from '../model/table.ts';
import type { Lang, MoneyUnit, Row, Table } from '../model/types.ts';
import { escapeHtml } from './escape.ts';

/** Tables of more rows than this start on a new printed page. */
export const LARGE_TABLE_ROWS = 40;

/** A table as an HTML `<section>`; `sectionIndex` makes element ids unique per scenario (−1: the comparison). */
export function tableHtml(t: Table, decimals: number, lang: Lang, sectionIndex: number, money: MoneyUnit = 'wan'): string {
  const isNum = (i: number) => { const c = t.columns[i]; return c !== undefined && c.role === 'value' && c.unit !== 'text'; };
  const head = t.columns.map((_, i) => `<th${isNum(i) ? ' class="num"' : ''}>${escapeHtml(headerText(t, i, lang, money))}</th>`).join('');
  const view = { lang, money };
  const row = (r: Pick<Row, 'cells' | 'unit'>, cls: string) =>
    `<tr${cls ? ` class="${cls}"` : ''}>${t.columns.map((c, i) => {
      const v = r.cells[i] ?? null;
      const text = i === 0 && v !== null && typeof v !== 'number' ? withUnit(textOf(v, lang), rowUnit(t, r.unit, lang, money), lang) : cellText(v, cellUnit(c, r), decimals, view);
      // an id is one token: never broken across lines (a reader copies it whole)
      return `<td${isNum(i) ? ' class="num"' : isIdColumn(c) ? ' class="id"' : ''}>${escapeHtml(text)}</td>`;
    }).join('')}</tr>`;
  const body = t.rows.map((r) => row(r, '')).join('\n');
  const total = t.total ? row({ cells: t.total }, 'total') : '';
  const caption = tableCaption(t, lang, money);
  const note = t.note ? `<p class="note">${escapeHtml(say(t.note, lang))}</p>` : '';
  const large = `${t.rows.length > LARGE_TABLE_ROWS ? ' large' : ''}${t.keepTogether ? ' keep' : ''}`;
  return `<section class="table${large}" id="s${sectionIndex}-${escapeHtml(t.id)}">
<h3>${escapeHtml(say(t.title, lang))}${caption ? ` <span class="unit">${escapeHtml(caption)}</span>` : ''}</h3>
<div class="tbl-wrap"><table data-table="${escapeHtml(t.id)}"><thead><tr>${head}</tr></thead><tbody>
${body}${total ? `\n${total}` : ''}
</tbody></table></div>${note}</section>`;
}
