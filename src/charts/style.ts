/**
 * Charts readable in greyscale (issue #18 "Charts readable in greyscale: dashes and markers,
 * direct labels, Chinese names"): every data line of a chart gets its own dash pattern and
 * point marker, in series order, and a direct label (its name, drawn at its last point), so
 * a chart printed in black and white, or read by someone who cannot tell its colours apart,
 * still tells its series apart without the legend. Rule lines keep their thin level-coloured
 * dashes and no markers, and are labelled directly too. Shared by the dashboard and the
 * HTML/PDF report: the style travels with the chart data.
 */
import type { Dataset, Hatch, Marker } from './types.ts';

/** Dash patterns of successive data lines: solid first, then long, dotted, dash-dot, … */
export const SERIES_DASH: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [10, 3, 2, 3], [4, 4], [14, 4], [2, 6]];

/** Point markers of successive data lines (7 dashes × 8 markers: no two of 56 lines alike). */
export const SERIES_MARKERS: readonly Marker[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

/** Fill patterns of successive bar series: the first plain, then hatched (bars differ by more than colour). */
export const BAR_HATCHES: readonly (Hatch | null)[] = [null, 'diagonal', 'dots', 'cross', 'horizontal', 'back-diagonal', 'vertical'];

/** True for a data line (not a bar, not a rule line). */
export function isDataLine(d: Dataset): boolean {
  return d.type === 'line' && !d.dashed;
}

/**
 * The datasets with the k-th data line given dash k and marker k (cycling), every line —
 * data or rule — a direct label (`label` unless one is given), and the j-th bar series
 * hatch j (the first plain).
 */
export function greyscaleReadable(datasets: readonly Dataset[]): Dataset[] {
  let k = 0;
  let j = 0;
  return datasets.map((d): Dataset => {
    if (d.type !== 'line') {
      const hatch = BAR_HATCHES[j++ % BAR_HATCHES.length] ?? null;
      return hatch === null ? d : { ...d, hatch };
    }
    if (d.dashed) return { ...d, directLabel: d.directLabel ?? d.label };
    const i = k++;
    const dash = SERIES_DASH[i % SERIES_DASH.length] ?? [];
    return {
      ...d,
      ...(dash.length > 0 ? { dash } : {}),
      marker: SERIES_MARKERS[i % SERIES_MARKERS.length] ?? 'circle',
      directLabel: d.directLabel ?? d.label,
    };
  });
}
