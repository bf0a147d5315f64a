/**
 * The page script of the HTML report (plain ES2017, run in the browser after the inlined
 * Chart.js UMD build): draws each chart of `#chart-data` into its canvas without
 * animation (so print and PDF capture finished charts), tier bands behind the lines, and
 * sets `window.__chartsReady = true` when every chart is drawn.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];
  var REF = { '5%': '#e6be00', '7%': '#f07800', '10%': '#dc2828' };
  var bandsPlugin = {
    id: 'tierBands',
    beforeDatasetsDraw: function (chart, _args, opts) {
      var bands = opts && opts.bands;
      if (!bands) return;
      var area = chart.chartArea, y = chart.scales.y, ctx = chart.ctx;
      ctx.save();
      bands.forEach(function (b) {
        var top = y.getPixelForValue(Math.min(b[1], y.max)), bottom = y.getPixelForValue(Math.max(b[0], y.min));
        if (bottom <= top) return;
        ctx.fillStyle = b[2];
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
      });
      ctx.restore();
    }
  };
  function dataset(s, i, kind, stacked) {
    var ref = s.reference === true;
    var colour = ref ? (REF[s.label] || '#999') : PALETTE[i % PALETTE.length];
    return {
      label: s.label, data: s.data, borderColor: colour, backgroundColor: kind === 'bar' ? colour : colour,
      borderDash: ref ? [6, 4] : [], borderWidth: ref ? 1.5 : 2, pointRadius: ref ? 0 : 2, fill: false,
      stack: stacked ? 'all' : undefined, spanGaps: false
    };
  }
  function draw(spec) {
    var canvas = document.getElementById('chart-' + spec.section + '-' + spec.id);
    if (!canvas || typeof Chart === 'undefined') return false;
    new Chart(canvas, {
      type: spec.kind,
      data: { labels: spec.labels, datasets: spec.series.map(function (s, i) { return dataset(s, i, spec.kind, spec.stacked); }) },
      options: {
        animation: false, responsive: false, devicePixelRatio: 2,
        plugins: { title: { display: true, text: spec.title }, legend: { position: 'bottom' }, tierBands: { bands: spec.bands || null } },
        scales: {
          x: { stacked: !!spec.stacked },
          y: { stacked: !!spec.stacked, title: { display: true, text: spec.yUnit }, beginAtZero: true, min: spec.yMin, max: spec.yMax }
        }
      },
      plugins: [bandsPlugin]
    });
    return true;
  }
  var node = document.getElementById('chart-data');
  var specs = node ? JSON.parse(node.textContent || '[]') : [];
  var drawn = specs.map(draw).filter(Boolean).length;
  window.__chartsReady = drawn === specs.length;
})();
`;
