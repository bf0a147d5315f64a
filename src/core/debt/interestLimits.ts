/**
 * `district.interest-10` (SPEC §6 "Also reported", 国办函〔2016〕88号): 一般债务付息 /
 * 一般公共预算支出 or 专项债务付息 / 政府性基金预算支出 above 10% starts fiscal restructuring
 * (breach). One row per district and year: the binding budget's ratio (the larger), the
 * headroom the smaller of the two (万元 of interest); the special ratio only when the
 * fund-budget expenditure is given. A finding the year's swap bonds cause says so.
 */
import { recordFinding, recordRow, threshold } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { exceeds, snapHeadroom } from '../rules/atLine.ts';
import { DEBT_RULE, debtSubject } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import { ratio } from './districtRatios.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import { swapNote } from './swapNote.ts';

const GENERAL = ['一般债务付息/一般公共预算支出', 'general-debt interest / general budget expenditure'] as const;
const SPECIAL = ['专项债务付息/政府性基金预算支出', 'special-debt interest / fund-budget expenditure'] as const;

/**
 * Per year in force: value = max(general ratio, special ratio) over the defined ones (the
 * general side on a tie), limit 10%, headroom = min of the defined sides' headrooms.
 */
export function interestLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = debtSubject('district', districtId);
  const def = DEBT_RULE['district.interest-10'];
  const fundExpenditure = d.fundExpenditure;
  const inForceRules = inForceYears('district.interest-10', years, rules);
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const rule = inForceRules[i] ?? null;
    if (!rule) continue;
    const line = threshold(rule);
    const gValue = d.interestRatioGeneral[i] ?? null;
    const gRoom = sideHeadroom(gValue, at(d.generalInterest, i), at(d.budgetExpenditure, i), line);
    const sValue = fundExpenditure ? d.interestRatioSpecial[i] ?? null : null;
    const sRoom = fundExpenditure ? sideHeadroom(sValue, at(d.specialInterest, i), at(fundExpenditure, i), line) : null;
    if (gValue === null && sValue === null) continue;
    // the worst defined side: the special one only when strictly above the general one (or the general is undefined)
    const specialWorst = sValue !== null && (gValue === null || sValue > gValue);
    const value = specialWorst ? sValue : gValue;
    const g = gValue !== null ? gRoom : null;
    const s = sValue !== null ? sRoom : null;
    const headroom = g !== null && s !== null ? Math.min(g, s) : g ?? s;
    const level = exceeds(value ?? 0, line) ? rule.level : 'ok';
    const row = recordRow(out, def, rule, subject, year, value, line, headroom, level);
    if (row.level !== 'ok' && out.quiet !== true) {
      const specialWithout = fundExpenditure ? ratio(at(d.specialInterest, i) - at(d.swap.interest, i), at(fundExpenditure, i)) : null;
      const levelWithout = exceeds(Math.max(gValue ?? 0, specialWithout ?? 0), line) ? rule.level : 'ok';
      const [zh, en] = specialWorst ? SPECIAL : GENERAL;
      recordFinding(out, def, row, rule.source, undefined, [`${zh}，应启动财政重整${swapNote(level, levelWithout)}`, `${en}: fiscal restructuring${swapNote(level, levelWithout) ? ' (caused by the hidden-debt swap)' : ''}`]);
    }
  }
}

/** A side's headroom (万元 of interest), snapped to 0 when its ratio is on the line (SPEC §1). */
function sideHeadroom(value: number | null, interest: number, expenditure: number, line: number): number | null {
  const h = ceilingHeadroom(interest, expenditure, line);
  return h === null || value === null ? h : snapHeadroom(h, value, line);
}
