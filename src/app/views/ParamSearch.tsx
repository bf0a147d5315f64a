/**
 * The editor's search over every parameter of the scenario (issue #15): type words, see each
 * matching parameter with its path (entities by name) and value, and change a number or a
 * yes/no in place; the change goes to the variant's override like a form edit.
 */
import { useMemo, useState } from 'react';
import type { Loose } from '../../scenario/schema/loose.ts';
import type { Lang } from '../i18n.ts';
import { clean } from '../state/entityForms.ts';
import { paramIndex, searchParams, setParam, type Param } from '../state/paramIndex.ts';

const MAX_SHOWN = 50;

function ParamRow({ p, onSet, lang }: { p: Param; onSet: (p: Param, v: number | boolean) => void; lang: Lang }) {
  const [box, setBox] = useState(typeof p.value === 'number' ? String(clean(p.value)) : String(p.value));
  const commit = () => {
    const n = Number(box);
    if (typeof p.value === 'number' && box.trim() !== '' && Number.isFinite(n) && n !== p.value) onSet(p, n);
  };
  let cell: React.ReactNode;
  if (!p.editable) cell = <span>{String(p.value)} <span className="muted">{lang === 'zh' ? '（在 JSON 覆盖项中编辑）' : '(edit in the JSON override)'}</span></span>;
  else if (typeof p.value === 'boolean') cell = <input type="checkbox" checked={p.value} onChange={(e) => onSet(p, e.target.checked)} aria-label={p.shown} />;
  else cell = <input type="number" step="any" value={box} onChange={(e) => setBox(e.target.value)} onBlur={commit} onKeyDown={(e) => { if (e.key === 'Enter') commit(); }} aria-label={p.shown} />;
  return (
    <tr data-param={p.key}>
      <td><code>{p.shown}</code></td>
      <td>{cell}</td>
    </tr>
  );
}

export function ParamSearch({ doc, override, name, onOverride, lang }: { doc: Loose; override: Loose; name: string; onOverride: (o: Loose, name: string) => void; lang: Lang }) {
  const [query, setQuery] = useState('');
  const searching = query.trim() !== '';
  // Indexed only while searching: the editor recomputes on every lever move and must stay fast.
  const index = useMemo(() => (searching ? paramIndex(doc) : []), [doc, searching]);
  const hits = searchParams(index, query);
  const zh = lang === 'zh';
  return (
    <section className="param-search" aria-labelledby="ps-h" data-testid="param-search">
      <h3 id="ps-h">{zh ? '搜索全部参数' : 'Search every parameter'}</h3>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={zh ? '输入关键词，如 conghua profitRate、pool、从化' : 'Type words, e.g. conghua profitRate, pool'} aria-label={zh ? '搜索参数' : 'Search parameters'} />
      {searching && (
        <>
          <p className="muted" role="status">{zh ? `在 ${index.length} 个参数中找到 ${hits.length} 个` : `${hits.length} of ${index.length} parameters found`}{hits.length > MAX_SHOWN ? (zh ? `，显示前 ${MAX_SHOWN} 个` : `; the first ${MAX_SHOWN} shown`) : ''}</p>
          <div className="table-wrap" tabIndex={0}>
            <table aria-labelledby="ps-h">
              <thead><tr><th scope="col">{zh ? '参数' : 'Parameter'}</th><th scope="col">{zh ? '值' : 'Value'}</th></tr></thead>
              <tbody>{hits.slice(0, MAX_SHOWN).map((p) => <ParamRow key={`${p.key}=${String(p.value)}`} p={p} lang={lang} onSet={(x, v) => onOverride(setParam(override, x.steps, v), name)} />)}</tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
