/** Detail pages (issue #8): a town, a PPP project, a fund. */
import type { RunResult, TownStatus } from '../../core/result.ts';
import { fundFlows, pppDscr, pppObligations, pppSpv, townExposure, townRewards } from '../charts/detail.ts';
import { enumLabelWithId as enumLabel } from '../../core/labels/enumLabels.ts';
import { ChartView } from '../components/ChartView.tsx';
import { DataTable } from '../components/DataTable.tsx';
import { formatRatio, formatShare, formatWan } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import { nameOf, townOf, type ScenarioMeta } from '../meta.ts';

const STATUS: Readonly<Record<TownStatus, [string, string]>> = {
  inactive: ['未创建', 'inactive'],
  active: ['正常', 'active'],
  rectify: ['整改', 'rectify'],
  removed: ['淘汰', 'removed'],
};

interface P { result: RunResult; meta: ScenarioMeta; lang: Lang; id: string }

export function TownDetail({ result, meta, lang, id }: P) {
  const town = result.towns.find((x) => x.id === id);
  const info = meta.towns.find((x) => x.id === id);
  if (!town || !info) return <p className="error">{id}?</p>;
  const base = `${result.scenario.id}-${id}`;
  // The town's own findings and those of its PPP projects and special bonds (as in the risk matrix).
  const findings = result.findings.filter((f) => townOf(meta, f.subject) === id);
  return (
    <section aria-labelledby="town-h">
      <h2 id="town-h">{info.name}</h2>
      <p className="muted">{nameOf(meta.districts, info.district)} · {enumLabel(info.region, lang)} · {enumLabel(info.theme, lang)}</p>
      <h3>{t(lang, 'statusTimeline')}</h3>
      <p className="muted" data-testid="achievement-note">{lang === 'zh'
        ? 'A = 综合达成率：各考核指标“实际 ÷ 目标”（单项最高 1.5）按权重加权；低于不合格线（默认 0.6）的年份计为不合格，连续两年不合格则淘汰。'
        : 'A = achievement: each KPI’s actual ÷ target (capped at 1.5 each), weighted; a year below the fail line (default 0.6) fails, and two failing years in a row mean removal.'}</p>
      <ol className="timeline" aria-label={t(lang, 'statusTimeline')}>
        {result.years.map((y, k) => {
          const s = town.status[k] ?? 'inactive';
          // SPEC §12: a year the district reported is marked actual; the rest are forecast
          const actual = result.actuals?.towns.find((x) => x.id === id)?.yearKind[k] === 'actual';
          return (
            <li key={y} className={`st-${s}${actual ? ' actual' : ''}`} data-year-kind={actual ? 'actual' : 'forecast'}>
              <span className="y">{y}{actual ? (lang === 'zh' ? ' 实际' : ' actual') : ''}</span> <span className="s">{STATUS[s][lang === 'zh' ? 0 : 1]}</span>
              <span className="a" title={t(lang, 'achievement')}>A={formatRatio(town.achievement[k] ?? null)}</span>
            </li>
          );
        })}
      </ol>
      <div className="grid2">
        <ChartView data={townRewards(town, result.years, meta, lang)} title={t(lang, 'townRewards')} lang={lang} fileName={`${base}-rewards`} />
        <ChartView data={townExposure(town, result.years, lang)} title={t(lang, 'exposure')} lang={lang} fileName={`${base}-exposure`} />
      </div>
      <h3>{t(lang, 'findings')} ({findings.length})</h3>
      <DataTable
        header={[t(lang, 'year'), t(lang, 'subject'), t(lang, 'rule'), t(lang, 'level'), t(lang, 'source'), t(lang, 'headroom'), t(lang, 'message')]}
        rows={findings.map((f) => [f.year, f.subject.kind === 'ppp' ? nameOf(meta.ppp, f.subject.id) : f.subject.id, f.rule, t(lang, f.level), f.source, f.headroom, f.message])}
        units={[null, null, null, null, null, 'ratio', null]}
        lang={lang}
        fileName={`${base}-findings`}
        caption={t(lang, 'findings')}
      />
    </section>
  );
}

