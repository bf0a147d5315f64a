/**
 * The key series of a stress run (SPEC §10 "Series keys"): the city's fiscal cost, rewards
 * paid, PPP share and lapsed pool claims, and per district the broad and legal ratios, the
 * debt headroom and the PPP share. `readKeySeries` copies one path's values into a slot
 * (null ratios as NaN, left out of the percentiles).
 */
import type { RunResult, NullableSeries } from '../result.ts';
import type { PathRun } from '../simulate.ts';
import type { Scenario } from '../model/scenario.ts';

/** The key series' names, in output order. */
export function keySeriesNames(s: Scenario): string[] {
  const names = ['city.fiscalCost', 'city.rewardsPaid', 'city.pppShare', 'city.rewardPool.lapsed'];
  for (const d of s.districts) {
    for (const f of ['broadRatio', 'legalRatio', 'debtHeadroom', 'pppShare']) names.push(`district.${d.id}.${f}`);
  }
  return names;
}

/** One path's key series: `write(k, t, value)` per series k (order of `keySeriesNames`) and year t. */
export function readKeySeries(r: RunResult | PathRun, write: (k: number, t: number, v: number) => void): void {
  let k = 0;
  const put = (xs: NullableSeries): void => {
    for (let t = 0; t < xs.length; t++) write(k, t, xs[t] ?? Number.NaN);
    k++;
  };
  put(r.city.fiscalCost);
  put(r.city.rewardsPaid);
  put(r.city.pppShare);
  put(r.city.rewardPool.lapsed);
  for (const d of r.districts) {
    put(d.broadRatio);
    put(d.legalRatio);
    put(d.debtHeadroom);
    put(d.pppShare);
  }
}
