/**
 * Draws a `ChartData` with Chart.js (the only place Chart.js is touched, STYLE rule 12):
 * bars and lines, threshold lines dashed, tier bands behind the data, a white background so
 * the PNG export reads on any viewer, a PNG button and the numbers as a table for screen
 * readers and CSV.
 */
import { useContext, useMemo, useRef } from 'react';
import {
  BarController, BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
  type ChartData as CJData, type ChartOptions, type Plugin,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import type { ChartData } from '../../charts/types.ts';
import { formatValue, formatWanTick, type Unit } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import { downloadUrl, safeFileName } from '../io/download.ts';
import { DataTable } from './DataTable.tsx';
import { ChartSource, stampedPng } from './chartSource.ts';
import { directLabelsPlugin, hatchFill } from './greyscale.ts';

const bandsPlugin: Plugin<'bar'> = {
  id: 'townfiscBands',
  beforeDraw(chart) {
    const { ctx, chartArea, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    const bands = (chart.options.plugins as { townfiscBands?: { bands?: ChartData['bands'] } } | undefined)?.townfiscBands?.bands ?? [];
    const y = chart.scales.y;
    const x = chart.scales.x;
    const forecast = (chart.options.plugins as { townfiscBands?: { forecast?: readonly number[] } } | undefined)?.townfiscBands?.forecast ?? [];
    if (x && chartArea && forecast.length > 0) {
      // forecast years shaded grey, one slot per label (SPEC §12)
      const slot = chartArea.width / Math.max(1, chart.data.labels?.length ?? 1);
      ctx.fillStyle = 'rgba(0,0,0,0.07)';
      for (const i of forecast) ctx.fillRect(x.getPixelForValue(i) - slot / 2, chartArea.top, slot, chartArea.height);
    }
    if (y && chartArea) {
      for (const b of bands) {
        const top = Math.max(chartArea.top, y.getPixelForValue(b.to));
        const bottom = Math.min(chartArea.bottom, y.getPixelForValue(b.from));
        if (bottom <= top) continue;
        ctx.fillStyle = b.colour;
        ctx.fillRect(chartArea.left, top, chartArea.width, bottom - top);
        ctx.fillStyle = '#333333';
        ctx.font = '11px sans-serif';
        ctx.textAlign = 'right';
        ctx.fillText(b.label, chartArea.right - 4, top + 12);
      }
    }
    ctx.restore();
  },
};

ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip, bandsPlugin, directLabelsPlugin);

function tick(unit: Unit, lang: Lang) {
  return (v: number | string, _i: number, ticks: readonly { value: number }[]) => {
    const n = typeof v === 'number' ? v : Number(v);
    if (unit === 'wan') return formatWanTick(n, ticks.map((x) => x.value));
    if (unit === 'share') return `${(n * 100).toFixed(1)}%`;
    return formatValue(n, unit, lang);
  };
}

export function ChartView({ data, title, lang, fileName, height = 280, xHeader }: { data: ChartData; title: string; lang: Lang; fileName: string; height?: number; /** The data table's first column (default: year). */ xHeader?: string }) {
  const ref = useRef<ChartJS<'bar'>>(null);
  const source = useContext(ChartSource);
  const cjData = useMemo((): CJData<'bar', (number | null)[], string> => ({
    labels: [...data.labels],
    datasets: data.datasets.map((d) => ({
      type: d.type,
      label: d.label,
      data: [...d.data],
      backgroundColor: d.type === 'bar' ? (d.hatch ? hatchFill(d.colour, d.hatch) : d.colour) : 'transparent',
      borderColor: d.colour,
      borderWidth: d.type === 'bar' ? 0 : d.dashed ? 1.5 : 2,
      borderDash: d.dash ? [...d.dash] : d.dashed ? [6, 4] : [],
      pointRadius: d.type === 'line' && !d.dashed ? 3 : 0,
      // markers and direct labels keep lines apart in greyscale (issue #18, src/charts/style.ts)
      pointStyle: d.marker ?? (d.type === 'line' ? 'circle' : 'rect'),
      pointBackgroundColor: '#ffffff',
      directLabel: d.directLabel ?? null,
      spanGaps: false,
      stepped: d.stepped ? 'before' : false,
      stack: d.stack ?? d.label,
      yAxisID: d.axis ?? 'y',
      order: d.type === 'line' ? 0 : 1,
    })) as CJData<'bar', (number | null)[], string>['datasets'],
  }), [data]);
  const options = useMemo((): ChartOptions<'bar'> => ({
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12 } },
      tooltip: { callbacks: { label: (c) => `${c.dataset.label ?? ''}: ${formatValue(c.parsed.y, c.dataset.yAxisID === 'y2' ? (data.unit2 ?? data.unit) : data.unit, lang)}` } },
      ...({ townfiscBands: { bands: data.bands ?? [], forecast: data.forecast ?? [] } } as object),
    },
    scales: {
      x: { stacked: data.stacked ?? false },
      y: { stacked: data.stacked ?? false, ...(data.yMax !== undefined ? { max: data.yMax, min: 0 } : {}), ticks: { callback: tick(data.unit, lang) } },
      ...(data.unit2 ? { y2: { position: 'right' as const, grid: { drawOnChartArea: false }, ticks: { callback: tick(data.unit2, lang) } } } : {}),
    },
  }), [data, lang]);
  const exportPng = () => {
    const chart = ref.current;
    if (chart) downloadUrl(stampedPng(chart.canvas, title, source, new Date().toISOString().slice(0, 10)), `${safeFileName(fileName)}.png`);
  };
  const header = [xHeader ?? t(lang, 'year'), ...data.datasets.map((d) => d.label)];
  const rows = data.labels.map((l, i) => [l, ...data.datasets.map((d) => d.data[i] ?? null)]);
  return (
    <figure className="chart" data-chart={fileName}>
      <figcaption>
        <span>{title}</span>
        <button type="button" className="small" onClick={exportPng} aria-label={`${t(lang, 'png')}: ${title}`}>{t(lang, 'png')}</button>
      </figcaption>
      <div style={{ height }}>
        <Chart ref={ref} type="bar" data={cjData} options={options} aria-label={title} role="img" />
      </div>
      <details>
        <summary>{t(lang, 'dataTable')}</summary>
        <DataTable header={header} rows={rows} units={[null, ...data.datasets.map((d) => (d.axis === 'y2' ? (data.unit2 ?? data.unit) : data.unit))]} lang={lang} fileName={fileName} caption={title} />
      </details>
    </figure>
  );
}
