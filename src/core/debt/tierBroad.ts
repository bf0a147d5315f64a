/**
 * `district.tier-broad` (SPEC §6 "Risk tiers", §11): the tier of the broad ratio (legal +
 * hidden) / 综合财力 on the legal ratio's edges — the commission's practice line, not
 * regulation: every tier above green is a warning, and its message says it is practice.
 */
import { record } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { snapHeadroom } from '../rules/atLine.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { TIER_WORDS } from './districtLimits.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import { tierEdges, tierLevel, tierOf, tierRuleInForce } from './tiers.ts';

/**
 * Per year in force: value = broad ratio, limit = the yellow edge, headroom (万元 of legal or
 * hidden debt) `yellow·C − (L + H)`; level: the version's (warning) for any tier above green.
 */
export function tierBroadLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = { kind: 'district', id: districtId } as const;
  years.forEach((year, i) => {
    const rule = tierRuleInForce(year, rules, 'district.tier-broad');
    if (!rule) return;
    const edges = tierEdges(rule);
    const value = d.broadRatio[i] ?? null;
    const tier = tierOf(value, edges);
    const headroom = ceilingHeadroom(at(d.broadDebt, i), at(d.capacity, i), edges.yellow);
    const line = tier === 'red' ? edges.red : tier === 'orange' ? edges.orange : edges.yellow;
    record(out, {
      rule: 'district.tier-broad', version: rule, subject, year, value, limit: edges.yellow, level: tierLevel(tier, rule, true), line,
      headroom: headroom === null || value === null ? headroom : snapHeadroom(headroom, value, edges.yellow),
      detail: () => (tier ? [`处于${TIER_WORDS[tier][0]}（实践口径，非法规）`, `in the ${TIER_WORDS[tier][1]} (practice line, not regulation)`] : ['', '']),
    });
  });
}
