/**
 * The variant editor (issue #8): sliders for the key levers that recompute on release, a
 * number box for exact (or out-of-range) values, the CLI's validation messages inline, forms
 * for the common fields of the city, districts, towns, reward programs, PPP projects and funds
 * (`EntityForm`), and the raw override as JSON for everything else.
 */
import { useEffect, useState } from 'react';
import { formatIssue, type ScenarioIssue } from '../../scenario/issues.ts';
import type { Loose } from '../../scenario/schema/loose.ts';
import { DASH, formatShare, formatWan } from '../format.ts';
import { t, type Lang } from '../i18n.ts';
import { LEVERS, type LeverDef, type LeverState } from '../state/levers.ts';
import type { VariantEntry } from '../state/library.ts';
import { entityOptions, issuesFor } from '../state/entityForms.ts';
import { EntityForm } from './EntityForm.tsx';

function show(l: LeverDef, v: number | null, lang: Lang): string {
  if (v === null) return l.id === 'rewardPool' ? t(lang, 'uncapped') : t(lang, 'notApplicable');
  if (l.unit === 'wan') return formatWan(v);
  if (l.unit === 'pp') return `${v >= 0 ? '+' : '−'}${Math.abs(v * 100).toFixed(2)} ${lang === 'zh' ? '个百分点' : 'pp'}`;
  return formatShare(v);
}

/** The number box shows percent for rates and shares, 万元 for money. */
const toBox = (l: LeverDef, v: number) => (l.unit === 'wan' ? v : Math.round(v * 100 * 1e4) / 1e4);
const fromBox = (l: LeverDef, v: number) => (l.unit === 'wan' ? v : v / 100);

