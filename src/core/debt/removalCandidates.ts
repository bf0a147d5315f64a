/**
 * `district.warning-removal-candidate` (SPEC §6 "Risk warning", 发改办规划〔2018〕1041号):
 * the towns of a district on risk warning in two consecutive years are candidates for
 * removal — a finding (warning); the removal itself stays a §3 decision. Per town and year
 * in force: value = consecutive years the district has been on warning up to this one,
 * limit = the rule's threshold (2), reached at the line (SPEC §1); headroom = the warning
 * years that bring the town to the line, `limit − value` (SPEC §6 "Headroom" of a
 * half-open edge: reaching it is the finding; on the line it is 0 by SPEC §1, negative past it).
 */
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { Town } from '../model/scenario.ts';
import { reaches } from '../rules/atLine.ts';
import { DEBT_RULE } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides, Subject } from '../rules/types.ts';

/** Records the rule for each town of a district given its `onWarning` series. */
export function removalCandidateLimits(out: Collector, towns: readonly Town[], onWarning: readonly boolean[], years: readonly number[], rules: RuleOverrides): void {
  const def = DEBT_RULE['district.warning-removal-candidate'];
  const inForceRules = inForceYears('district.warning-removal-candidate', years, rules);
  const subjects = towns.map((town) => townSubject(town.id));
  let run = 0;
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    run = onWarning[i] ? run + 1 : 0;
    const rule = inForceRules[i] ?? null;
    if (!rule) continue;
    const line = threshold(rule);
    const level = reaches(run, line) ? rule.level : 'ok';
    for (let j = 0; j < subjects.length; j++) {
      const row = recordRow(out, def, rule, subjects[j] as Subject, year, run, line, line - run, level);
      if (row.level !== 'ok' && out.quiet !== true) recordFinding(out, def, row, rule.source, undefined, DETAIL);
    }
  }
}

const DETAIL = [
  '所在区连续处于债务风险预警，小镇列为拟淘汰对象（淘汰与否按奖补政策决定）',
  'the district has been on debt-risk warning year after year: the town is a candidate for removal (the decision follows the reward policy)',
] as const;
