/**
 * Risk across scenarios (issue #15 question 1): a switcher naming the scenario the risk view
 * details, the districts × scenarios comparison (worst tier, first year a line is crossed,
 * least headroom with its year), and for one district every year's line in force and
 * headroom with units — crossed or not (SPEC §6 "Headroom", §10 `limits`).
 */
import type { RunResult } from '../../core/result.ts';
import { CsvButton } from '../components/DataTable.tsx';
import { tierLabel } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import type { ScenarioMeta } from '../meta.ts';
import { crossScenarioRisk, districtLines, type CrossCell } from '../risk/crossScenario.ts';
import { formatHeadroom, lineValue, ruleLabel } from '../risk/ruleFormat.ts';

export interface ScenarioRun {
  readonly ref: string;
  readonly name: string;
  /** Null while computing or when the scenario does not validate. */
  readonly run: { readonly result: RunResult; readonly meta: ScenarioMeta } | null;
}

const zhEn = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

/** A rule's value or limit as the risk view shows it (moved to `risk/ruleFormat.ts`; re-exported for its users). */
export { lineValue } from '../risk/ruleFormat.ts';

function CrossCellView({ c, lang }: { c: CrossCell | null; lang: Lang }) {
  if (c === null) return <td className="muted">—</td>;
  const crossed = c.firstCrossed;
  return (
    <td className={`cell tier-${c.worstTier ?? 'none'}`} data-tier={c.worstTier ?? 'none'} data-first-year={crossed?.year ?? ''}>
      <div><span className="label">{zhEn(lang, '最差等级', 'Worst tier')}</span> <strong>{tierLabel(c.worstTier, lang)}</strong></div>
      <div data-crossed>
        {crossed
          ? <>{zhEn(lang, '首次越线', 'First crossed')} <strong>{crossed.year}</strong> {crossed.level === 'breach' ? '✗' : '!'} {ruleLabel(crossed.rule, lang)}</>
          : zhEn(lang, '未越线', 'No line crossed')}
      </div>
      <div data-headroom>
        {c.leastHeadroom
          ? <>{zhEn(lang, '最小余量', 'Least headroom')} <strong className={c.leastHeadroom.value < 0 ? 'neg' : ''}>{formatHeadroom(c.leastHeadroom.value, c.leastHeadroom.rule, lang)}</strong> ({c.leastHeadroom.year}, {ruleLabel(c.leastHeadroom.rule, lang)})</>
          : zhEn(lang, '无可计算余量', 'No headroom defined')}
      </div>
    </td>
  );
}

