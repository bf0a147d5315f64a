/** Interface language: Simplified Chinese first, English second (toggle). */
export type Lang = 'zh' | 'en';

const STRINGS = {
  title: { zh: '广州特色小镇财政奖补与投资基金模拟', en: 'Guangzhou characteristic towns: fiscal incentives and funds' },
  scenarios: { zh: '情景库', en: 'Scenario library' },
  name: { zh: '名称', en: 'Name' },
  file: { zh: '文件', en: 'File' },
  towns: { zh: '小镇', en: 'Towns' },
  districts: { zh: '区', en: 'Districts' },
  years: { zh: '年份', en: 'Years' },
  hash: { zh: '内容哈希', en: 'Content hash' },
  invalid: { zh: '无效', en: 'invalid' },
  loading: { zh: '加载中…', en: 'Loading…' },
  note: {
    zh: '所有数据均为示意，非官方统计。金额单位：万元。',
    en: 'All figures are illustrative, not official data. Money in 万元 (10,000 yuan).',
  },
  toggle: { zh: 'English', en: '中文' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}
