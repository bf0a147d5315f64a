/** The scenario library: bundled and user scenarios, variants, import/export, undo. */
import { useRef, useState } from 'react';
import { formatIssue } from '../../scenario/issues.ts';
import type { ScenarioIssue } from '../../scenario/issues.ts';
import { scenarioFileUrl, templateUrl } from '../downloads.ts';
import { t, type Lang } from '../i18n.ts';
import { refOf, type Library as Lib } from '../state/library.ts';
import type { ResolvedReply } from '../worker/protocol.ts';
import { sizeIssue } from '../worker/sizeLimit.ts';

export interface LibraryProps {
  lang: Lang;
  lib: Lib;
  paths: readonly string[];
  info: (path: string) => ResolvedReply | undefined;
  selected: readonly string[];
  canUndo: boolean;
  canRedo: boolean;
  saveState: 'idle' | 'saved' | 'failed';
  onOpen: (path: string) => void;
  onToggleCompare: (path: string) => void;
  onVariant: (path: string) => void;
  onEdit: (path: string) => void;
  onRemove: (path: string) => string | null;
  onExport: (path: string, resolved: boolean) => void;
  onImport: (fileName: string, text: string) => Promise<readonly ScenarioIssue[] | null>;
  onUndo: () => void;
  onRedo: () => void;
}

export function Library(p: LibraryProps) {
  const { lang } = p;
  const [importMsg, setImportMsg] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const importFile = async (file: File) => {
    const tooBig = sizeIssue(file.name, file.size);
    if (tooBig) {
      setImportMsg({ ok: false, lines: [formatIssue(tooBig)] });
      return;
    }
    const text = await file.text();
    const issues = await p.onImport(file.name, text);
    setImportMsg(issues === null ? { ok: true, lines: [file.name] } : { ok: false, lines: issues.map(formatIssue) });
  };
  return (
    <section aria-labelledby="lib-h">
      <h2 id="lib-h">{t(lang, 'scenarios')}</h2>
      <p className="muted">{t(lang, 'note')}</p>
      <div className="toolbar">
        <label className="file">
          {t(lang, 'importFile')}
          <input ref={fileInput} type="file" accept=".yaml,.yml,.json,application/json,text/yaml" onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void importFile(f);
            e.target.value = '';
          }} />
        </label>
        <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Ctrl+Z">{t(lang, 'undo')}</button>
        <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Ctrl+Shift+Z">{t(lang, 'redo')}</button>
        <a className="button" href={templateUrl()} download data-testid="template-download">{t(lang, 'townTemplate')}</a>
        {p.saveState !== 'idle' && <span className={p.saveState === 'failed' ? 'error' : 'muted'} role="status">{t(lang, p.saveState === 'saved' ? 'saved' : 'saveFailed')}</span>}
      </div>
      {importMsg && (
        <div className={importMsg.ok ? 'notice' : 'notice error'} role="alert" data-testid="import-message">
          <strong>{importMsg.ok ? t(lang, 'importOk') : t(lang, 'importFailed')}</strong>
          <ul>{importMsg.lines.slice(0, 30).map((l, i) => <li key={i}>{l}</li>)}</ul>
          {importMsg.lines.length > 30 && <p>… +{importMsg.lines.length - 30}</p>}
        </div>
      )}
      <table aria-label={t(lang, 'scenarios')} className="library">
        <thead>
          <tr>
            <th scope="col">{t(lang, 'compareToggle')}</th>
            <th scope="col">{t(lang, 'name')}</th>
            <th scope="col">{t(lang, 'kind')}</th>
            <th scope="col">{t(lang, 'towns')}</th>
            <th scope="col">{t(lang, 'years')}</th>
            <th scope="col">{t(lang, 'hash')}</th>
            <th scope="col">{t(lang, 'actions')}</th>
          </tr>
        </thead>
        <tbody>
          {p.paths.map((path) => {
            const info = p.info(path);
            const entry = p.lib.user.find((e) => e.path === path);
            const kind = entry ? t(lang, entry.kind === 'variant' ? 'variant' : 'imported') : t(lang, 'bundled');
            const doc = info?.ok ? info.doc : null;
            const id = typeof doc?.id === 'string' ? doc.id : refOf(path);
            const name = typeof doc?.name === 'string' ? doc.name : entry?.name ?? (info ? path : t(lang, 'loading'));
            const towns = Array.isArray(doc?.towns) ? doc.towns.length : null;
            const start = typeof doc?.startYear === 'number' ? doc.startYear : null;
            const horizon = typeof doc?.horizonYears === 'number' ? doc.horizonYears : null;
            const checked = p.selected.includes(path);
            const fileUrl = entry ? null : scenarioFileUrl(path);
            return (
              <tr key={path} data-scenario={id} data-path={path}>
                <td><input type="checkbox" checked={checked} onChange={() => p.onToggleCompare(path)} aria-label={`${t(lang, 'compareToggle')}: ${name}`} /></td>
                <td>
                  {name}
                  <div className="muted">{path.replace(/^\/(scenarios|user)\//, '')}{entry?.kind === 'variant' ? ` ← ${refOf(entry.parent)}` : ''}</div>
                  {info && !info.ok && <div className="error">{t(lang, 'invalid')}: {info.issues.slice(0, 3).map(formatIssue).join('; ')}</div>}
                </td>
                <td>{kind}</td>
                <td className="num">{towns ?? '—'}</td>
                <td className="num">{start !== null && horizon !== null ? `${start}–${start + horizon - 1}` : '—'}</td>
                <td className="hash" title={info?.ok ? info.hash : ''}>{info?.ok ? info.hash.slice(0, 12) : '—'}</td>
                <td className="actions">
                  <button type="button" className="small" onClick={() => p.onOpen(path)} disabled={!info?.ok}>{t(lang, 'open')}</button>
                  <button type="button" className="small" onClick={() => p.onVariant(path)} disabled={!info?.ok}>{t(lang, 'makeVariant')}</button>
                  {entry?.kind === 'variant' && <button type="button" className="small" onClick={() => p.onEdit(path)}>{t(lang, 'edit')}</button>}
                  {fileUrl && <a className="button small" href={fileUrl} download>{t(lang, 'downloadFile')}</a>}
                  <button type="button" className="small" onClick={() => p.onExport(path, false)}>{t(lang, 'exportYaml')}</button>
                  <button type="button" className="small" onClick={() => p.onExport(path, true)} disabled={!info?.ok}>{t(lang, 'exportResolved')}</button>
                  {entry && <button type="button" className="small danger" onClick={() => {
                    const err = p.onRemove(path);
                    if (err) setImportMsg({ ok: false, lines: [err] });
                  }}>{t(lang, 'remove')}</button>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