export function RiskCompare({ runs, focus, onFocus, district, onDistrict, lang }: {
  runs: readonly ScenarioRun[]; focus: string; onFocus: (ref: string) => void;
  district: string | null; onDistrict: (id: string | null) => void; lang: Lang;
}) {
  const ready = runs.filter((r): r is ScenarioRun & { run: NonNullable<ScenarioRun['run']> } => r.run !== null);
  const rows = crossScenarioRisk(ready.map((r) => r.run));
  const focused = ready.find((r) => r.ref === focus) ?? ready[0];
  const meta = focused?.run.meta;
  const districtId = district ?? meta?.districts[0]?.id ?? null;
  const lines = focused && districtId ? districtLines(focused.run.result, districtId) : [];
  const districtName = meta?.districts.find((d) => d.id === districtId)?.name ?? districtId ?? '';
  return (
    <section aria-labelledby="xrisk-h" data-testid="risk-compare">
      <div className="toolbar">
        <label>{zhEn(lang, '查看情景', 'Scenario shown')}{' '}
          <select value={focus} onChange={(e) => onFocus(e.target.value)} data-testid="risk-scenario">
            {runs.map((r) => <option key={r.ref} value={r.ref}>{r.name}</option>)}
          </select>
        </label>
        {ready.length < runs.length && <span role="status" className="muted">{t(lang, 'computing')} {ready.length}/{runs.length}</span>}
      </div>
      <h3 id="xrisk-h">{zhEn(lang, '跨情景风险对比（区 × 情景）', 'Risk across scenarios (districts × scenarios)')}</h3>
      <p className="muted">{zhEn(lang,
        '每格：全期最差宽口径债务率等级；首次越过本区任一条线（预警或违规）的年份及规则；各条线中最小的余量（万元，负数表示已超出）及其年份。点情景名查看其详情。',
        'Each cell: the worst broad debt-ratio tier over the horizon; the first year any district line is crossed (warning or breach) and its rule; the least headroom against any line (万元; negative: over the line) and its year. Click a scenario to see its details.')}</p>
      <div className="table-wrap" tabIndex={0}>
        <table className="matrix cross" aria-label={zhEn(lang, '跨情景风险对比', 'Risk across scenarios')}>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'districts')}</th>
              {ready.map((r) => (
                <th key={r.ref} scope="col" data-scenario={r.ref}>
                  <button type="button" className="link" aria-pressed={r.ref === focused?.ref} onClick={() => onFocus(r.ref)}>{r.name}</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-district={row.id}>
                <th scope="row">{row.name}</th>
                {row.cells.map((c, i) => <CrossCellView key={ready[i]?.ref ?? i} c={c} lang={lang} />)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CsvButton
        header={[zhEn(lang, '区', 'District'), ...ready.flatMap((r) => [`${r.name} ${zhEn(lang, '最差等级', 'worst tier')}`, `${r.name} ${zhEn(lang, '首次越线年份', 'first year crossed')}`, `${r.name} ${zhEn(lang, '最小余量（万元）', 'least headroom (万元)')}`, `${r.name} ${zhEn(lang, '最小余量年份', 'year of least headroom')}`])]}
        rows={rows.map((row) => [row.name, ...row.cells.flatMap((c) => [c ? tierLabel(c.worstTier, lang) : '', c?.firstCrossed?.year ?? '', c?.leastHeadroom ? Math.round(c.leastHeadroom.value * 100) / 100 : '', c?.leastHeadroom?.year ?? ''])])}
        fileName="risk-across-scenarios"
        lang={lang}
      />

      {focused && meta && (
        <>
          <h3 id="lines-h">{zhEn(lang, `${districtName}：各年线值与余量 · ${focused.name}`, `${districtName}: lines in force and headroom by year · ${focused.name}`)}</h3>
          <div className="toolbar">
            <label>{t(lang, 'districts')}{' '}
              <select value={districtId ?? ''} onChange={(e) => onDistrict(e.target.value || null)} data-testid="lines-district">
                {meta.districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
              </select>
            </label>
          </div>
          <div className="table-wrap" tabIndex={0}>
            <table className="lines" aria-labelledby="lines-h">
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'year')}</th><th scope="col">{t(lang, 'rule')}</th>
                  <th scope="col">{zhEn(lang, '数值', 'Value')}</th><th scope="col">{zhEn(lang, '现行线', 'Line in force')}</th>
                  <th scope="col">{zhEn(lang, '余量', 'Headroom')}</th><th scope="col">{t(lang, 'level')}</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((l, i) => (
                  <tr key={i} data-year={l.year} data-rule={l.rule} data-level={l.level}>
                    <td className="num">{l.year}</td>
                    <td>{ruleLabel(l.rule, lang)} <span className="muted">{l.rule}</span></td>
                    <td className="num">{lineValue(l.value, l.rule, lang)}</td>
                    <td className="num">{lineValue(l.limit, l.rule, lang)}</td>
                    <td className={`num ${l.headroom !== null && l.headroom < 0 ? 'neg' : ''}`}>{formatHeadroom(l.headroom, l.rule, lang)}</td>
                    <td className={`lvl-${l.level}`}>{l.level === 'ok' ? '✓ ' : l.level === 'breach' ? '✗ ' : '! '}{t(lang, l.level === 'ok' ? 'ok' : l.level)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
