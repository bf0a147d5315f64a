/**
 * Fan charts of a stress run (SPEC §8 "Outputs"): P5/P25/P50/P75/P95 by year of the key
 * series — the city's fiscal cost and PPP share, a chosen district's legal and broad debt
 * ratios with their tier lines in force — and any other key series on request.
 */
import { memo, useState } from 'react';
import type { ThresholdRow } from '../../core/rules/types.ts';
import type { StressResult } from '../../core/stress/index.ts';
import { ChartView } from '../components/ChartView.tsx';
import type { Lang } from '../i18n.ts';
import { nameOf, type ScenarioMeta } from '../meta.ts';
import { stressFan } from '../stress/fanData.ts';
import { keySeriesLabel } from '../stress/labels.ts';

/** Memoised: progress of a new run re-renders the view every 100 ms, and these charts must not redraw with it. */
export const FanCharts = memo(function FanCharts({ result, thresholds, meta, lang }: { result: StressResult; thresholds: readonly ThresholdRow[]; meta: ScenarioMeta; lang: Lang }) {
  const zh = lang === 'zh';
  const keys = Object.keys(result.series);
  const districts = [...new Set(keys.map((k) => /^district\.([^.]+)\./.exec(k)?.[1]).filter((d): d is string => d !== undefined))];
  const [district, setDistrict] = useState(districts[0] ?? '');
  const [extra, setExtra] = useState(keys.find((k) => k === 'city.rewardsPaid') ?? keys[0] ?? '');
  const d = districts.includes(district) ? district : districts[0] ?? '';
  const shown = ['city.fiscalCost', 'city.pppShare', `district.${d}.legalRatio`, `district.${d}.broadRatio`].filter((k) => keys.includes(k));
  const chart = (key: string) => (
    <ChartView key={key} data={stressFan(result, key, thresholds, lang)} title={`${keySeriesLabel(key, meta, lang)} · P5–P95`} lang={lang} fileName={`${result.scenario.id}-fan-${key}`} />
  );
  return (
    <section aria-labelledby="fans-h" data-testid="fan-charts">
      <h3 id="fans-h">{zh ? '扇形图（P5–P95，中位数为实线）' : 'Fan charts (P5–P95, median solid)'}</h3>
      <div className="stress-run">
        <label>{zh ? '区' : 'District'}
          <select value={d} onChange={(e) => setDistrict(e.target.value)} data-testid="fan-district">
            {districts.map((x) => <option key={x} value={x}>{nameOf(meta.districts, x)}</option>)}
          </select>
        </label>
        <label>{zh ? '其他序列' : 'Other series'}
          <select value={extra} onChange={(e) => setExtra(e.target.value)} data-testid="fan-extra">
            {keys.map((k) => <option key={k} value={k}>{keySeriesLabel(k, meta, lang)}</option>)}
          </select>
        </label>
      </div>
      <div className="fan-grid">
        {shown.map(chart)}
        {extra && !shown.includes(extra) ? chart(extra) : null}
      </div>
    </section>
  );
});
