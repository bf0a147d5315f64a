/**
 * `bond.negative-list` (SPEC §6 "Special bonds", 国办发〔2024〕52号): a special bond whose
 * project type is on the negative list is a breach. Evaluated once per bond, in its issue
 * year when that is a simulated year and the rule is in force then: value 1 for a listed
 * type, 0 otherwise (a flag, no threshold).
 */
import { recordFinding, recordRow } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { NEGATIVE_LIST } from '../model/scenario.ts';
import type { ProjectType, SpecialBond } from '../model/scenario.ts';
import { DEBT_RULE, debtSubject } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { bondSubjectId } from './selfBalance.ts';

const TYPE_ZH: Readonly<Partial<Record<ProjectType, string>>> = {
  'government-buildings': '楼堂馆所', 'image-project': '形象工程', 'commercial-real-estate': '商业房地产',
  'theme-park': '主题公园', 'replica-town': '仿古城镇', 'competitive-industry': '一般竞争性产业', 'no-revenue': '无收益项目',
};

/** Records the rule for one bond of a town. */
export function negativeListLimits(out: Collector, townId: string, bond: SpecialBond, years: readonly number[], rules: RuleOverrides): void {
  if (!years.includes(bond.issueYear)) return;
  const rule = inForceYears('bond.negative-list', [bond.issueYear], rules)[0] ?? null;
  if (!rule) return;
  const type = bond.projectType ?? 'other';
  const listed = NEGATIVE_LIST.includes(type);
  const def = DEBT_RULE['bond.negative-list'];
  const subject = debtSubject('bond', bondSubjectId(townId, bond.id));
  const row = recordRow(out, def, rule, subject, bond.issueYear, listed ? 1 : 0, null, null, listed ? rule.level : 'ok');
  if (row.level !== 'ok' && out.quiet !== true) recordFinding(out, def, row, rule.source, undefined, [`项目类型：${TYPE_ZH[type] ?? type}`, `project type: ${type}`]);
}
