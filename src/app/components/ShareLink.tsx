/** A link that opens the same view with this variant in it, on any machine (the variant rides in the URL). */
import { useState } from 'react';
import type { Lang } from '../i18n.ts';
import { refOf, type Library, type VariantEntry } from '../state/library.ts';
import { encodeShare, encodeShares, shareable } from '../state/share.ts';
import { formatHash, type ViewState } from '../state/url.ts';

export function ShareLink({ entry, bundled, vs, lang }: { entry: VariantEntry; bundled: readonly string[]; vs: ViewState; lang: Lang }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  if (!bundled.includes(entry.parent)) {
    return <p className="muted">{lang === 'zh' ? '只有基于内置情景的变体可以通过链接分享（父情景需在对方浏览器中也存在）。' : 'Only variants of bundled scenarios can be shared by link (the parent must exist on the other side too).'}</p>;
  }
  const parentRef = refOf(entry.parent);
  const s = [parentRef, ...vs.s.filter((r) => r !== parentRef && r !== refOf(entry.path) && !r.startsWith('u:'))].slice(0, 3);
  const hash = formatHash({ view: 'compare', s, sub: null, district: null, rule: null });
  const url = `${window.location.origin}${window.location.pathname}${hash}&share=${encodeShare({ parent: parentRef, name: entry.name, override: entry.override, levers: entry.levers })}`;
  const copy = () => navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false));
  return (
    <div className="toolbar share">
      <button type="button" onClick={() => void copy()}>{lang === 'zh' ? '复制分享链接' : 'Copy share link'}</button>
      <input type="text" readOnly value={url} aria-label={lang === 'zh' ? '分享链接' : 'Share link'} className="share-url" onFocus={(e) => e.target.select()} />
      {copied !== null && <span role="status" className={copied ? 'muted' : 'error'}>{copied ? (lang === 'zh' ? '已复制' : 'Copied') : (lang === 'zh' ? '无法写入剪贴板，请手动复制' : 'Clipboard unavailable: copy by hand')}</span>}
    </div>
  );
}

/**
 * A link to the whole comparison (issue #15 question 4): the view, every scenario in it
 * (the variants of bundled scenarios ride in the link) and the language; what cannot travel
 * (imported files, variants of the user's own scenarios) is named plainly.
 */
export function ShareComparison({ lib, bundled, vs, lang }: { lib: Library; bundled: readonly string[]; vs: ViewState; lang: Lang }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const { carried, missing } = shareable(vs.s, lib, bundled);
  const hash = formatHash({ ...vs, lang });
  const url = `${window.location.origin}${window.location.pathname}${hash}${carried.length > 0 ? `&share=${encodeShares(carried)}` : ''}`;
  const copy = () => navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false));
  const zh = lang === 'zh';
  return (
    <div className="share-all" data-testid="share-comparison">
      <div className="toolbar share">
        <button type="button" onClick={() => void copy()}>{zh ? '复制此对比的链接' : 'Copy a link to this comparison'}</button>
        <input type="text" readOnly value={url} aria-label={zh ? '此对比的分享链接' : 'Link to this comparison'} className="share-url" onFocus={(e) => e.target.select()} />
        {copied !== null && <span role="status" className={copied ? 'muted' : 'error'}>{copied ? (zh ? '已复制' : 'Copied') : (zh ? '无法写入剪贴板，请手动复制' : 'Clipboard unavailable: copy by hand')}</span>}
      </div>
      <p className="muted" data-share-status>
        {missing.length === 0
          ? (zh ? `链接包含全部 ${vs.s.length || 1} 个情景（其中 ${carried.length} 个变体随链接携带）、当前视图和语言。` : `The link carries all ${vs.s.length || 1} scenarios (${carried.length} variants ride in it), the view and the language.`)
          : (zh ? `链接无法携带：${missing.map((m) => `「${m.name}」（${m.why === 'imported' ? '导入的文件，请另行发送该文件' : m.why === 'parent' ? '其父情景不是内置情景' : '本浏览器中不存在'}）`).join('、')}；其余情景、视图和语言均已包含。`
            : `The link cannot carry: ${missing.map((m) => `“${m.name}” (${m.why === 'imported' ? 'an imported file: send the file itself' : m.why === 'parent' ? 'its parent is not a bundled scenario' : 'not in this browser'})`).join(', ')}; the other scenarios, the view and the language are in it.`)}
      </p>
    </div>
  );
}
