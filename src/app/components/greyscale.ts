/**
 * The dashboard's half of the greyscale-readable charts (issue #18; the chart data carry the
 * style, `src/charts/style.ts`): bar hatches as canvas patterns and a Chart.js plugin that
 * writes each line's direct label at its last point, nudged apart so labels never overlap.
 * The HTML report's page script draws the same from the same data.
 */
import type { Chart as ChartJS, Plugin } from 'chart.js';
import type { Hatch } from '../../charts/types.ts';

/** Vertical gap kept between two direct labels, in pixels. */
const LABEL_GAP = 11;

/** An 8×8 repeating pattern of `kind` in white over `colour`; the plain colour where a canvas is unavailable. */
export function hatchFill(colour: string, kind: Hatch): string | CanvasPattern {
  if (typeof document === 'undefined') return colour;
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  if (!g) return colour;
  g.fillStyle = colour;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = 'rgba(255,255,255,0.85)';
  g.fillStyle = 'rgba(255,255,255,0.85)';
  g.lineWidth = 1.5;
  g.beginPath();
  const seg = (x0: number, y0: number, x1: number, y1: number) => { g.moveTo(x0, y0); g.lineTo(x1, y1); };
  if (kind === 'diagonal' || kind === 'cross') { seg(0, 8, 8, 0); seg(-2, 2, 2, -2); seg(6, 10, 10, 6); }
  if (kind === 'back-diagonal' || kind === 'cross') { seg(0, 0, 8, 8); seg(6, -2, 10, 2); seg(-2, 6, 2, 10); }
  if (kind === 'horizontal') seg(0, 4, 8, 4);
  if (kind === 'vertical') seg(4, 0, 4, 8);
  g.stroke();
  if (kind === 'dots') {
    g.beginPath();
    g.arc(4, 4, 1.6, 0, 2 * Math.PI);
    g.fill();
  }
  return g.createPattern(c, 'repeat') ?? colour;
}

interface Placed { text: string; x: number; y: number }

/** Index of the last non-null value, −1 when none. */
function lastValue(data: readonly unknown[]): number {
  let k = data.length - 1;
  while (k >= 0 && (data[k] === null || data[k] === undefined)) k--;
  return k;
}

/** Writes every visible dataset's `directLabel` at its last point, top to bottom without overlaps. */
export const directLabelsPlugin: Plugin<'bar'> = {
  id: 'townfiscDirectLabels',
  afterDatasetsDraw(chart: ChartJS<'bar'>) {
    const placed: Placed[] = [];
    chart.data.datasets.forEach((d, i) => {
      const text = (d as { directLabel?: string | null }).directLabel;
      if (!text || !chart.isDatasetVisible(i)) return;
      const k = lastValue(d.data);
      const el = k >= 0 ? chart.getDatasetMeta(i).data[k] : undefined;
      if (el) placed.push({ text, x: el.x, y: el.y });
    });
    placed.sort((a, b) => a.y - b.y);
    for (let j = 1; j < placed.length; j++) {
      const prev = placed[j - 1]!;
      const cur = placed[j]!;
      if (cur.y - prev.y < LABEL_GAP) cur.y = prev.y + LABEL_GAP;
    }
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '10px sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    for (const l of placed) {
      const y = Math.max(chartArea.top + 10, Math.min(chartArea.bottom, l.y - 3));
      ctx.lineWidth = 3;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeText(l.text, l.x - 4, y);
      ctx.fillStyle = '#222222';
      ctx.fillText(l.text, l.x - 4, y);
    }
    ctx.restore();
  },
};