export function PppDetail({ result, meta, lang, id }: P) {
  const p = result.ppp.find((x) => x.id === id);
  const info = meta.ppp.find((x) => x.id === id);
  if (!p || !info) return <p className="error">{id}?</p>;
  const base = `${result.scenario.id}-${id}`;
  const facts: [string, string][] = [
    [lang === 'zh' ? '付费机制' : 'Mechanism', info.mechanism],
    [lang === 'zh' ? '所属小镇' : 'Town', nameOf(meta.towns, info.town)],
    [lang === 'zh' ? '付费层级' : 'Paying level', info.payer],
    [lang === 'zh' ? '项目IRR' : 'Project IRR', formatShare(p.projectIrr)],
    [lang === 'zh' ? '股权IRR' : 'Equity IRR', formatShare(p.equityIrr)],
    ['NPV', formatWan(p.npv)],
    [lang === 'zh' ? '最低/平均 DSCR' : 'Min / avg DSCR', `${formatRatio(p.minDscr)} / ${formatRatio(p.avgDscr)}`],
    ['PSC', formatWan(p.vfm.psc)],
    [lang === 'zh' ? 'PPP值' : 'PPP value', formatWan(p.vfm.pppValue)],
    [lang === 'zh' ? '物有所值（VfM）' : 'VfM', `${formatWan(p.vfm.value)} (${formatShare(p.vfm.index)})`],
  ];
  return (
    <section aria-labelledby="ppp-h">
      <h2 id="ppp-h">{info.name}</h2>
      <dl className="facts">{facts.map(([k, v]) => [<dt key={`k${k}`}>{k}</dt>, <dd key={`v${k}`}>{v}</dd>])}</dl>
      <div className="grid2">
        <ChartView data={pppObligations(p, result.years, lang)} title={t(lang, 'obligations')} lang={lang} fileName={`${base}-obligations`} />
        <ChartView data={pppSpv(p, result.years, lang)} title={t(lang, 'spv')} lang={lang} fileName={`${base}-spv`} />
        <ChartView data={pppDscr(p, result.years, result.thresholds, meta.ppp.find((x) => x.id === p.id)?.procurementYear ?? result.years[0] ?? 0, lang)} title={t(lang, 'dscr')} lang={lang} fileName={`${base}-dscr`} />
      </div>
    </section>
  );
}

export function FundDetail({ result, meta, lang, id }: P) {
  const f = result.funds.find((x) => x.id === id);
  if (!f) return <p className="error">{id}?</p>;
  const base = `${result.scenario.id}-${id}`;
  const classRow = (label: string, c: typeof f.government) => [label, c.irr, c.tvpi, c.dpi];
  return (
    <section aria-labelledby="fund-h">
      <h2 id="fund-h">{nameOf(meta.funds, id)}</h2>
      <dl className="facts">
        <dt>{lang === 'zh' ? '基金规模' : 'Size'}</dt><dd>{formatWan(f.size)}</dd>
        <dt>{lang === 'zh' ? '政府出资' : 'Government commitment'}</dt><dd>{formatWan(f.governmentCommitment)}</dd>
        <dt>{lang === 'zh' ? '放大倍数' : 'Leverage'}</dt><dd>{formatRatio(f.leverage)}</dd>
        <dt>{lang === 'zh' ? '投资倍数' : 'Investment multiple'}</dt><dd>{formatRatio(f.investmentMultiple)}</dd>
        <dt>{lang === 'zh' ? '返投倍数' : 'Return-investment ratio'}</dt><dd>{formatRatio(f.returnInvestmentRatio)}</dd>
      </dl>
      <ChartView data={fundFlows(f, result.years, lang)} title={t(lang, 'fundFlows')} lang={lang} fileName={`${base}-flows`} />
      <h3>{t(lang, 'classes')}</h3>
      <DataTable
        header={[lang === 'zh' ? '类别' : 'Class', 'IRR', 'TVPI', 'DPI']}
        rows={[classRow(lang === 'zh' ? '政府（引导基金）' : 'Government (guidance fund)', f.government), classRow(lang === 'zh' ? '社会资本' : 'Social capital', f.social)]}
        units={[null, 'share', 'ratio', 'ratio']}
        lang={lang}
        fileName={`${base}-classes`}
        caption={t(lang, 'classes')}
      />
    </section>
  );
}
