/**
 * Risk warning 县级政府债务风险预警 (SPEC §6 "Risk warning"): a district whose composite
 * ratio exceeds the trigger in year t (that year's flows included) is on warning. The
 * trigger is the threshold of `district.platform-borrowing` in force (default 1.0; the
 * official list is not public), or for years before that rule took effect its first
 * version's (the status is still reported, without findings).
 */
import { exceeds } from '../rules/atLine.ts';
import { ruleDef, ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { memoYears } from '../rules/inForceYears.ts';

/** The warning trigger in `year`, after the scenario's overrides. */
export function warningTrigger(year: number, rules: RuleOverrides): number {
  const first = ruleDef('district.platform-borrowing').versions[0]?.from ?? year;
  const v = ruleInForce('district.platform-borrowing', Math.max(year, first), rules);
  return v?.threshold ?? 1;
}

/** Per year: composite ratio above the trigger (SPEC §1: exactly at it is not above); false when undefined. */
export function onWarningSeries(compositeRatio: readonly (number | null)[], years: readonly number[], rules: RuleOverrides): boolean[] {
  // the trigger depends only on the year and the overrides (rulesMemo.ts: why that memo is safe)
  const triggers = memoYears(rules, 'warning-trigger', years, (y) => warningTrigger(y, rules));
  const out: boolean[] = [];
  for (let i = 0; i < years.length; i++) {
    const r = compositeRatio[i] ?? null;
    out.push(r !== null && exceeds(r, triggers[i] ?? 1));
  }
  return out;
}
