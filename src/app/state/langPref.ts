/** The interface language remembered between visits (issue #15: "the language choice is remembered"), in localStorage. */
import type { Lang } from '../i18n.ts';

const KEY = 'townfisc.lang';

/** The language chosen last time; Chinese first when none was chosen or storage is unavailable. */
export function readLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Remembers the language (a storage failure, e.g. private mode, is ignored: the choice then lasts the visit). */
export function writeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(KEY, lang);
  } catch {
    // nothing to do: the page keeps working in the chosen language
  }
}
