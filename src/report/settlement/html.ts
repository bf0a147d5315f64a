/**
 * The settlement sheet as printable HTML (SPEC §12), the source of the PDF: header, the
 * tables of `tables.ts`, the sign-off block; the PDF printer adds the footer with both
 * hashes and "x / y" on every page. Sets `window.__chartsReady` (no charts to wait for).
 */
import type { Settlement } from '../../core/actuals/settlement/index.ts';
import { bilingual, cellText } from '../format/cellText.ts';
import { escapeHtml } from '../html/escape.ts';
import { cellUnit } from '../model/table.ts';
import type { Row, Table } from '../model/types.ts';
import { headerLines } from './header.ts';
import { SIGN_OFF, settlementTitle } from './labels.ts';
import { settlementTables } from './tables.ts';

const CSS = `body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;font-size:9px;margin:0}
h1{font-size:15px}h2{font-size:12px;margin:14px 0 4px}table{border-collapse:collapse;width:100%;margin-bottom:6px}
th,td{border:1px solid #999;padding:2px 4px}th{background:#e8eef7}td.n{text-align:right;white-space:nowrap}tr.total td{font-weight:bold}
dl{display:grid;grid-template-columns:max-content auto;gap:1px 10px}dt{color:#444}.note{color:#666}.sign td{height:26px;border:none;border-bottom:1px solid #999}
@page{size:A4 landscape}`;

function tableHtml(t: Table, decimals: number): string {
  const head = t.columns.map((c) => `<th>${escapeHtml(bilingual(c.label, 'zh'))}</th>`).join('');
  const row = (r: Pick<Row, 'cells' | 'unit'>, cls: string) => `<tr${cls}>${t.columns.map((c, i) => {
    const unit = cellUnit(c, r);
    const num = c.role === 'value' && unit !== 'text';
    return `<td${num ? ' class="n"' : ''}>${escapeHtml(cellText(r.cells[i] ?? null, unit, decimals))}</td>`;
  }).join('')}</tr>`;
  const body = [...t.rows.map((r) => row(r, '')), ...(t.total ? [row({ cells: t.total }, ' class="total"')] : [])].join('');
  const note = t.note ? `<p class="note">${escapeHtml(bilingual(t.note, 'zh', ' / '))}</p>` : '';
  return `<h2>${escapeHtml(bilingual(t.title, 'zh'))}</h2><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}`;
}

/** The HTML document of a settlement. */
export function settlementHtml(s: Settlement, opts: { readonly decimals: number; readonly date: string }): string {
  const title = bilingual(settlementTitle(s.year, s.public), 'zh');
  const header = headerLines(s, opts.date).map((m) => `<dt>${escapeHtml(`${m.zh} ${m.en}`)}</dt><dd>${escapeHtml(m.value)}</dd>`).join('');
  const tables = settlementTables(s, opts.decimals).map((t) => tableHtml(t, opts.decimals)).join('');
  const sign = `<h2>签字 Sign-off</h2><table class="sign">${SIGN_OFF.map((l) => `<tr><td>${escapeHtml(`${l.zh} ${l.en}`)}</td><td></td><td>日期 Date</td><td></td></tr>`).join('')}</table>`;
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(`${title} · ${s.scenario.hash}`)}</title><style>${CSS}</style></head>`
    + `<body><h1>${escapeHtml(title)}</h1><dl>${header}</dl>${tables}${sign}<script>window.__chartsReady = true;</script></body></html>\n`;
}
