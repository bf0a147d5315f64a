/**
 * `town.specialty-share` (SPEC §7, 发改规划〔2021〕1383号): cumulative specialty-industry
 * investment / cumulative total investment (plan, from creation) below 60% is a warning.
 */
import type { Town } from '../model/scenario.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { shareFloorHeadroom } from '../debt/headroom.ts';
import { pct, wan } from './format.ts';
import { record, threshold, townSubject } from './record.ts';
import type { Collector } from './record.ts';
import type { TownFacts } from './townFacts.ts';

/**
 * Records the rule for every year the town exists: value = S / T (null when T ≤ 0),
 * limit = 60%, headroom in 万元 of specialty investment (also part of the total) that may be
 * lost: `(S − 0.6·T)/(1 − 0.6)`; negative: the specialty investment missing.
 */
export function specialtyShareLimits(out: Collector, town: Town, facts: TownFacts, rules: RuleOverrides): void {
  facts.years.forEach((year, i) => {
    if (!facts.active[i]) return;
    const rule = ruleInForce('town.specialty-share', year, rules);
    if (!rule) return;
    const floor = threshold(rule);
    const s = facts.specialtyToDate[i] ?? 0;
    const t = facts.planTotalToDate[i] ?? 0;
    const share = t > 0 ? s / t : null;
    record(out, rule, {
      rule: 'town.specialty-share', subject: townSubject(town.id), year, value: share, limit: floor,
      headroom: shareFloorHeadroom(s, t, floor), level: share !== null && share < floor ? rule.level : 'ok',
    }, () => `累计特色产业投资 ${wan(s)} 万元，占累计总投资的 ${pct(share ?? 0)}，低于 ${pct(floor)} / `
      + `Cumulative specialty-industry investment of ${wan(s)} (10k yuan) is ${pct(share ?? 0)} of total investment, below ${pct(floor)}`);
  });
}
