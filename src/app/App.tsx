/**
 * The dashboard shell: library, overview, compare, risk view, detail pages and editor,
 * with the URL hash as shareable state, the user's library autosaved with undo, and every
 * computation in a Web Worker.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatIssue } from '../scenario/issues.ts';
import type { Loose } from '../scenario/schema/loose.ts';
import { BASELINE_PATH, bundledPaths } from './bundledPaths.ts';
import { t, type Lang } from './i18n.ts';
import { downloadText, safeFileName } from './io/download.ts';
import { historyOf, push, redo, undo } from './state/history.ts';
import { addImported, addVariant, contentKey, EMPTY_LIBRARY, pathOfRef, refOf, removeEntry, updateVariant, type Library as Lib } from './state/library.ts';
import { loadLibrary, saveLibrary } from './state/storage.ts';
import { formatHash, MAX_SCENARIOS, parseHash, type View, type ViewState } from './state/url.ts';
import { useInfos, useRuns, type RunState } from './useRuns.ts';
import { createWorkerClient } from './worker/client.ts';
import { ReportButtons } from './components/ReportButtons.tsx';
import { RewardPoolPanel } from './components/RewardPoolPanel.tsx';
import { ShareComparison, ShareLink } from './components/ShareLink.tsx';
import { ChartSource } from './components/chartSource.ts';
import { adoptShared, decodeShares } from './state/share.ts';
import { readLang, writeLang } from './state/langPref.ts';
import { CompareTable, Compare } from './views/Compare.tsx';
import { FundDetail, PppDetail, TownDetail } from './views/Details.tsx';
import { Editor } from './views/Editor.tsx';
import { Library } from './views/Library.tsx';
import { Overview } from './views/Overview.tsx';
import { Risk } from './views/Risk.tsx';
import { RiskCompare } from './views/RiskCompare.tsx';
import { ParamSearch } from './views/ParamSearch.tsx';
import { ScenarioPicker } from './views/CompareExtras.tsx';
import { diffInputs } from './state/variantSummary.ts';
import { Settlement } from './views/Settlement.tsx';
import { mergeScenario } from '../scenario/merge.ts';
import { useStress } from './stress/useStress.ts';

// The uncertainty view and its matrices load on demand (issue #14): the first load stays lean.
const StressView = lazy(() => import('./views/Stress.tsx'));
const StressRiskPanel = lazy(() => import('./views/StressMatrix.tsx').then((m) => ({ default: m.StressRiskPanel })));

const NAV: readonly { view: View; key: 'navLibrary' | 'navOverview' | 'navCompare' | 'navRisk' | 'navStress' | 'navEditor' | 'navSettle' }[] = [
  { view: 'library', key: 'navLibrary' },
  { view: 'overview', key: 'navOverview' },
  { view: 'compare', key: 'navCompare' },
  { view: 'risk', key: 'navRisk' },
  { view: 'stress', key: 'navStress' },
  { view: 'editor', key: 'navEditor' },
  { view: 'settle', key: 'navSettle' },
];

function RunProblem({ run, lang }: { run: RunState | undefined; lang: Lang }) {
  if (!run || (run.reply === null && run.error === null)) return <p role="status">{t(lang, 'computing')}</p>;
  if (run.error !== null) return <p className="error" role="alert">{run.error}</p>;
  if (run.reply && !run.reply.ok) {
    return (
      <div className="notice error" role="alert">
        <strong>{t(lang, 'issues')}</strong>
        <ul>{run.reply.issues.map((i, k) => <li key={k}>{formatIssue(i)}</li>)}</ul>
      </div>
    );
  }
  return null;
}

export function App() {
  const client = useMemo(() => createWorkerClient(), []);
  const stress = useStress(client);
  const [storedLang, setStoredLang] = useState<Lang>(readLang);
  const [hist, setHist] = useState(() => historyOf<Lib>(EMPTY_LIBRARY));
  const [loaded, setLoaded] = useState(false);
  const [saveState, setSaveState] = useState<'idle' | 'saved' | 'failed'>('idle');
  // A first visit (no address) opens on the baseline's overview; the library is one click away.
  const [vs, setVs] = useState<ViewState>(() => (window.location.hash.replace(/^#/, '') === '' ? { ...parseHash(''), view: 'overview' } : parseHash(window.location.hash)));
  // The language: the address's when it names one (a shared link), else the one chosen last time.
  const lang: Lang = vs.lang ?? storedLang;
  const [recomputeMs, setRecomputeMs] = useState<number | null>(null);
  const [shareError, setShareError] = useState(false);
  const measureKey = useRef<string | null>(null);
  // Read once: the load effect may run twice (StrictMode in development) and rewrites the hash.
  const initialShare = useRef(new URLSearchParams(window.location.hash.replace(/^#/, '')).get('share'));
  const lib = hist.present;

  useEffect(() => {
    void loadLibrary().then((l) => {
      // A shared link carries its variant: adopt it and name it in the URL instead.
      const share = initialShare.current;
      let start = l;
      if (share !== null) {
        // One variant (older links) or every variant of a comparison, each remapped to the id it gets here.
        const shared = decodeShares(share);
        const st = parseHash(window.location.hash);
        let refs = [...st.s];
        let ok = shared !== null;
        for (const { ref: sent, variant } of shared ?? []) {
          const adopted = adoptShared(start, bundledPaths, variant);
          if (!adopted) { ok = false; continue; }
          start = adopted.lib;
          const ref = refOf(adopted.path);
          refs = sent !== null && refs.includes(sent) ? refs.map((r) => (r === sent ? ref : r)) : refs.includes(ref) ? refs : [...refs, ref];
        }
        if (ok) {
          window.history.replaceState(null, '', formatHash({ ...st, s: [...new Set(refs)].slice(0, MAX_SCENARIOS) }));
        } else {
          window.history.replaceState(null, '', formatHash(st));
          setShareError(true);
        }
        setVs(parseHash(window.location.hash));
      }
      setHist(historyOf(start));
      setLoaded(true);
    });
  }, []);
  useEffect(() => {
    if (!loaded) return;
    saveLibrary(lib).then(() => setSaveState('saved'), () => setSaveState('failed'));
  }, [lib, loaded]);
  useEffect(() => {
    const on = () => setVs(parseHash(window.location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    writeLang(lang);
  }, [lang]);

  const commit = useCallback((next: Lib) => setHist((h) => push(h, next)), []);
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const tag = el?.tagName;
      // In the editor, Ctrl+Z undoes the last committed edit even while a number box, slider or
      // select has focus; a text box or the JSON override keeps the browser's own text undo.
      const editorField = Boolean(el?.closest('[data-editor]'))
        && (tag === 'SELECT' || (tag === 'INPUT' && ['number', 'range', 'checkbox'].includes((el as HTMLInputElement).type)));
      if ((tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') && !editorField) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        setHist((h) => (e.shiftKey ? redo(h) : undo(h)));
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);

  const go = useCallback((next: Partial<ViewState>) => {
    const hash = formatHash({ ...vs, ...next });
    if (hash !== window.location.hash) window.location.hash = hash;
    else setVs(parseHash(hash));
  }, [vs]);

  const missingRefs = vs.s.filter((r) => pathOfRef(r, lib, bundledPaths) === null);
  const allPaths = useMemo(() => [...bundledPaths, ...lib.user.map((e) => e.path)], [lib]);
  const selected = useMemo(() => {
    const paths = vs.s.map((r) => pathOfRef(r, lib, bundledPaths)).filter((p): p is string => p !== null);
    return paths.length > 0 ? paths : [BASELINE_PATH];
  }, [vs.s, lib]);
  const editorPath = vs.sub && vs.view === 'editor' ? pathOfRef(vs.sub, lib, bundledPaths) : null;
  const editorEntry = lib.user.find((e) => e.path === editorPath && e.kind === 'variant');
  // The risk view details one scenario (`sub` names it; default the first compared) and compares every scenario of the library.
  const riskFocus = vs.view === 'risk' ? (vs.sub ? pathOfRef(vs.sub, lib, bundledPaths) : null) ?? selected[0] ?? BASELINE_PATH : null;
  const needed = vs.view === 'library' ? []
    : vs.view === 'risk' && riskFocus ? [...new Set([riskFocus, ...allPaths])]
    : vs.view === 'compare' || vs.view === 'editor' ? [...new Set([...(editorPath ? [editorPath] : []), ...selected])] : selected.slice(0, 1);
  const runs = useRuns(client, lib, needed);
  const runOf = (p: string | null) => (p === null ? undefined : runs[needed.indexOf(p)]);
  const info = useInfos(client, lib, allPaths);

  // Recompute time: from slider release (mark) to the new result rendered (this effect).
  const editorRun = runOf(editorPath);
  useEffect(() => {
    if (!editorRun || measureKey.current === null || editorRun.key !== measureKey.current || editorRun.stale) return;
    measureKey.current = null;
    const m = performance.measure('townfisc:recompute', 'townfisc:release');
    setRecomputeMs(m.duration);
  }, [editorRun]);

  const onLevers = (values: Readonly<Record<string, number>>) => {
    if (!editorPath || editorEntry?.kind !== 'variant') return;
    if (JSON.stringify(values) === JSON.stringify(editorEntry.levers)) return;
    const next = updateVariant(lib, editorPath, { levers: values });
    performance.clearMarks('townfisc:release');
    performance.mark('townfisc:release');
    measureKey.current = contentKey(editorPath, next.user);
    commit(next);
  };
  const onOverride = (override: Loose, name: string) => {
    if (!editorPath) return;
    commit(updateVariant(lib, editorPath, { override, name }));
  };

  /** A goal-seek answer saved as a new variant of `parent` (SPEC §8): the parameter's patch as its override; returns its name. */
  const saveGoalSeek = (parent: string, patch: Loose, label: string): string => {
    const i = info(parent);
    const parentName = nameOfPath(parent);
    const { lib: next, entry } = addVariant(lib, bundledPaths, parent, i?.ok ? String(i.doc.id) : refOf(parent), parentName, lang);
    const name = `${parentName}·${lang === 'zh' ? '目标求解' : 'goal seek'} ${label}`;
    commit(updateVariant(next, entry.path, { override: mergeScenario(entry.override, patch, 'goal-seek', new WeakMap()).value, name }));
    return name;
  };

  const [compareNotice, setCompareNotice] = useState<string | null>(null);
  /** Ticks or unticks a scenario for the comparison; a fifth is refused with a message (nothing is dropped silently). */
  const toggleCompare = (path: string) => {
    const ref = refOf(path);
    const cur = vs.s.length > 0 ? vs.s : selected.map(refOf);
    if (!cur.includes(ref) && cur.length >= MAX_SCENARIOS) {
      setCompareNotice(lang === 'zh'
        ? `最多同时对比 ${MAX_SCENARIOS} 个情景：请先取消勾选一个，再加入「${nameOfPath(path)}」。`
        : `At most ${MAX_SCENARIOS} scenarios are compared: untick one first, then add “${nameOfPath(path)}”.`);
      return;
    }
    setCompareNotice(null);
    go({ s: cur.includes(ref) ? cur.filter((r) => r !== ref) : [...cur, ref] });
  };
  const nameOfPath = (p: string): string => {
    const i = info(p);
    return i?.ok ? String(i.doc.name) : refOf(p);
  };
  const newVariant = (path: string) => {
    const i = info(path);
    if (!i?.ok) return;
    const { lib: next, entry } = addVariant(lib, bundledPaths, path, String(i.doc.id), String(i.doc.name), lang);
    commit(next);
    go({ view: 'editor', sub: refOf(entry.path), s: [refOf(path), refOf(entry.path)] });
  };
  const onImport = async (fileName: string, text: string) => {
    const r = await client.call({ type: 'check', fileName, text, user: lib.user });
    if (!r.ok) return r.issues;
    commit(addImported(lib, bundledPaths, { fileName, text, id: r.id, name: r.name }).lib);
    return null;
  };
  const onExport = async (path: string, resolved: boolean) => {
    const stem = safeFileName(refOf(path).replace(/^u:/, ''));
    if (resolved) {
      const r = await client.call({ type: 'resolved', path, user: lib.user });
      if (r.ok) downloadText(`${JSON.stringify(r.doc, null, 2)}\n`, `${stem}.resolved.json`, 'application/json');
      return;
    }
    const r = await client.call({ type: 'file', path, user: lib.user });
    if (!r.ok) return;
    if (r.kind === 'text') {
      downloadText(r.text, path.slice(path.lastIndexOf('/') + 1), 'text/yaml');
      return;
    }
    const { stringify } = await import('yaml');
    downloadText(`# townfisc variant (SPEC §2 extends)\n${stringify(r.doc)}`, `${stem}.yaml`, 'text/yaml');
  };

  const first = runOf(riskFocus ?? selected[0] ?? null);
  const firstOk = first?.reply?.ok ? first.reply : null;
  const compareResults = selected.map((p) => runOf(p)?.reply).filter((r): r is Extract<NonNullable<typeof r>, { ok: true }> => r?.ok === true).map((r) => r.result);
  const editorReply = editorRun?.reply ?? null;

  // Exported chart images name the scenario(s) and hash(es) they show.
  const chartSource = vs.view === 'compare'
    ? compareResults.map((r, i) => `${String.fromCharCode(65 + i)} ${r.scenario.name} · ${r.scenario.hash.slice(0, 12)}`).join(' | ')
    : firstOk ? `${firstOk.result.scenario.name} · ${firstOk.result.scenario.hash.slice(0, 12)}` : '';
  let body: React.ReactNode;
  switch (vs.view) {
    case 'library':
      body = (
        <Library
          lang={lang} lib={lib} paths={allPaths} info={info} selected={selected}
          canUndo={hist.past.length > 0} canRedo={hist.future.length > 0} saveState={saveState}
          onOpen={(p) => go({ view: 'overview', s: [refOf(p), ...vs.s.filter((r) => r !== refOf(p))].slice(0, MAX_SCENARIOS) })}
          onToggleCompare={toggleCompare} onVariant={newVariant}
          onEdit={(p) => go({ view: 'editor', sub: refOf(p) })}
          onRemove={(p) => {
            const next = removeEntry(lib, p);
            if (!next) return t(lang, 'removeRefused');
            commit(next);
            go({ s: vs.s.filter((r) => r !== refOf(p)), sub: vs.sub === refOf(p) ? null : vs.sub });
            return null;
          }}
          onExport={(p, r) => void onExport(p, r)} onImport={onImport}
          onUndo={() => setHist(undo)} onRedo={() => setHist(redo)}
        />
      );
      break;
    case 'overview':
      body = firstOk ? <Overview result={firstOk.result} meta={firstOk.meta} lang={lang} onDetail={(kind, id) => go({ view: kind, sub: id })} /> : <RunProblem run={first} lang={lang} />;
      break;
    case 'compare':
      {
      // The picker stays on screen while newly ticked scenarios compute.
      const picker = { items: allPaths.map((p) => ({ ref: refOf(p), name: nameOfPath(p), checked: vs.s.includes(refOf(p)) || (vs.s.length === 0 && p === selected[0]) })), onToggle: (ref: string) => { const p = pathOfRef(ref, lib, bundledPaths); if (p) toggleCompare(p); }, notice: compareNotice };
      body = compareResults.length === selected.length ? (<>
        <Compare
          results={compareResults} lang={lang}
          picker={picker}
          summaries={selected.slice(1).map((p, k) => {
            const e = lib.user.find((x) => x.path === p);
            const against = e?.kind === 'variant' ? e.parent : selected[0] ?? BASELINE_PATH;
            const a = info(against);
            const b = info(p);
            return { index: k + 1, name: nameOfPath(p), against: nameOfPath(against), isVariant: e?.kind === 'variant', changes: a?.ok && b?.ok ? diffInputs(a.doc, b.doc) : null };
          })}
        />
        <ShareComparison lib={lib} bundled={bundledPaths} vs={vs} lang={lang} />
      </>) : <><ScenarioPicker items={picker.items} onToggle={picker.onToggle} notice={picker.notice} lang={lang} /><RunProblem run={selected.map(runOf).find((r) => !r?.reply?.ok)} lang={lang} /></>;
      }
      break;
    case 'risk':
      body = firstOk ? (<>
        <RiskCompare
          lang={lang} focus={refOf(riskFocus ?? BASELINE_PATH)} district={vs.district}
          onFocus={(ref) => go({ sub: ref })} onDistrict={(d) => go({ district: d })}
          runs={allPaths.map((p) => {
            const r = runOf(p)?.reply;
            const i = info(p);
            return { ref: refOf(p), name: i?.ok ? String(i.doc.name) : refOf(p), run: r?.ok ? { result: r.result, meta: r.meta } : null };
          })}
        />
        <Risk result={firstOk.result} meta={firstOk.meta} lang={lang} district={vs.district} rule={vs.rule}
          onFilter={(f) => go(f)} onTown={(id) => go({ view: 'town', sub: id })} />
        <Suspense fallback={null}>
          <StressRiskPanel
            result={stress.state.last && riskFocus && stress.state.last.key === contentKey(riskFocus, lib.user) ? stress.state.last.result : null}
            meta={firstOk.meta} lang={lang} onOpen={() => go({ view: 'stress', s: [refOf(riskFocus ?? BASELINE_PATH)], sub: null })} />
        </Suspense>
      </>) : <RunProblem run={first} lang={lang} />;
      break;
    case 'stress':
      body = firstOk && selected[0] ? (
        <Suspense fallback={<p role="status">{t(lang, 'loading')}</p>}>
          <StressView client={client} path={selected[0]} contentKey={contentKey(selected[0], lib.user)} name={nameOfPath(selected[0])}
            user={lib.user} meta={firstOk.meta} lang={lang} stress={stress}
            onSaveVariant={(patch, label) => saveGoalSeek(selected[0] ?? BASELINE_PATH, patch, label)} />
        </Suspense>
      ) : <RunProblem run={first} lang={lang} />;
      break;
    case 'town':
    case 'ppp':
    case 'fund': {
      const Detail = vs.view === 'town' ? TownDetail : vs.view === 'ppp' ? PppDetail : FundDetail;
      body = firstOk && vs.sub ? <Detail result={firstOk.result} meta={firstOk.meta} lang={lang} id={vs.sub} /> : <RunProblem run={first} lang={lang} />;
      break;
    }
    case 'editor':
      body = (
        <div data-editor>
        <div className="toolbar" role="group" aria-label={lang === 'zh' ? '撤销与重做' : 'Undo and redo'} data-testid="editor-undo">
          <button type="button" disabled={hist.past.length === 0} onClick={() => setHist(undo)}>{lang === 'zh' ? '撤销（Ctrl+Z）' : 'Undo (Ctrl+Z)'}</button>
          <button type="button" disabled={hist.future.length === 0} onClick={() => setHist(redo)}>{lang === 'zh' ? '重做（Ctrl+Shift+Z）' : 'Redo (Ctrl+Shift+Z)'}</button>
        </div>
        <Editor
          entry={editorEntry?.kind === 'variant' ? editorEntry : undefined}
          doc={editorReply?.doc ?? null}
          levers={editorReply?.levers ?? []}
          issues={editorReply && !editorReply.ok ? editorReply.issues : []}
          lang={lang}
          recomputeMs={recomputeMs}
          workerMs={editorReply?.ok ? editorReply.timing : null}
          busy={editorRun?.stale ?? false}
          onLevers={onLevers}
          onOverride={onOverride}
        >
          {editorEntry?.kind === 'variant' && editorReply?.doc && <ParamSearch doc={editorReply.doc} override={editorEntry.override} name={editorEntry.name} onOverride={onOverride} lang={lang} />}
          {editorReply?.ok && <RewardPoolPanel result={editorReply.result} lang={lang} />}
          {editorEntry?.kind === 'variant' && <ShareLink entry={editorEntry} bundled={bundledPaths} vs={vs} lang={lang} />}
          {compareResults.length >= 2 && <><h3>{t(lang, 'compareTitle')}</h3><CompareTable results={compareResults} lang={lang} /></>}
        </Editor>
        </div>
      );
      break;
    case 'settle':
      // the year settled rides in `sub` (e.g. #view=settle&sub=2026)
      body = firstOk && selected[0] ? (
        <Settlement client={client} path={selected[0]} user={lib.user} result={firstOk.result} lang={lang}
          year={vs.sub && /^\d{4}$/.test(vs.sub) ? Number(vs.sub) : null} onYear={(y) => go({ sub: String(y) })} />
      ) : <RunProblem run={first} lang={lang} />;
      break;
    default: {
      const never: never = vs.view;
      body = String(never);
    }
  }

  return (
    <>
      {/* The hash holds the view: the skip link moves focus without touching it. */}
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>{lang === 'zh' ? '跳到正文' : 'Skip to content'}</a>
      <header>
        <h1>townfisc · {t(lang, 'title')}</h1>
        <span className="spacer" />
        <button type="button" data-testid="lang-toggle" onClick={() => { const next = lang === 'zh' ? 'en' : 'zh'; setStoredLang(next); go({ lang: next }); }}>{t(lang, 'toggle')}</button>
      </header>
      <nav aria-label="views">
        {NAV.map((n) => (
          <button key={n.view} type="button" aria-current={vs.view === n.view ? 'page' : undefined} data-view={n.view}
            disabled={n.view === 'editor' && !lib.user.some((e) => e.kind === 'variant')}
            onClick={() => go({ view: n.view, sub: n.view === 'editor' ? (vs.sub && vs.sub.startsWith('u:') ? vs.sub : (lib.user.find((e) => e.kind === 'variant') ? refOf(lib.user.find((e) => e.kind === 'variant')?.path ?? '') : null)) : null })}>
            {t(lang, n.key)}
          </button>
        ))}
        <span className="muted scen" data-testid="top-scenarios">{selected.map((p, i) => `${String.fromCharCode(65 + i)}: ${nameOfPath(p)}`).join(' · ')}</span>
      </nav>
      <main id="main" tabIndex={-1}>
        {shareError && <p className="notice error" role="alert">{lang === 'zh' ? '分享链接无效或已损坏，未导入任何情景。' : 'The share link is invalid or damaged; nothing was imported.'}</p>}
        {loaded && missingRefs.length > 0 && (
          <p className="notice error" role="alert" data-testid="missing-refs">{lang === 'zh'
            ? `链接中的情景不在本浏览器的情景库中，未能显示：${missingRefs.join('、')}。请让对方使用“复制此对比的链接”（变体会随链接携带），或导入对方的文件。`
            : `Scenarios named in the link are not in this browser's library and are not shown: ${missingRefs.join(', ')}. Ask for a link made with “Copy a link to this comparison” (variants ride in it), or import their file.`}</p>
        )}
        {compareNotice && vs.view !== 'compare' && <p role="alert" className="notice">{compareNotice}</p>}
        <ChartSource.Provider value={chartSource}>{body}</ChartSource.Provider>
        {(vs.view === 'overview' && firstOk) || (vs.view === 'compare' && compareResults.length === selected.length && selected.length >= 2) ? (
          <ReportButtons client={client} paths={vs.view === 'overview' ? selected.slice(0, 1) : selected} user={lib.user} lang={lang}
            name={vs.view === 'overview' ? `${refOf(selected[0] ?? '')}-report` : `compare-${selected.map(refOf).join('-vs-')}`} />
        ) : null}
      </main>
    </>
  );
}
