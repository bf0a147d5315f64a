/**
 * The commission's risk view (SPEC §0 user 2): towns × years and districts × years in
 * traffic-light colours with text, the findings with rule, source document and headroom,
 * filters by district and rule; a town's name opens its detail page.
 */
import type { Finding, RunResult } from '../../core/result.ts';
import { CsvButton } from '../components/DataTable.tsx';
import { tierLabel } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import { ruleDef } from '../../core/rules/inForce.ts';
import { nameOf, type ScenarioMeta } from '../meta.ts';
import { lineValue, ruleLabel } from '../risk/ruleFormat.ts';
import { FindingsTable } from './FindingsTable.tsx';
import { cellText, districtMatrix, filterFindings, findingRules, tierLegend, townMatrix, type Cell } from '../risk/matrix.ts';

function subjectName(meta: ScenarioMeta, f: Finding['subject']): string {
  switch (f.kind) {
    case 'town': return nameOf(meta.towns, f.id);
    case 'district': return nameOf(meta.districts, f.id);
    case 'ppp': return nameOf(meta.ppp, f.id);
    case 'fund': return nameOf(meta.funds, f.id);
    default: return f.id;
  }
}

function levelWord(level: Cell['level'], lang: Lang): string {
  return level === 'none' ? '' : t(lang, level);
}

export function Risk({ result, meta, lang, district, rule, onFilter, onTown }: {
  result: RunResult; meta: ScenarioMeta; lang: Lang; district: string | null; rule: string | null;
  onFilter: (f: { district: string | null; rule: string | null }) => void;
  onTown: (id: string) => void;
}) {
  const filter = { district, rule };
  const towns = townMatrix(result, meta, filter);
  const districts = districtMatrix(result, meta, filter);
  const findings = filterFindings(result.findings, meta, filter);
  const rules = findingRules(result.findings);
  const years = result.years;
  const legend = tierLegend(result, lang);
  const legendBroad = tierLegend(result, lang, 'district.tier-broad');
  const title = (c: Cell) => `${c.year}: ${levelWord(c.level, lang)} ${c.rules.join(', ')}`.trim();
  // Both tiers side by side (SPEC §6): labels from the rule table, the colour is the official one.
  const legalLabel = ruleDef('district.tier').label[lang];
  const broadLabel = ruleDef('district.tier-broad').label[lang];
  const short = lang === 'zh' ? { legal: '法定', broad: '宽口径' } : { legal: 'legal', broad: 'broad' };
  return (
    <section aria-labelledby="risk-h">
      <h2 id="risk-h">{t(lang, 'riskTitle')} · {result.scenario.name}</h2>
      <div className="toolbar">
        <label>{t(lang, 'districts')}{' '}
          <select value={district ?? ''} onChange={(e) => onFilter({ district: e.target.value || null, rule })} aria-label={t(lang, 'districts')}>
            <option value="">{t(lang, 'allDistricts')}</option>
            {meta.districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
          </select>
        </label>
        <label>{t(lang, 'rule')}{' '}
          <select value={rule ?? ''} onChange={(e) => onFilter({ district, rule: e.target.value || null })} aria-label={t(lang, 'rule')}>
            <option value="">{t(lang, 'allRules')}</option>
            {rules.map((r) => <option key={r} value={r}>{ruleLabel(r, lang)} · {r}</option>)}
          </select>
        </label>
        <span className="muted">{t(lang, 'legend')}</span>
      </div>

      <h3>{t(lang, 'districtMatrix')}</h3>
      {legend !== null && <p className="muted" data-tier-legend>{legend}</p>}
      {legendBroad !== null && <p className="muted">{broadLabel}: <span data-tier-legend-broad>{legendBroad}</span></p>}
      <p className="muted" data-testid="tier-measures">{short.legal}: {legalLabel} · {short.broad}: {broadLabel}</p>
      <div className="table-wrap" tabIndex={0}>
        <table className="matrix" aria-label={t(lang, 'districtMatrix')}>
          <thead><tr><th scope="col">{t(lang, 'districts')}</th>{years.map((y) => <th key={y} scope="col">{y}</th>)}</tr></thead>
          <tbody>
            {districts.map((d) => (
              <tr key={d.id} data-district={d.id}>
                <th scope="row">{d.name}</th>
                {d.cells.map((c) => (
                  <td key={c.year} className={`cell tier-${c.tier ?? 'none'} lvl-${c.level}`} title={`${title(c)} ${legalLabel} ${lineValue(c.legalRatio, 'district.tier', lang)} · ${broadLabel} ${lineValue(c.broadRatio, 'district.tier-broad', lang)}`} data-level={c.level}>
                    <span className="tier" data-measure="legal">{short.legal} {tierLabel(c.tier, lang)} <span className="ratio">{lineValue(c.legalRatio, 'district.tier', lang)}</span></span>
                    <br />
                    <span className="tier muted" data-measure="broad">{short.broad} {tierLabel(c.tierBroad, lang)} <span className="ratio">{lineValue(c.broadRatio, 'district.tier-broad', lang)}</span></span>
                    {c.onWarning ? <span className="mark" data-warning="true"> {lang === 'zh' ? '⚠预警' : '⚠ warning'}</span> : null}
                    {c.level === 'breach' || c.level === 'warning' ? <span className="mark"> {cellText(c)}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>{t(lang, 'townMatrix')}</h3>
      <div className="table-wrap" tabIndex={0}>
        <table className="matrix" aria-label={t(lang, 'townMatrix')}>
          <thead><tr><th scope="col">{t(lang, 'towns')}</th>{years.map((y) => <th key={y} scope="col">{y}</th>)}</tr></thead>
          <tbody>
            {towns.map((row) => (
              <tr key={row.id} data-town={row.id}>
                <th scope="row"><button type="button" className="link" onClick={() => onTown(row.id)}>{row.name}</button><div className="muted">{nameOf(meta.districts, row.district)}</div></th>
                {row.cells.map((c) => (
                  <td key={c.year} className={`cell lvl-${c.level}`} title={title(c)} data-level={c.level}>
                    {cellText(c)}{c.status === 'removed' ? <span className="status"> {lang === 'zh' ? '淘汰' : 'removed'}</span> : c.status === 'rectify' ? <span className="status"> {lang === 'zh' ? '整改' : 'rectify'}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvButton
        header={[t(lang, 'towns'), ...years.map(String)]}
        rows={towns.map((r) => [r.name, ...r.cells.map((c) => `${levelWord(c.level, lang)} ${cellText(c)}`.trim())])}
        fileName={`${result.scenario.id}-risk-towns`}
        lang={lang}
      />

      <h3>{t(lang, 'findings')} <span className="muted">({t(lang, 'showing')} {findings.length} {t(lang, 'of')} {result.findings.length})</span></h3>
      <FindingsTable findings={findings} meta={meta} lang={lang} subject={(x) => subjectName(meta, x)} onTown={onTown} />
      <CsvButton
        header={['level', 'rule', 'source', 'subjectKind', 'subject', 'year', 'value', 'limit', 'headroom', 'message']}
        rows={findings.map((f) => [f.level, f.rule, f.source, f.subject.kind, f.subject.id, f.year, f.value, f.limit, f.headroom, f.message])}
        fileName={`${result.scenario.id}-findings`}
        lang={lang}
      />
    </section>
  );
}
