/**
 * District limits (SPEC §6, §11): `district.tier` — the broad ratio's tier, yellow a
 * warning, orange and red a breach; `district.debt-limit` — legal debt above 债务限额 is a
 * breach.
 */
import { record } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { Tier } from '../result.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import { tierEdges, tierLevel, tierOf, tierRuleInForce } from './tiers.ts';

const TIER_WORDS: Readonly<Record<Tier, readonly [string, string]>> = {
  green: ['绿档', 'green tier'], yellow: ['黄档', 'yellow tier'], orange: ['橙档', 'orange tier'], red: ['红档', 'red tier'],
};

/**
 * Records, for every year the rules are in force:
 * - `district.tier`: value = broad ratio, limit = the yellow edge, headroom (万元 of legal or
 *   hidden debt) `yellow·C − (L + H)`: what brings the ratio to the yellow boundary; level by tier;
 * - `district.debt-limit`: value = legal debt L, limit = 债务限额, headroom `limit − L`; breach when `L > limit`.
 */
export function districtLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = { kind: 'district', id: districtId } as const;
  years.forEach((year, i) => {
    const tierRule = tierRuleInForce(year, rules);
    if (tierRule) {
      const edges = tierEdges(tierRule);
      const ratio = d.broadRatio[i] ?? null;
      const tier = tierOf(ratio, edges);
      const headroom = ceilingHeadroom(at(d.broadDebt, i), at(d.capacity, i), edges.yellow);
      const line = tier === 'red' ? edges.red : tier === 'orange' ? edges.orange : edges.yellow;
      record(out, {
        rule: 'district.tier', version: tierRule, subject, year, value: ratio, limit: edges.yellow, headroom, level: tierLevel(tier, tierRule), line,
        detail: () => (tier ? [`处于${TIER_WORDS[tier][0]}`, `in the ${TIER_WORDS[tier][1]}`] : ['', '']),
      });
    }
    const limitRule = ruleInForce('district.debt-limit', year, rules);
    if (limitRule) {
      const legal = at(d.legalDebt, i);
      const limit = at(d.debtLimit, i);
      record(out, { rule: 'district.debt-limit', version: limitRule, subject, year, value: legal, limit, headroom: limit - legal });
    }
  });
}
