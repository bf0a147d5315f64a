/**
 * Assessment windows (SPEC §3 "assessment"): the years `anchor + offset … + length − 1`,
 * anchored on a town's creation year or the first year of a stage; with `repeat`, the
 * next window follows on. Only windows that end inside the horizon are assessed; years
 * of a window before the horizon are not in the scenario and do not count.
 */
import type { AssessmentWindow } from './types.ts';
import type { TownFrame } from './frame.ts';

/** A window as year indices (`0` = startYear), `end` inside the horizon; `start` may be negative. */
export interface WindowSpan {
  readonly start: number;
  readonly end: number;
}

/** The town's assessed windows, oldest first. */
export function assessmentWindows(w: AssessmentWindow, frame: TownFrame): WindowSpan[] {
  const town = frame.town;
  const anchor = w.anchor === 'creation' ? town.creationYear : town.stages[w.anchor];
  const out: WindowSpan[] = [];
  for (let first = anchor + w.offset - frame.startYear; ; first += w.length) {
    const end = first + w.length - 1;
    if (end >= frame.years) break;
    if (end >= 0) out.push({ start: first, end });
    if (!w.repeat) break;
  }
  return out;
}

/** Mean of the years in `[start, end]` (clipped to the horizon) where `has` is 1, or null when there are none. */
export function windowMean(values: Float64Array, has: Uint8Array, span: WindowSpan): number | null {
  let sum = 0, n = 0;
  for (let t = Math.max(0, span.start); t <= span.end; t++) {
    if (has[t] === 1) {
      sum += values[t]!;
      n++;
    }
  }
  return n > 0 ? sum / n : null;
}
