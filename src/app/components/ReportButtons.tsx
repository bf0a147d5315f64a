/** Report downloads (XLSX, HTML, CSV, Markdown) built in the worker by src/report's builders. */
import { useState } from 'react';
import { formatIssue } from '../../scenario/issues.ts';
import { t, type Lang } from '../i18n.ts';
import { downloadUrl, safeFileName } from '../io/download.ts';
import type { UserEntry } from '../state/library.ts';
import type { WorkerClient } from '../worker/client.ts';
import { BROWSER_REPORT_FORMATS, REPORT_MIME, type BrowserReportFormat } from '../io/reportFormats.ts';

export function ReportButtons({ client, paths, user, lang, name }: { client: WorkerClient; paths: readonly string[]; user: readonly UserEntry[]; lang: Lang; name: string }) {
  const [busy, setBusy] = useState<BrowserReportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);
  const make = async (format: BrowserReportFormat) => {
    setBusy(format);
    setError(null);
    try {
      const generatedAt = new Date().toISOString().slice(0, 10);
      // Built in the worker: the page stays responsive while exceljs or the HTML builder works.
      const r = await client.call({ type: 'report', paths, user, format, lang, generatedAt });
      if (!r.ok) {
        setError(r.issues.map(formatIssue).join('\n'));
        return;
      }
      const bytes = r.bytes;
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: REPORT_MIME[format] }));
      downloadUrl(url, `${safeFileName(name)}.${format}`);
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="toolbar reports" role="group" aria-label={t(lang, 'reports')}>
      <strong>{t(lang, 'reports')}</strong>
      {BROWSER_REPORT_FORMATS.map((f) => (
        <button key={f} type="button" className="small" data-report={f} disabled={busy !== null} onClick={() => void make(f)}>
          {busy === f ? t(lang, 'computing') : f.toUpperCase()}
        </button>
      ))}
      <span className="muted">{t(lang, 'reportsNote')}</span>
      {error && <pre className="error" role="alert">{error}</pre>}
    </div>
  );
}
