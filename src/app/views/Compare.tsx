/** 2–4 scenarios side by side: compareResults' metrics with coloured, signed deltas, and overlaid charts. */
import type { RunResult } from '../../core/result.ts';
import { compareResults } from '../../core/compare.ts';
import { difference, OVERLAY_SERIES, overlay } from '../../charts/compare.ts';
import { ScenarioPicker, VariantSummaries, type PickerItem, type VariantSummaryItem } from './CompareExtras.tsx';
import { compareCsv } from '../io/compareCsv.ts';
import { ChartView } from '../components/ChartView.tsx';
import { CsvButton } from '../components/DataTable.tsx';
import { deltaDirection, formatDelta, formatValue } from '../format.ts';
import { t, type Lang } from '../i18n.ts';

export function CompareTable({ results, lang }: { results: readonly RunResult[]; lang: Lang }) {
  const cmp = compareResults(results);
  const letter = (i: number) => String.fromCharCode(65 + i);
  const csv = compareCsv(cmp, lang);
  return (
    <div className="table-wrap" tabIndex={0}>
      <table aria-label={t(lang, 'compareTitle')} className="compare">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'metric')}</th>
            {cmp.scenarios.map((s, i) => (
              <th key={i} scope="col" colSpan={i === 0 ? 1 : 2}>{letter(i)} · {s.name}<div className="muted hash">{s.hash.slice(0, 8)}</div></th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cmp.metrics.map((m) => (
            <tr key={m.key} data-metric={m.key}>
              <th scope="row">{lang === 'zh' ? m.zh : m.en}</th>
              {m.values.map((v, i) => {
                const cell = <td key={`v${i}`} className="num">{formatValue(v, m.unit, lang)}</td>;
                if (i === 0) return cell;
                const d = m.delta[i] ?? null;
                const dir = deltaDirection(d, m.higherIsBetter);
                const word = dir === 'better' ? t(lang, 'better') : dir === 'worse' ? t(lang, 'worse') : '';
                return [cell, (
                  <td key={`d${i}`} className={`num delta ${dir ?? ''}`} data-direction={dir ?? 'none'}>
                    {formatDelta(d, m.unit, lang)}{word && <span className="dirword"> {dir === 'better' ? '▲' : '▼'}{word}</span>}
                  </td>
                )];
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <CsvButton header={csv.header} rows={csv.rows} fileName={`compare-${cmp.scenarios.map((s) => s.id).join('-vs-')}`} lang={lang} />
    </div>
  );
}

export function Compare({ results, lang, picker, summaries }: {
  results: readonly RunResult[]; lang: Lang;
  picker?: { items: readonly PickerItem[]; onToggle: (ref: string) => void; notice: string | null };
  summaries?: readonly VariantSummaryItem[];
}) {
  const pick = picker ? <ScenarioPicker items={picker.items} onToggle={picker.onToggle} notice={picker.notice} lang={lang} /> : null;
  if (results.length < 2) return <section aria-labelledby="cmp-h"><h2 id="cmp-h">{t(lang, 'compareTitle')}</h2>{pick}<p>{t(lang, 'compareHint')}</p></section>;
  const cmp = compareResults(results);
  return (
    <section aria-labelledby="cmp-h">
      <h2 id="cmp-h">{t(lang, 'compareTitle')}</h2>
      {pick}
      {summaries && <VariantSummaries cmp={cmp} items={summaries} lang={lang} />}
      <CompareTable results={results} lang={lang} />
      <div className="grid2">
        {OVERLAY_SERIES.map((s) => (
          <ChartView key={s.key} data={overlay(results, s, lang)} title={lang === 'zh' ? s.zh : s.en} lang={lang} fileName={`compare-${s.key}`} />
        ))}
      </div>
      <h3>{lang === 'zh' ? '逐年差异（B − A）' : 'Year-by-year differences (B − A)'}</h3>
      <div className="grid2" data-testid="difference-charts">
        {OVERLAY_SERIES.map((s) => (
          <ChartView key={s.key} data={difference(results, s)} title={lang === 'zh' ? `${s.zh}：与A之差` : `${s.en}: difference from A`} lang={lang} fileName={`compare-diff-${s.key}`} />
        ))}
      </div>
    </section>
  );
}
