/**
 * `district.interest-10` (SPEC §6 "Also reported", 国办函〔2016〕88号): 一般债务付息 /
 * 一般公共预算支出 or 专项债务付息 / 政府性基金预算支出 above 10% starts fiscal restructuring
 * (breach). One row per district and year: the binding budget's ratio (the larger), the
 * headroom the smaller of the two (万元 of interest); the special ratio only when the
 * fund-budget expenditure is given. A finding the year's swap bonds cause says so.
 */
import { record, threshold } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { exceeds, snapHeadroom } from '../rules/atLine.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import { ratio } from './districtRatios.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import { swapNote } from './swapNote.ts';

interface Side { readonly value: number | null; readonly headroom: number | null; readonly zh: string; readonly en: string }

/** Per year in force: value = max(general ratio, special ratio), limit 10%, headroom = min of the two. */
export function interestLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = { kind: 'district', id: districtId } as const;
  years.forEach((year, i) => {
    const rule = ruleInForce('district.interest-10', year, rules);
    if (!rule) return;
    const line = threshold(rule);
    const general = side(d.interestRatioGeneral[i] ?? null, at(d.generalInterest, i), at(d.budgetExpenditure, i), line, '一般债务付息/一般公共预算支出', 'general-debt interest / general budget expenditure');
    const sides = [general];
    if (d.fundExpenditure) {
      sides.push(side(d.interestRatioSpecial[i] ?? null, at(d.specialInterest, i), at(d.fundExpenditure, i), line, '专项债务付息/政府性基金预算支出', 'special-debt interest / fund-budget expenditure'));
    }
    const defined = sides.filter((s) => s.value !== null);
    if (defined.length === 0) return;
    const worst = defined.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
    const headrooms = defined.map((s) => s.headroom).filter((h): h is number => h !== null);
    const level = exceeds(worst.value ?? 0, line) ? rule.level : 'ok';
    const specialWithout = d.fundExpenditure ? ratio(at(d.specialInterest, i) - at(d.swap.interest, i), at(d.fundExpenditure, i)) : null;
    const levelWithout = exceeds(Math.max(general.value ?? 0, specialWithout ?? 0), line) ? rule.level : 'ok';
    record(out, {
      rule: 'district.interest-10', version: rule, subject, year, value: worst.value, limit: line, level, headroom: headrooms.length ? Math.min(...headrooms) : null,
      detail: () => [`${worst.zh}，应启动财政重整${swapNote(level, levelWithout)}`, `${worst.en}: fiscal restructuring${swapNote(level, levelWithout) ? ' (caused by the hidden-debt swap)' : ''}`],
    });
  });
}

function side(value: number | null, interest: number, expenditure: number, line: number, zh: string, en: string): Side {
  const h = ceilingHeadroom(interest, expenditure, line);
  return { value, headroom: h === null || value === null ? h : snapHeadroom(h, value, line), zh, en };
}
