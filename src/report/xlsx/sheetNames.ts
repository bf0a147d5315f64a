/**
 * Sheet names of the XLSX report, in the edition's language (issue #18: Chinese sheet names
 * in the Chinese edition, English in the English one), prefixed `S1 `, `S2 `… when the
 * report holds several scenarios; within Excel's 31 characters and without the characters
 * it forbids (`[]:*?/\`).
 */
import type { Label, Lang, Table } from '../model/types.ts';

const NAMES: Readonly<Record<string, Label>> = {
  summary: { zh: '摘要', en: 'Summary' },
  city: { zh: '市级', en: 'City' },
  'reward-pool': { zh: '资金池', en: 'Reward pool' },
  'stress-fan': { zh: '分位数', en: 'Percentiles' },
  'stress-breaches': { zh: '越线概率', en: 'Breach probability' },
  'stress-contingent': { zh: '或有负债', en: 'Contingent liabilities' },
  'stress-contingent-room': { zh: '或有负债与财承空间', en: 'Contingent vs room' },
  towns: { zh: '小镇', en: 'Towns' },
  'town-rewards': { zh: '奖补', en: 'Rewards' },
  'reward-detail': { zh: '奖补测算明细', en: 'Reward detail' },
  'town-status': { zh: '状态', en: 'Town status' },
  'town-exposure': { zh: '敞口', en: 'Exposure' },
  'ppp-projects': { zh: 'PPP项目', en: 'PPP projects' },
  'ppp-obligations': { zh: 'PPP支出', en: 'PPP obligations' },
  funds: { zh: '基金', en: 'Funds' },
  'fund-flows': { zh: '基金现金流', en: 'Fund flows' },
  districts: { zh: '区债务', en: 'District debt' },
  'districts-by-type': { zh: '区债务分类型', en: 'Debt by type' },
  findings: { zh: '预警违规', en: 'Findings' },
  'limits-summary': { zh: '限额汇总', en: 'Limits' },
  limits: { zh: '限额明细', en: 'Limit rows' },
  'rule-lines': { zh: '规则线', en: 'Rule lines' },
  'key-assumptions': { zh: '主要假设', en: 'Key assumptions' },
  formulas: { zh: '计算口径', en: 'Formulas' },
  assumptions: { zh: '假设', en: 'Assumptions' },
  comparison: { zh: '对比', en: 'Comparison' },
  'comparison-by-year': { zh: '逐年对比', en: 'By year' },
  'comparison-ppp-share': { zh: '逐年对比 PPP占比', en: 'By year PPP share' },
  'comparison-broad-ratio': { zh: '逐年对比 宽口径债务率', en: 'By year broad ratio' },
};

/** The cover and index sheets. */
export const COVER_SHEET: Label = { zh: '报告', en: 'Report' };
export const INDEX_SHEET_LABEL: Label = { zh: '目录', en: 'Index' };

/** The base name of table `t`: its own `sheet` label, the table's entry above, or its id. */
function baseName(t: Pick<Table, 'id' | 'sheet'>, lang: Lang): string {
  if (t.sheet) return t.sheet[lang];
  const l = NAMES[t.id];
  return l ? l[lang] : t.id;
}

/** The sheet name of table `t` in scenario `index` of `count`, in `lang`. */
export function sheetName(t: Pick<Table, 'id' | 'sheet'>, index: number, count: number, lang: Lang = 'zh'): string {
  const base = baseName(t, lang);
  const name = (count > 1 ? `S${index + 1} ${base}` : base).replace(/[[\]:*?/\\]/g, '_');
  return name.slice(0, 31);
}
