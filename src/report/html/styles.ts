/**
 * Inline CSS of the HTML report: readable on screen, printable (A4 landscape, headers
 * repeated on each page, a page break before each scenario and each large table, rows and
 * charts never split).
 */
/**
 * The print face stack: a TrueType CJK face first (Chromium embeds it as a subset; CFF faces
 * such as Noto Sans CJK print as Type 3), then the screen faces. Read by the print style and
 * the charts' page script.
 */
export const PRINT_FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

export const REPORT_CSS = `
:root { --ink: #1d2733; --muted: #5b6675; --line: #d5dbe3; --head: #eef2f8; --accent: #1f4e8c; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: var(--ink); margin: 24px; font-size: 13px; line-height: 1.45; }
h1 { font-size: 22px; color: var(--accent); margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 14px; margin: 20px 0 6px; }
.sub { color: var(--muted); font-weight: normal; font-size: 0.85em; }
td.id { white-space: nowrap; }
h3 .unit { color: var(--muted); font-weight: normal; font-size: 0.8em; margin-left: 1em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0 16px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; font-family: ui-monospace, "DejaVu Sans Mono", monospace; word-break: break-all; }
nav ol { margin: 0 0 8px; }
table { border-collapse: collapse; margin: 4px 0 8px; font-size: 11.5px; }
th, td { border: 1px solid var(--line); padding: 2px 6px; }
th { background: var(--head); text-align: left; vertical-align: bottom; }
th .sub { display: block; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid var(--ink); white-space: nowrap; }
p.note { color: var(--muted); font-size: 11px; margin: 0 0 12px; }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart { border: 1px solid var(--line); padding: 6px; break-inside: avoid; }
.chart canvas { width: 640px; height: 300px; max-width: 100%; }
.tbl-wrap { overflow-x: auto; }
section.cover { min-height: 170mm; display: flex; flex-direction: column; justify-content: center; gap: 12px; }
section.cover h1 { font-size: 28px; }
section.cover h1 .sub { display: block; font-size: 16px; }
p.illustrative { border: 2px solid #b00020; color: #b00020; padding: 6px 10px; font-weight: bold; align-self: flex-start; }
table.cover-meta th, table.sign th { background: none; width: 9em; }
table.cover-meta, table.sign { font-size: 13px; }
table.sign td { width: 16em; height: 2.2em; }
section.conclusions li { margin: 4px 0; }
section.conclusions li .sub { display: block; }
footer { color: var(--muted); font-size: 11px; margin-top: 24px; }
section.comparison p.headline { font-weight: 600; margin: 8px 0; }
@page { size: A4 landscape; margin: 12mm 10mm 14mm; }
@media print {
  /* Chromium embeds TrueType (glyf) fonts as CID TrueType subsets but turns CFF-flavoured
     OpenType such as Noto Sans CJK into Type 3 glyph procedures: print in a TrueType CJK
     face when one is installed (Debian fonts-wqy-microhei; issue #18 "embedded, not Type 3,
     fonts"), else fall back to the screen faces. That face has no bold and Chromium prints
     synthesised bold as Type 3 too, so print does not synthesise it: headings keep their size,
     header rows their shading, total rows their rule. */
  body { margin: 0; font-size: 10px; font-family: ${PRINT_FONT}; font-synthesis: none; }
  dl.meta dd { font-family: "DejaVu Sans Mono", "WenQuanYi Micro Hei", monospace; } /* Chinese in a monospace cell: the TrueType face, not a CFF fallback */
  header { display: none; } /* the screen header (date, engine, unit; the contents): the cover, each scenario's meta and the page footer say it in print */
  .tbl-wrap { overflow: visible; }
  table { font-size: 8.5px; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  section.scenario { break-before: page; }
  section.cover { break-after: page; }
  section.conclusions { break-after: page; }
  section.table.large { break-before: page; }
  section.table.keep { break-inside: avoid; }
  section.table.keep table { font-size: 8px; }
  .chart canvas { width: 128mm; height: 60mm; }
  h2, h3 { break-after: avoid; }
}
`;
