/**
 * The HTML report (issue #7): one self-contained file, inline CSS and JavaScript (the
 * Chart.js UMD build is passed in by the caller, so this builder stays pure and
 * browser-safe), a Content-Security-Policy that forbids any network access, every text
 * escaped. Per scenario: identification, charts, then the tables; several scenarios
 * start with the comparison. The full list of evaluated limits stays in XLSX/CSV.
 */
import { say } from '../format/cellText.ts';
import { metaLines, moneyText } from '../format/meta.ts';
import type { ReportModel, ScenarioSection } from '../model/types.ts';
import type { ReportChart } from '../model/charts.ts';
import { CLIENT_SCRIPT } from './clientScript.ts';
import { conclusionsHtml, coverHtml, reportTitle } from './cover.ts';
import { escapeHtml, jsonForScript, scriptText } from './escape.ts';
import { REPORT_CSS } from './styles.ts';
import { tableHtml } from './tableHtml.ts';

export interface HtmlOptions {
  /** Source of Chart.js's UMD build (`chart.umd.min.js`); without it the page shows tables only. */
  readonly chartJs?: string;
}

/**
 * Tables left out of the HTML and so the PDF (too long to read or print; complete in XLSX
 * and CSV): every limit row, and the raw parameter dump (issue #18: the printed report
 * states its inputs in the 主要假设 table instead).
 */
export const HTML_OMITTED_TABLES: readonly string[] = ['limits', 'assumptions'];

/** A canvas for a chart of section `section` (an index, or `c` for the comparison). */
function canvasHtml(c: ReportChart, section: number | 'c', lang: ReportModel['meta']['lang']): string {
  return `<div class="chart"><canvas id="chart-${section}-${escapeHtml(c.id)}" width="640" height="300" role="img" aria-label="${escapeHtml(say(c.title, lang))}"></canvas></div>`;
}

/** What the page script draws: the chart data, its canvas section and its title line. */
function chartJson(c: ReportChart, section: number | 'c', lang: ReportModel['meta']['lang']) {
  return { ...c, section, title: say(c.title, lang) };
}

const CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

function sectionHtml(model: ReportModel, s: ScenarioSection, i: number): string {
  const { lang, decimals, moneyUnit } = model.meta;
  const meta = metaLines(model.meta, s).map((m) => `<dt>${escapeHtml(say(m, lang))}</dt><dd data-meta="${escapeHtml(m.en)}">${escapeHtml(m.value)}</dd>`).join('');
  const charts = s.charts.map((c) => canvasHtml(c, i, lang)).join('');
  const tables = s.tables.filter((t) => !HTML_OMITTED_TABLES.includes(t.id)).map((t) => tableHtml(t, decimals, lang, i, moneyUnit)).join('\n');
  return `<section class="scenario" id="s${i}">
<h2>${escapeHtml(s.scenario.name)} <span class="sub">${escapeHtml(s.scenario.id)}</span></h2>
<dl class="meta">${meta}</dl>
<div class="charts">${charts}</div>
${tables}
</section>`;
}

function navHtml(model: ReportModel): string {
  const items = model.sections.map((s, i) => `<li><a href="#s${i}">${escapeHtml(s.scenario.name)}</a></li>`).join('');
  return `<nav><ol>${items}</ol></nav>`;
}

/** The report page. */
export function buildHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const { lang, decimals, moneyUnit } = model.meta;
  const title = say(reportTitle(model), lang);
  const hashes = model.sections.map((s) => `${s.scenario.id} ${s.scenario.hash}`).join('; ');
  const charts = [
    ...model.comparisonCharts.map((c) => chartJson(c, 'c', lang)),
    ...model.sections.flatMap((s, i) => s.charts.map((c) => chartJson(c, i, lang))),
  ];
  const compareCanvases = model.comparisonCharts.map((c) => canvasHtml(c, 'c', lang)).join('');
  const comparison = model.comparison
    ? `<section class="comparison" id="comparison">${compareCanvases ? `<div class="charts">${compareCanvases}</div>` : ''}
${model.comparisonHeadline.map((h) => `<p class="headline">${escapeHtml(say(h, lang))}</p>`).join('')}
${[model.comparison, model.comparisonByYear, ...model.comparisonTables].flatMap((t) => (t ? [tableHtml(t, decimals, lang, -1, moneyUnit)] : [])).join('\n')}</section>`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="townfisc ${escapeHtml(model.meta.engineVersion)}">
<title>${escapeHtml(`${title} — ${hashes}`)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
${coverHtml(model)}
<header>
<p class="sub">${escapeHtml(`${model.meta.generatedAt} · ${say({ zh: '引擎', en: 'engine' }, lang)} ${model.meta.engineVersion} · ${say({ zh: '金额单位', en: 'Money unit' }, lang)}${lang === 'zh' ? '：' : ': '}${moneyText(model.meta)}`)}</p>
${navHtml(model)}
</header>
${conclusionsHtml(model)}
${comparison}
${model.sections.map((s, i) => sectionHtml(model, s, i)).join('\n')}
<footer>${escapeHtml(`townfisc ${model.meta.engineVersion} · ${hashes}`)}</footer>
<script type="application/json" id="chart-data">${jsonForScript(charts)}</script>
${options.chartJs ? `<script>${scriptText(options.chartJs)}</script>` : ''}
<script>${scriptText(CLIENT_SCRIPT)}</script>
</body>
</html>
`;
}
