/** A link that opens the same view with this variant in it, on any machine (the variant rides in the URL). */
import { useState } from 'react';
import type { Lang } from '../i18n.ts';
import { refOf, type VariantEntry } from '../state/library.ts';
import { encodeShare } from '../state/share.ts';
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
