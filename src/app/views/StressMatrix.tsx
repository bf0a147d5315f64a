/**
 * Breach probabilities of a stress run (SPEC §8 "Outputs", §10 `stress.breaches`): subjects ×
 * years for one rule — districts × years and towns × years — each cell the probability of
 * crossing in percent (text, with a shade), `·` where the rule has no row, and the
 * probability of crossing at least once over the horizon. Shown in the stress view and, for
 * the scenario the risk view details, in the risk view.
 */
import { memo, useState } from 'react';
import { breachMatrix } from '../../charts/stress.ts';
import type { StressResult } from '../../core/stress/index.ts';
import { CsvButton } from '../components/DataTable.tsx';
import { formatShare } from '../format.ts';
import type { Lang } from '../i18n.ts';
import { nameOf, type ScenarioMeta } from '../meta.ts';
import { ruleLabel } from '../risk/ruleFormat.ts';

/** Rules of `kind` subjects reported by the run, the tier (or exposure cap) first. */
function rulesOf(s: StressResult, kind: string, first: string): string[] {
  const rules = [...new Set(s.breaches.filter((b) => b.subject.kind === kind).map((b) => b.rule))].sort();
  return rules.includes(first) ? [first, ...rules.filter((r) => r !== first)] : rules;
}

/** A shade class by probability (the number is always written: never colour alone). */
function shade(p: number | null): string {
  if (p === null) return 'lvl-none';
  if (p === 0) return 'lvl-ok';
  return p < 0.05 ? 'p-low' : p < 0.25 ? 'lvl-warning' : 'lvl-breach';
}

export function BreachMatrixTable({ result, meta, lang, kind, defaultRule }: { result: StressResult; meta: ScenarioMeta; lang: Lang; kind: 'district' | 'town'; defaultRule: string }) {
  const rules = rulesOf(result, kind, defaultRule);
  const [chosen, setRule] = useState(defaultRule);
  const rule = rules.includes(chosen) ? chosen : rules[0] ?? defaultRule;
  const m = breachMatrix(result, rule, kind);
  const zh = lang === 'zh';
  const names = kind === 'district' ? meta.districts : meta.towns;
  const title = kind === 'district' ? (zh ? '越线概率：区 × 年份' : 'Probability of crossing: districts × years') : (zh ? '越线概率：小镇 × 年份' : 'Probability of crossing: towns × years');
  const ever = zh ? '期内至少一次' : 'At least once';
  const id = `bm-${kind}`;
  return (
    <section className="breach-matrix" data-testid={`breach-matrix-${kind}`} data-rule={rule} aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{title}</h4>
      <label>{zh ? '规则' : 'Rule'}{' '}
        <select value={rule} onChange={(e) => setRule(e.target.value)} aria-label={`${title}: ${zh ? '规则' : 'rule'}`}>
          {rules.map((r) => <option key={r} value={r}>{ruleLabel(r, lang)} · {r}</option>)}
        </select>
      </label>
      <p className="muted">{zh ? `${result.paths} 条路径、种子 ${result.seed} 中越线（违规，或等级规则为黄档及以上）的比例；· 表示该年无此规则。` : `Share of ${result.paths} paths (seed ${result.seed}) in which the line is crossed (a breach, or for a tier yellow or worse); · where the rule has no row that year.`}</p>
      <div className="table-wrap" tabIndex={0}>
        <table className="matrix" aria-labelledby={`${id}-h`}>
          <thead><tr><th scope="col">{kind === 'district' ? (zh ? '区' : 'District') : (zh ? '小镇' : 'Town')}</th>{m.years.map((y) => <th key={y} scope="col">{y}</th>)}<th scope="col">{ever}</th></tr></thead>
          <tbody>
            {m.rows.map((r) => (
              <tr key={r.subject} data-subject={r.subject}>
                <th scope="row">{nameOf(names, r.subject)}</th>
                {r.probability.map((p, i) => <td key={m.years[i]} className={`cell ${shade(p)}`} data-year={m.years[i]} data-probability={p ?? ''}>{p === null ? '·' : formatShare(p, 1)}</td>)}
                <td className={`cell ${shade(r.ever)}`} data-ever={r.ever}>{formatShare(r.ever, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvButton header={[kind, ...m.years.map(String), 'ever']} rows={m.rows.map((r) => [r.subject, ...r.probability, r.ever])} fileName={`${result.scenario.id}-stress-${kind}-${rule}`} lang={lang} />
    </section>
  );
}

/** Both matrices of a run (memoised: a run in progress must not redraw the last result's tables). */
export const BreachMatrices = memo(function BreachMatrices({ result, meta, lang }: { result: StressResult; meta: ScenarioMeta; lang: Lang }) {
  return (
    <>
      <BreachMatrixTable result={result} meta={meta} lang={lang} kind="district" defaultRule="district.tier" />
      <BreachMatrixTable result={result} meta={meta} lang={lang} kind="town" defaultRule="town.exposure-cap" />
    </>
  );
});

/** The risk view's panel: the last stress run of the scenario shown, or how to make one. */
export function StressRiskPanel({ result, meta, lang, onOpen }: { result: StressResult | null; meta: ScenarioMeta; lang: Lang; onOpen: () => void }) {
  const zh = lang === 'zh';
  return (
    <section aria-labelledby="risk-stress-h" data-testid="risk-stress">
      <h3 id="risk-stress-h">{zh ? '不确定性：越线概率（蒙特卡洛）' : 'Uncertainty: probability of crossing (Monte Carlo)'}</h3>
      {result
        ? <BreachMatrices result={result} meta={meta} lang={lang} />
        : <p className="muted">{zh ? '尚未对本情景运行压力测试。' : 'No stress run of this scenario yet.'} <button type="button" className="link" onClick={onOpen}>{zh ? '打开压力测试' : 'Open the stress test'}</button></p>}
    </section>
  );
}
