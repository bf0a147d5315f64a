/**
 * The settlement view (SPEC §12): the chosen year's settlement — header, payments with the
 * reason chain (A → f(A) → factors → pool share → clawback → payable, 预拨, 清算差额), district
 * totals, pool, KPI actuals, status decisions beside the rule, reconciliation — with XLSX,
 * Markdown and JSON downloads; and per town, actual against plan with forecast years shaded.
 */
import { useEffect, useMemo, useState } from 'react';
import type { RunResult } from '../../core/result.ts';
import { headerLines } from '../../report/settlement/header.ts';
import { settlementTables } from '../../report/settlement/tables.ts';
import { formatIssue } from '../../scenario/issues.ts';
import { actualVsPlan } from '../../charts/actuals.ts';
import { ChartView } from '../components/ChartView.tsx';
import { ReportTable } from '../components/ReportTable.tsx';
import { t, type Lang } from '../i18n.ts';
import { downloadText, downloadUrl, safeFileName } from '../io/download.ts';
import type { UserEntry } from '../state/library.ts';
import type { WorkerClient } from '../worker/client.ts';
import type { SettleReply } from '../worker/protocol.ts';

interface P {
  client: WorkerClient;
  path: string;
  user: readonly UserEntry[];
  result: RunResult;
  lang: Lang;
  year: number | null;
  onYear: (year: number) => void;
}

export function Settlement({ client, path, user, result, lang, year, onYear }: P) {
  const [reply, setReply] = useState<SettleReply | null>(null);
  const [town, setTown] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    setReply(null);
    void client.call({ type: 'settle', path, user, year }).then((r) => { if (live) setReply(r); });
    return () => { live = false; };
  }, [client, path, user, year]);
  const ok = reply?.ok ? reply : null;
  const tables = useMemo(() => (ok ? settlementTables(ok.settlement, 2) : []), [ok]);
  if (!reply) return <p role="status">{t(lang, 'computing')}</p>;
  if (!ok) return <ul className="error" role="alert">{reply.ok ? null : reply.issues.map((i, k) => <li key={k}>{formatIssue(i)}</li>)}</ul>;
  const s = ok.settlement;
  const date = new Date().toISOString().slice(0, 10);
  const stem = safeFileName(`${s.scenario.id}-settle-${s.year}`);
  const xlsx = async () => {
    setBusy(true);
    try {
      const { settlementXlsx } = await import('../../report/settlement/xlsx.ts');
      const bytes = await settlementXlsx(s, { decimals: 2, date });
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      downloadUrl(url, `${stem}.xlsx`);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(false);
    }
  };
  const markdown = async () => {
    const { settlementMarkdown } = await import('../../report/settlement/markdown.ts');
    downloadText(settlementMarkdown(s, { decimals: 2, date }), `${stem}.md`, 'text/markdown');
  };
  const shown = town ?? s.towns[0]?.id ?? null;
  const i = result.towns.findIndex((x) => x.id === shown);
  const tr = result.towns[i];
  const plan = ok.plan.find((x) => x.id === shown);
  const kinds = result.actuals?.towns[i]?.yearKind ?? result.years.map(() => 'forecast' as const);
  const years = ok.actualYears.length > 0 ? ok.actualYears : result.years;
  return (
    <section aria-labelledby="settle-h">
      <h2 id="settle-h">{lang === 'zh' ? `${s.year}年度奖补清算 · ${s.scenario.name}` : `Settlement ${s.year} · ${s.scenario.name}`}</h2>
      {ok.actualYears.length === 0 && <p className="notice">{t(lang, 'noActuals')}</p>}
      <div className="toolbar">
        <label>{t(lang, 'settleYear')}{' '}
          <select value={s.year} onChange={(e) => onYear(Number(e.target.value))} aria-label={t(lang, 'settleYear')}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <strong>{t(lang, 'settleDownload')}</strong>
        <button type="button" className="small" data-settle="xlsx" disabled={busy} onClick={() => void xlsx()}>XLSX</button>
        <button type="button" className="small" data-settle="md" onClick={() => void markdown()}>MD</button>
        <button type="button" className="small" data-settle="json" onClick={() => downloadText(`${JSON.stringify(s, null, 2)}\n`, `${stem}.json`, 'application/json')}>JSON</button>
      </div>
      <dl className="facts">{headerLines(s, date).map((m) => [<dt key={`k${m.en}`}>{lang === 'zh' ? m.zh : m.en}</dt>, <dd key={`v${m.en}`}>{m.value}</dd>])}</dl>
      {tables.map((tb) => <ReportTable key={tb.id} table={tb} lang={lang} />)}
      <h3>{t(lang, 'actualVsPlan')}</h3>
      <label>{t(lang, 'town')}{' '}
        <select value={shown ?? ''} onChange={(e) => setTown(e.target.value)} aria-label={t(lang, 'town')}>
          {s.towns.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
        </select>
      </label>
      {tr && plan && (
        <ChartView
          data={actualVsPlan({ years: result.years, yearKind: kinds, achievement: tr.achievement, paid: tr.rewards.total, planAchievement: plan.achievement, planPaid: plan.paid }, lang)}
          title={t(lang, 'actualVsPlan')} lang={lang} fileName={`${stem}-${shown ?? ''}-actual-vs-plan`}
        />
      )}
    </section>
  );
}
