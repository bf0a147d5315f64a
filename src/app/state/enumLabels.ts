/**
 * Bilingual labels of the scenario's enum values (issue #15: 区域 北部生态区, not `north-eco`):
 * the file keeps the id, the forms and pages show the words.
 */
import type { Lang } from '../i18n.ts';

const LABELS: Readonly<Record<string, { readonly zh: string; readonly en: string }>> = {
  'north-eco': { zh: '北部生态区', en: 'Northern ecological zone' },
  'central-south': { zh: '中南部', en: 'Central and southern districts' },
  tourism: { zh: '文旅', en: 'Tourism' },
  forest: { zh: '森林生态', en: 'Forest' },
  talent: { zh: '人才', en: 'Talent' },
  tech: { zh: '科技创新', en: 'Technology' },
  culture: { zh: '文化', en: 'Culture' },
  internet: { zh: '互联网', en: 'Internet' },
  manufacturing: { zh: '先进制造', en: 'Manufacturing' },
  agriculture: { zh: '农业', en: 'Agriculture' },
  health: { zh: '健康养生', en: 'Health' },
  finance: { zh: '金融', en: 'Finance' },
  other: { zh: '其他', en: 'Other' },
  'government-pay': { zh: '政府付费', en: 'Government pay' },
  'viability-gap': { zh: '可行性缺口补助', en: 'Viability gap' },
  'user-pay': { zh: '使用者付费（特许经营）', en: 'User pay (concession)' },
};

/** `北部生态区 · north-eco` (the id second, as the file writes it); an unknown value reads as itself. */
export function enumLabel(value: string, lang: Lang): string {
  const l = LABELS[value];
  return l ? `${lang === 'zh' ? l.zh : l.en} · ${value}` : value;
}
