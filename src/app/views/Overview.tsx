/** One scenario: key metrics and the overview charts (issue #8 "Overview"). */
import { COMPARE_METRICS } from '../../core/compare.ts';
import type { RunResult } from '../../core/result.ts';
import { scenarioChart } from '../../charts/overview.ts';
import type { ScenarioChart } from '../../charts/overview.ts';
import { ChartView } from '../components/ChartView.tsx';
import { RewardPoolPanel } from '../components/RewardPoolPanel.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { t, type Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import { formatValue, type Unit } from '../format.ts';

export function Overview({ result, meta, lang, onDetail }: { result: RunResult; meta: ScenarioMeta; lang: Lang; onDetail: (kind: 'town' | 'ppp' | 'fund', id: string) => void }) {
  const s = result.summary;
  const rows = COMPARE_METRICS.map((m) => [lang === 'zh' ? m.zh : m.en, m.get(s)]);
  const units = COMPARE_METRICS.map((m) => (m.unit === 'tier' ? 'tier' : m.unit));
  const base = result.scenario.id;
  return (
    <section aria-labelledby="ov-h">
      <h2 id="ov-h">{result.scenario.name}</h2>
      <p className="muted">{meta.description} · {result.years[0]}–{result.years.at(-1)} · {t(lang, 'hash')} <code>{result.scenario.hash.slice(0, 12)}</code> · engine {result.engineVersion}</p>
      <div className="grid2">
        <div>
          <h3>{t(lang, 'summary')}</h3>
          <DataTable
            header={[t(lang, 'metric'), t(lang, 'value')]}
            rows={rows}
            units={[null, null]}
            lang={lang}
            fileName={`${base}-summary`}
            caption={t(lang, 'summary')}
            render={(i, j, text) => {
              if (j === 0) return text;
              const v = rows[i]?.[1];
              const u = units[i] ?? 'ratio';
              return <span className="num">{typeof v === 'number' || v === null ? formatMetric(v, u, lang) : text}</span>;
            }}
          />
        </div>
        <OverviewChart chart={scenarioChart('fiscal-cost')} result={result} meta={meta} lang={lang} />
      </div>
      <div className="grid2">
        <div>
          <OverviewChart chart={scenarioChart('rewards')} result={result} meta={meta} lang={lang} />
          {meta.programs.length === 0 && <p className="muted">{t(lang, 'noRewards')}</p>}
        </div>
        <RewardPoolPanel result={result} lang={lang} />
        <OverviewChart chart={scenarioChart('ppp-share')} result={result} meta={meta} lang={lang} />
        <OverviewChart chart={scenarioChart('broad-ratio')} result={result} meta={meta} lang={lang} />
        <OverviewChart chart={scenarioChart('fund-j-curves')} result={result} meta={meta} lang={lang} />
        <OverviewChart chart={scenarioChart('investment-per-fiscal')} result={result} meta={meta} lang={lang} />
        <div>
          <h3>{t(lang, 'towns')} · {t(lang, 'ppp')} · {t(lang, 'fund')}</h3>
          <ul className="links">
            {meta.towns.map((x) => <li key={x.id}><button type="button" className="link" onClick={() => onDetail('town', x.id)}>{x.name}</button></li>)}
          </ul>
          <ul className="links">
            {meta.ppp.map((x) => <li key={x.id}><button type="button" className="link" onClick={() => onDetail('ppp', x.id)}>{x.name}</button></li>)}
            {meta.funds.map((x) => <li key={x.id}><button type="button" className="link" onClick={() => onDetail('fund', x.id)}>{x.name}</button></li>)}
          </ul>
        </div>
      </div>
    </section>
  );
}

/** One scenario chart from the shared chart module (src/charts), titled in the interface language. */
function OverviewChart({ chart, result, meta, lang }: { chart: ScenarioChart; result: RunResult; meta: ScenarioMeta; lang: Lang }) {
  const title = lang === 'zh' ? chart.title.zh : chart.title.en;
  return <ChartView data={chart.build(result, meta, lang)} title={title} lang={lang} fileName={`${result.scenario.id}-${chart.id}`} />;
}

function formatMetric(v: number | null, unit: Unit, lang: Lang): string {
  return formatValue(v, unit, lang);
}
