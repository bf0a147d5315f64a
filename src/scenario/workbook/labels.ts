/**
 * Chinese labels of the coded fields a fill-in workbook offers in its drop-down lists
 * (issue #18: 北部生态区, 旅游, 建设 are accepted by `import`), and the reading of a cell
 * that holds a label, a code, or `标签 code`. Browser-safe.
 */
import type { Region, Stage, Theme } from '../../core/model/scenario.ts';

export const REGION_ZH: Readonly<Record<Region, string>> = { 'north-eco': '北部生态区', 'central-south': '中南部' };
export const THEME_ZH: Readonly<Record<Theme, string>> = {
  tourism: '旅游', forest: '森林', talent: '人才', tech: '科技', culture: '文化', internet: '互联网', manufacturing: '制造',
  agriculture: '农业', health: '健康', finance: '金融', other: '其他',
};
export const STAGE_LABEL_ZH: Readonly<Record<Stage, string>> = { planning: '规划', construction: '建设', operation: '运营' };

/**
 * The code of `v` among `labels` (code → label): a label (`旅游`), a code (`tourism`), or
 * both (`旅游 tourism`); anything else is returned as written for the schema to report.
 */
export function codeOf<K extends string>(labels: Readonly<Record<K, string>>, v: string): string {
  const s = v.trim();
  for (const [code, zh] of Object.entries(labels) as Array<[K, string]>) {
    if (s === code || s === zh || s === `${zh} ${code}` || s === `${zh}（${code}）`) return code;
  }
  return v;
}

/** `3%` → 0.03 (a rate typed as a percent); other values as written. */
export function percentCell(v: string | number | boolean): string | number | boolean {
  if (typeof v !== 'string') return v;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(v);
  return m ? Number(m[1]) / 100 : v;
}

/**
 * An id for a town left without one: the ASCII words of its name as a slug, else `town-`
 * and a short FNV-1a hash of the name (deterministic: the same name, the same id).
 */
export function idFromName(name: string): string {
  const ascii = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (/^[a-z]/.test(ascii) && ascii.length >= 3) return ascii.slice(0, 40);
  let h = 0x811c9dc5;
  for (const ch of name) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `town-${h.toString(36)}`;
}