function LeverRow({ def, state, issues, lang, onCommit, onReset }: {
  def: LeverDef; state: LeverState | undefined; issues: readonly ScenarioIssue[]; lang: Lang;
  onCommit: (v: number) => void; onReset: () => void;
}) {
  const current = state?.value ?? null;
  const [v, setV] = useState<number>(current ?? def.max);
  const [box, setBox] = useState<string>(String(toBox(def, current ?? def.max)));
  useEffect(() => {
    setV(current ?? def.max);
    setBox(current === null ? '' : String(toBox(def, current)));
  }, [current, def]);
  const disabled = state === undefined || (state.parentValue === null && def.id !== 'rewardPool');
  const id = `lever-${def.id}`;
  // Only a change commits: leaving the number box or releasing an unmoved slider recomputes nothing.
  const commit = () => {
    if (v !== current) onCommit(v);
  };
  const commitBox = () => {
    const n = Number(box);
    if (box.trim() !== '' && Number.isFinite(n) && fromBox(def, n) !== current) onCommit(fromBox(def, n));
  };
  return (
    <div className={`lever ${issues.length > 0 ? 'has-issue' : ''}`} data-lever={def.id}>
      <label htmlFor={id}>{lang === 'zh' ? def.zh : def.en}</label>
      <input
        id={id}
        type="range"
        min={def.min}
        max={def.max}
        step={def.step}
        value={Math.min(def.max, Math.max(def.min, v))}
        disabled={disabled}
        onChange={(e) => setV(Number(e.target.value))}
        onPointerUp={commit}
        onKeyUp={(e) => { if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End' || e.key === 'PageUp' || e.key === 'PageDown') commit(); }}
        aria-valuetext={show(def, v, lang)}
      />
      <input
        type="number"
        className="box"
        aria-label={`${lang === 'zh' ? def.zh : def.en} (${def.unit === 'wan' ? '万元' : '%'})`}
        value={box}
        disabled={disabled}
        step={def.unit === 'wan' ? def.step : def.step * 100}
        onChange={(e) => setBox(e.target.value)}
        onBlur={commitBox}
        onKeyDown={(e) => { if (e.key === 'Enter') commitBox(); }}
      />
      <span className="unit">{def.unit === 'wan' ? '万元' : '%'}</span>
      <output htmlFor={id} className="val">{show(def, v, lang)}</output>
      <span className="muted parent">{t(lang, 'parentValue')}: {state ? show(def, state.parentValue, lang) : DASH}</span>
      {state?.set && <button type="button" className="small" onClick={onReset}>{t(lang, 'reset')}</button>}
      {issues.length > 0 && <ul className="issues" role="alert">{issues.map((i, k) => <li key={k}>{formatIssue(i)}</li>)}</ul>}
    </div>
  );
}

export function Editor({ entry, doc, levers, issues, lang, recomputeMs, workerMs, busy, onLevers, onOverride, children }: {
  entry: VariantEntry | undefined;
  /** The variant's resolved (raw, merged) document, for the entity forms; null until known. */
  doc: Loose | null;
  levers: readonly LeverState[];
  issues: readonly ScenarioIssue[];
  lang: Lang;
  recomputeMs: number | null;
  /** Time the worker spent resolving + validating and simulating the shown result. */
  workerMs: { readonly resolveMs: number; readonly simulateMs: number } | null;
  busy: boolean;
  onLevers: (values: Readonly<Record<string, number>>) => void;
  onOverride: (override: Loose, name: string) => void;
  children?: React.ReactNode;
}) {
  const overrideText = entry ? JSON.stringify(Object.fromEntries(Object.entries(entry.override).filter(([k]) => k !== 'id' && k !== 'name')), null, 2) : '';
  const [text, setText] = useState(overrideText);
  const [name, setName] = useState(entry?.name ?? '');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [entityKey, setEntityKey] = useState('city');
  useEffect(() => setText(overrideText), [overrideText]);
  useEffect(() => setName(entry?.name ?? ''), [entry?.name]);
  if (!entry) return <p>{t(lang, 'notVariant')}</p>;
  const leverIssues = (def: LeverDef) => issues.filter((i) => def.paths.test(i.path));
  const options = doc ? entityOptions(doc) : [];
  const formEntity = options.find((o) => o.key === entityKey) ?? options[0];
  const inForm = new Set(formEntity ? issuesFor(issues, formEntity) : []);
  const other = issues.filter((i) => !LEVERS.some((d) => d.paths.test(i.path)) && !inForm.has(i));
  const apply = () => {
    try {
      const parsed: unknown = JSON.parse(text === '' ? '{}' : text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(lang === 'zh' ? '应为 JSON 对象' : 'expected a JSON object');
      setJsonError(null);
      onOverride(parsed as Loose, name.trim() || entry.name);
    } catch (e) {
      setJsonError(`${t(lang, 'badJson')}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return (
    <section aria-labelledby="ed-h">
      <h2 id="ed-h">{t(lang, 'editorTitle')} · {entry.name}</h2>
      <p className="muted">{t(lang, 'editorHint')}</p>
      <p role="status" className="recompute" data-recompute-ms={recomputeMs ?? ''} data-simulate-ms={workerMs?.simulateMs ?? ''} data-resolve-ms={workerMs?.resolveMs ?? ''}>
        {busy ? t(lang, 'computing') : recomputeMs !== null ? `${t(lang, 'recompute')}: ${recomputeMs.toFixed(0)} ms` : ''}
        {!busy && recomputeMs !== null && workerMs ? ` (${lang === 'zh' ? '其中校验' : 'validate'} ${workerMs.resolveMs.toFixed(0)} ms · ${lang === 'zh' ? '模拟' : 'simulate'} ${workerMs.simulateMs.toFixed(0)} ms)` : ''}
      </p>
      <div className="levers">
        {LEVERS.map((def) => (
          <LeverRow
            key={def.id}
            def={def}
            state={levers.find((s) => s.id === def.id)}
            issues={leverIssues(def)}
            lang={lang}
            onCommit={(v) => onLevers({ ...entry.levers, [def.id]: v })}
            onReset={() => onLevers(Object.fromEntries(Object.entries(entry.levers).filter(([k]) => k !== def.id)))}
          />
        ))}
      </div>
      {children}
      <h3>{lang === 'zh' ? '按对象编辑' : 'Edit by entity'}</h3>
      <EntityForm
        doc={doc}
        override={entry.override}
        issues={issues}
        lang={lang}
        selected={formEntity?.key ?? entityKey}
        onSelect={setEntityKey}
        onChange={(o) => onOverride(o, entry.name)}
      />
      <h3>{t(lang, 'override')}</h3>
      <label className="block">{t(lang, 'variantName')} <input type="text" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <textarea className="override" aria-label={t(lang, 'override')} value={text} onChange={(e) => setText(e.target.value)} rows={10} spellCheck={false} />
      <div><button type="button" onClick={apply}>{t(lang, 'apply')}</button></div>
      {jsonError && <p className="error" role="alert">{jsonError}</p>}
      {other.length > 0 && (
        <div className="notice error" role="alert">
          <strong>{t(lang, 'issues')}</strong>
          <ul>{other.map((i, k) => <li key={k}>{formatIssue(i)}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
