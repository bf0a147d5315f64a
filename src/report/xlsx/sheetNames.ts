/**
 * Sheet names of the XLSX report: short Chinese + English per table, prefixed `S1 `, `S2 `…
 * when the report holds several scenarios; within Excel's 31 characters and without the
 * characters it forbids (`[]:*?/\`).
 */
const NAMES: Readonly<Record<string, string>> = {
  summary: '摘要 Summary',
  city: '市级 City',
  'reward-pool': '资金池 Reward pool',
  'stress-fan': '分位数 Percentiles',
  'stress-breaches': '越线概率 Breach probability',
  'stress-contingent': '或有负债 Contingent',
  'stress-contingent-room': '或有负债与财承空间 Room',
  towns: '小镇 Towns',
  'town-rewards': '奖补 Rewards',
  'reward-detail': '奖补测算明细 Reward detail',
  'town-status': '状态 Status',
  'town-exposure': '敞口 Exposure',
  'ppp-projects': 'PPP项目 Projects',
  'ppp-obligations': 'PPP支出 Obligations',
  funds: '基金 Funds',
  'fund-flows': '基金现金流 Fund flows',
  districts: '区债务 Debt',
  findings: '预警违规 Findings',
  'limits-summary': '限额汇总 Limits',
  limits: '限额明细 Limit rows',
  'rule-lines': '规则线 Rule lines',
  'key-assumptions': '主要假设 Key assumptions',
  formulas: '计算口径 Formulas',
  assumptions: '假设 Assumptions',
  comparison: '对比 Comparison',
  'comparison-by-year': '逐年对比 By year',
  'comparison-ppp-share': '逐年对比 PPP占比 PPP share',
  'comparison-broad-ratio': '逐年对比 宽口径债务率 Broad',
};

/** The sheet name of table `id` (`caicheng-<level>` → `财承 <level>`), in scenario `index` of `count`. */
export function sheetName(id: string, index: number, count: number): string {
  const base = NAMES[id] ?? (id.startsWith('caicheng-') ? `财承 ${id.slice('caicheng-'.length)}` : id);
  const name = (count > 1 ? `S${index + 1} ${base}` : base).replace(/[[\]:*?/\\]/g, '_');
  return name.slice(0, 31);
}
