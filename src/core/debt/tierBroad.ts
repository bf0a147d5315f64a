/**
 * `district.tier-broad` (SPEC §6 "Risk tiers", §11): the tier of the broad ratio (legal +
 * hidden) / 综合财力 on the legal ratio's edges — the commission's practice line, not
 * regulation: every tier above green is a warning, and its message says it is practice.
 */
import { record } from '../compliance/record.ts';
import type { Collector } from '../compliance/record.ts';
import { pct } from '../compliance/format.ts';
import { snapHeadroom } from '../rules/atLine.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { TIER_ZH } from './districtLimits.ts';
import { ceilingHeadroom } from './headroom.ts';
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
    record(out, rule, {
      rule: 'district.tier-broad', subject, year, value, limit: edges.yellow, level: tierLevel(tier, rule, true),
      headroom: headroom === null || value === null ? headroom : snapHeadroom(headroom, value, edges.yellow),
    }, () => `宽口径债务率（实践口径，非法规） ${pct(value ?? 0)}，处于${tier ? TIER_ZH[tier] : ''}档（黄档自 ${pct(edges.yellow)} 起） / `
      + `Broad debt ratio (practice line, not regulation) ${pct(value ?? 0)} is in the ${tier ?? ''} tier (yellow from ${pct(edges.yellow)})`);
  });
}
