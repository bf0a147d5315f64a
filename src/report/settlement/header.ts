/**
 * The header of the settlement sheet (SPEC §12): fund, budget subject, 预算指标文号,
 * policy, the commission's evaluation document, version, and the identification of the
 * inputs (scenario, hashes of the scenario and of its actuals, engine, date).
 */
import type { Settlement } from '../../core/actuals/settlement/index.ts';
import type { MetaLine } from '../format/meta.ts';

const BLANK = '＿＿＿＿＿＿';

/** Header lines, in order; empty fields print as a blank to fill in by hand. */
export function headerLines(s: Settlement, date: string): MetaLine[] {
  const v = (x: string) => (x === '' ? BLANK : x);
  return [
    { zh: '资金名称', en: 'Fund', value: v(s.info.fund) },
    { zh: '预算科目', en: 'Budget subject', value: v(s.info.budgetSubject) },
    { zh: '预算指标文号', en: 'Budget allocation document', value: v(s.info.budgetDocument) },
    { zh: '政策依据', en: 'Policy', value: v(s.info.policy) },
    { zh: '考核测评文件', en: 'Evaluation document', value: v(s.info.evaluationDocument) },
    { zh: '版本', en: 'Version', value: s.info.version },
    { zh: '清算年度', en: 'Year settled', value: String(s.year) },
    { zh: '情景', en: 'Scenario', value: `${s.scenario.name} (${s.scenario.id})` },
    { zh: '情景哈希', en: 'Scenario hash', value: s.scenario.hash },
    { zh: '实际数哈希', en: 'Actuals hash', value: s.scenario.actualsHash },
    { zh: '引擎版本', en: 'Engine version', value: s.engineVersion },
    { zh: '生成日期', en: 'Generated', value: date },
    { zh: '金额单位', en: 'Money unit', value: '万元' },
  ];
}

/** The text on every page: version, both hashes (short), page x of y is added by the format. */
export function pageFooter(s: Settlement): string {
  return `${s.year} 清算 settlement · ${s.info.version} · scenario ${s.scenario.hash.slice(0, 16)} · actuals ${s.scenario.actualsHash.slice(0, 16)}`;
}
