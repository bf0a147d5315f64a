import { PRINT_FONT } from './styles.ts';

/**
 * The page script of the HTML report (plain ES2017, run in the browser after the inlined
 * Chart.js UMD build): draws each chart of `#chart-data` — the shared chart data of
 * `src/charts` (datasets with colour, bar/line, stack, dashed rule lines; tier bands; unit;
 * each data line's dash pattern and point marker, bar hatches, and direct labels, issue #18
 * greyscale)
 * — into its canvas without animation (so print and PDF capture finished charts), tier
 * bands behind the lines with their labels, each line's name at its last point (labels
 * pushed apart so none overlaps), and sets `window.__chartsReady = true` when
 * every chart is drawn. Nothing here knows a threshold: lines and bands arrive as data.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var AXIS = { wan: '万元', yi: '亿元', share: '%', ratio: '×', count: '' };
  // the print face first (TrueType, embedded as a subset; CFF CJK faces print as Type 3), as the print style
  var FONT = '${PRINT_FONT}';
  // no bold on the canvas either: the print face has none, and synthesised bold prints as Type 3
  if (typeof Chart !== 'undefined') Chart.defaults.font.family = FONT;
  var bandsPlugin = {
    id: 'tierBands',
    beforeDatasetsDraw: function (chart, _args, opts) {
      var bands = opts && opts.bands;
      if (!bands) return;
      var area = chart.chartArea, y = chart.scales.y, ctx = chart.ctx;
      ctx.save();
      bands.forEach(function (b) {
        var top = y.getPixelForValue(Math.min(b.to, y.max)), bottom = y.getPixelForValue(Math.max(b.from, y.min));
        if (bottom <= top) return;
        ctx.fillStyle = b.colour;
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
        ctx.fillStyle = '#333333';
        ctx.font = '11px ' + FONT;
        ctx.textAlign = 'right';
        ctx.fillText(b.label, area.right - 4, top + 12);
      });
      ctx.restore();
    }
  };
  var directLabelsPlugin = {
    id: 'directLabels',
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx, area = chart.chartArea, labels = [];
      chart.data.datasets.forEach(function (d, i) {
        if (!d.directLabel || !chart.isDatasetVisible(i)) return;
        var meta = chart.getDatasetMeta(i), k = d.data.length - 1;
        while (k >= 0 && (d.data[k] === null || d.data[k] === undefined)) k--;
        if (k < 0 || !meta.data[k]) return;
        labels.push({ text: d.directLabel, x: meta.data[k].x, y: meta.data[k].y, colour: d.borderColor });
      });
      labels.sort(function (a, b) { return a.y - b.y; });
      for (var j = 1; j < labels.length; j++) if (labels[j].y - labels[j - 1].y < 11) labels[j].y = labels[j - 1].y + 11;
      ctx.save();
      ctx.font = '10px ' + FONT;
      ctx.textAlign = 'right';
      ctx.textBaseline = 'bottom';
      labels.forEach(function (l) {
        var y = Math.max(area.top + 10, Math.min(area.bottom, l.y - 3));
        // a white box behind the label, not a stroked halo: stroked text prints as Type 3 glyphs
        var w = ctx.measureText(l.text).width;
        ctx.fillStyle = 'rgba(255,255,255,0.85)'; ctx.fillRect(l.x - 5 - w, y - 11, w + 2, 12);
        ctx.fillStyle = '#222222'; ctx.fillText(l.text, l.x - 4, y);
      });
      ctx.restore();
    }
  };
  function hatchOf(colour, kind) {
    var c = document.createElement('canvas');
    c.width = 8; c.height = 8;
    var g = c.getContext('2d');
    g.fillStyle = colour; g.fillRect(0, 0, 8, 8);
    g.strokeStyle = 'rgba(255,255,255,0.85)'; g.fillStyle = 'rgba(255,255,255,0.85)'; g.lineWidth = 1.5;
    g.beginPath();
    if (kind === 'diagonal' || kind === 'cross') { g.moveTo(0, 8); g.lineTo(8, 0); g.moveTo(-2, 2); g.lineTo(2, -2); g.moveTo(6, 10); g.lineTo(10, 6); }
    if (kind === 'back-diagonal' || kind === 'cross') { g.moveTo(0, 0); g.lineTo(8, 8); g.moveTo(6, -2); g.lineTo(10, 2); g.moveTo(-2, 6); g.lineTo(2, 10); }
    if (kind === 'horizontal') { g.moveTo(0, 4); g.lineTo(8, 4); }
    if (kind === 'vertical') { g.moveTo(4, 0); g.lineTo(4, 8); }
    g.stroke();
    if (kind === 'dots') { g.beginPath(); g.arc(4, 4, 1.6, 0, 2 * Math.PI); g.fill(); }
    return g.createPattern(c, 'repeat');
  }
  function tick(unit) {
    return function (v) { return unit === 'share' ? (v * 100).toFixed(1) + '%' : v; };
  }
  function dataset(d) {
    var line = d.type === 'line';
    return {
      type: d.type, label: d.label, data: d.data, borderColor: d.colour, backgroundColor: line ? 'transparent' : (d.hatch ? hatchOf(d.colour, d.hatch) : d.colour),
      borderDash: d.dash ? d.dash : (d.dashed ? [6, 4] : []), borderWidth: line ? (d.dashed ? 1.5 : 2) : 0,
      pointRadius: line && !d.dashed ? 3 : 0, pointStyle: d.marker || (line ? (d.dashed ? 'line' : 'circle') : 'rect'), pointBackgroundColor: '#ffffff', directLabel: d.directLabel || null,
      fill: false, spanGaps: false, stepped: d.stepped ? 'before' : false,
      stack: d.stack || d.label, yAxisID: d.axis || 'y', order: line ? 0 : 1
    };
  }
  function draw(spec) {
    var canvas = document.getElementById('chart-' + spec.section + '-' + spec.id);
    if (!canvas || typeof Chart === 'undefined') return false;
    var scales = {
      x: { stacked: !!spec.stacked },
      y: { stacked: !!spec.stacked, title: { display: true, text: AXIS[spec.unit] || '' }, beginAtZero: true, ticks: { callback: tick(spec.unit) } }
    };
    if (spec.yMax !== undefined) { scales.y.min = 0; scales.y.max = spec.yMax; }
    if (spec.unit2) scales.y2 = { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: AXIS[spec.unit2] || '' }, ticks: { callback: tick(spec.unit2) } };
    new Chart(canvas, {
      type: 'bar',
      data: { labels: spec.labels, datasets: spec.datasets.map(dataset) },
      options: {
        animation: false, responsive: false, devicePixelRatio: 2,
        plugins: { title: { display: true, text: spec.title, font: { size: 13, weight: 'normal' } }, legend: { position: 'bottom', labels: { usePointStyle: true } }, tierBands: { bands: spec.bands || null } },
        scales: scales
      },
      plugins: [bandsPlugin, directLabelsPlugin]
    });
    return true;
  }
  var node = document.getElementById('chart-data');
  var specs = node ? JSON.parse(node.textContent || '[]') : [];
  var drawn = specs.map(draw).filter(Boolean).length;
  window.__chartsReady = drawn === specs.length;
})();
`;
