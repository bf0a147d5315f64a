/**
 * Shareable state (issue #8): the URL hash names the view, the scenarios shown (by
 * reference: a bundled file name or `u:<id>` for the user's own), the entity of a detail
 * page and the risk filters. `#view=compare&s=guangzhou-baseline,u:guangzhou-baseline-v`.
 */
export const VIEWS = ['library', 'overview', 'compare', 'risk', 'stress', 'town', 'ppp', 'fund', 'editor', 'settle'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewState {
  readonly view: View;
  /** Scenario references, the first is the reference scenario (compare deltas are against it). */
  readonly s: readonly string[];
  /** The town, PPP project or fund of a detail page. */
  readonly sub: string | null;
  readonly district: string | null;
  readonly rule: string | null;
  /** The interface language, when the address names it (a shared link does). */
  readonly lang?: 'zh' | 'en';
}

export const DEFAULT_STATE: ViewState = { view: 'library', s: [], sub: null, district: null, rule: null };

/** At most four scenarios are compared (issue #8: 2–4). */
export const MAX_SCENARIOS = 4;

const REF = /^(u:)?[a-z0-9][a-z0-9-]*$/;

export function parseHash(hash: string): ViewState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const view = q.get('view');
  const s = (q.get('s') ?? '').split(',').map((x) => x.trim()).filter((x) => REF.test(x));
  const opt = (k: string) => {
    const v = q.get(k);
    return v !== null && /^(u:)?[A-Za-z0-9._-]+$/.test(v) ? v : null;
  };
  return {
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as View) : DEFAULT_STATE.view,
    s: [...new Set(s)].slice(0, MAX_SCENARIOS),
    sub: opt('sub'),
    district: opt('district'),
    rule: opt('rule'),
    ...(q.get('lang') === 'zh' || q.get('lang') === 'en' ? { lang: q.get('lang') as 'zh' | 'en' } : {}),
  };
}

export function formatHash(st: ViewState): string {
  const q = new URLSearchParams();
  q.set('view', st.view);
  if (st.s.length > 0) q.set('s', st.s.join(','));
  if (st.sub) q.set('sub', st.sub);
  if (st.district) q.set('district', st.district);
  if (st.rule) q.set('rule', st.rule);
  if (st.lang) q.set('lang', st.lang);
  return `#${q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}
