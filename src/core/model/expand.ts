import type { SeriesSpec } from './series.ts';

/**
 * Values of a series for `count` consecutive years from `firstYear` (SPEC §1 "Time"):
 * `growth` is `base·(1+g)^(y − y0)` with `y0` defaulting to `defaultY0`.
 */
export function expandSeries(spec: SeriesSpec, firstYear: number, count: number, defaultY0: number = firstYear): Float64Array {
  const out = new Float64Array(count);
  switch (spec.kind) {
    case 'growth': {
      const y0 = spec.y0 ?? defaultY0;
      for (let i = 0; i < count; i++) out[i] = spec.base * Math.pow(1 + spec.growth, firstYear + i - y0);
      return out;
    }
    case 'table': {
      const listed = Object.keys(spec.byYear).map(Number).sort((a, b) => a - b);
      for (let i = 0; i < count; i++) {
        const y = firstYear + i;
        const own = spec.byYear[String(y)];
        if (own !== undefined) out[i] = own;
        else if (spec.fill === 'carry' && listed.length > 0) out[i] = spec.byYear[String(carrySource(listed, y))] ?? 0;
        else out[i] = 0;
      }
      return out;
    }
    default:
      return assertNever(spec);
  }
}

/** The listed year a `carry` table takes its value from: the latest listed year ≤ y, else the first listed. */
function carrySource(listed: readonly number[], y: number): number {
  let src = listed[0] ?? y;
  for (const l of listed) if (l <= y) src = l;
  return src;
}

/** The value of a series in one calendar year. */
export function seriesAt(spec: SeriesSpec, year: number, defaultY0: number): number {
  return expandSeries(spec, year, 1, defaultY0)[0] ?? 0;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected kind: ${JSON.stringify(x)}`);
}
