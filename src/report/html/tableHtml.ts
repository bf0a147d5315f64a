/**
 * One report table as HTML: two-line headers (report language first) repeated on every
 * printed page, numbers right-aligned, and the bold total row as the last row of the body —
 * not a `<tfoot>`, which Chromium repeats at every page break (issue #18: a total appears
 * once, at the end of its table). A table marked `keepTogether` (财承) is never split.
 */
import { cellText, labelLines } from '../format/cellText.ts';
import { cellUnit } from '../model/table.ts';
import type { Lang, Row, Table } from '../model/types.ts';
import { escapeHtml } from './escape.ts';

/** Tables of more rows than this start on a new printed page. */
export const LARGE_TABLE_ROWS = 40;

/** A table as an HTML `<section>`; `sectionIndex` makes element ids unique per scenario (−1: the comparison). */
export function tableHtml(t: Table, decimals: number, lang: Lang, sectionIndex: number): string {
  const isNum = (i: number) => { const c = t.columns[i]; return c !== undefined && c.role === 'value' && c.unit !== 'text'; };
  const head = t.columns.map((c, i) => {
    const [a, b] = labelLines(c.label, lang);
    return `<th${isNum(i) ? ' class="num"' : ''}>${escapeHtml(a)}${a === b ? '' : `<span class="sub">${escapeHtml(b)}</span>`}</th>`;
  }).join('');
  const row = (r: Pick<Row, 'cells' | 'unit'>, cls: string) =>
    `<tr${cls ? ` class="${cls}"` : ''}>${t.columns.map((c, i) => `<td${isNum(i) ? ' class="num"' : ''}>${escapeHtml(cellText(r.cells[i] ?? null, cellUnit(c, r), decimals))}</td>`).join('')}</tr>`;
  const body = t.rows.map((r) => row(r, '')).join('\n');
  const total = t.total ? row({ cells: t.total }, 'total') : '';
  const [title, sub] = labelLines(t.title, lang);
  const note = t.note ? `<p class="note">${escapeHtml(labelLines(t.note, lang).join(' / '))}</p>` : '';
  const large = `${t.rows.length > LARGE_TABLE_ROWS ? ' large' : ''}${t.keepTogether ? ' keep' : ''}`;
  return `<section class="table${large}" id="s${sectionIndex}-${escapeHtml(t.id)}">
<h3>${escapeHtml(title)} <span class="sub">${escapeHtml(sub)}</span></h3>
<div class="tbl-wrap"><table data-table="${escapeHtml(t.id)}"><thead><tr>${head}</tr></thead><tbody>
${body}${total ? `\n${total}` : ''}
</tbody></table></div>${note}</section>`;
}
