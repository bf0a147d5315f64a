// Inline output for the notebooks: charts (Vega-Lite rendered to SVG in Node, no browser)
// and tables (HTML, numbers formatted, null shown as —).

/** SVG text of a Vega-Lite spec; the same spec gives the same SVG. */
async function svg(spec) {
  // vega-lite uses top-level await, so it is loaded with import(), not require()
  const vl = await import('vega-lite');
  const vega = await import('vega');
  const compiled = vl.compile({ background: 'white', config: { font: 'Noto Sans CJK SC, sans-serif' }, ...spec }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Shows a Vega-Lite chart inline; `opts.save` also writes its SVG there (relative to notebooks/, e.g. `out/x.svg`). */
async function chart(spec, opts = {}) {
  const out = await svg(spec);
  require('tslab').display.html(out);
  if (opts.save) {
    const fs = require('node:fs');
    const path = require('node:path');
    fs.mkdirSync(path.dirname(path.resolve(opts.save)), { recursive: true });
    fs.writeFileSync(path.resolve(opts.save), out);
  }
}

const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

// Years and other labels that are numbers print without a thousands separator.
const RAW = /^(year|from|to)$|Year$|^first/;

function cell(v, digits, raw) {
  if (v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return '—';
  if (typeof v === 'number' && raw) return String(v);
  if (typeof v === 'number') return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: Number.isInteger(v) ? 0 : Math.min(digits, 2) });
  return escape(v);
}

/** HTML of a table: a danfojs DataFrame, or rows of objects. */
function tableHtml(data, opts = {}) {
  const digits = opts.digits ?? 2;
  let columns, rows;
  if (Array.isArray(data)) {
    columns = opts.columns ?? [...new Set(data.flatMap((r) => Object.keys(r)))];
    rows = data.map((r) => columns.map((c) => r[c]));
  } else {
    columns = data.columns;
    rows = data.values;
  }
  const head = columns.map((c) => `<th>${escape(c)}</th>`).join('');
  const raw = columns.map((c) => RAW.test(c) || (opts.raw ?? []).includes(c));
  const body = rows.map((r) => `<tr>${r.map((v, i) => `<td style="text-align:${typeof v === 'number' ? 'right' : 'left'}">${cell(v, digits, raw[i])}</td>`).join('')}</tr>`).join('\n');
  const caption = opts.caption ? `<caption style="text-align:left;font-weight:bold">${escape(opts.caption)}</caption>` : '';
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Shows a table inline. */
function table(data, opts) {
  require('tslab').display.html(tableHtml(data, opts));
}

module.exports = { svg, chart, table, tableHtml };
