/**
 * District limits (SPEC §6, §11): `district.tier` — the broad ratio's tier, yellow a
 * warning, orange and red a breach; `district.debt-limit` — legal debt above 债务限额 is a
 * breach.
 */
import { record } from '../compliance/record.ts';
import type { Collector } from '../compliance/record.ts';
import { pct, wan } from '../compliance/format.ts';
import type { Tier } from '../result.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { ceilingHeadroom } from './headroom.ts';
import { tierEdges, tierLevel, tierOf, tierRuleInForce } from './tiers.ts';

const TIER_ZH: Readonly<Record<Tier, string>> = { green: '绿', yellow: '黄', orange: '橙', red: '红' };

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
      record(out, tierRule, { rule: 'district.tier', subject, year, value: ratio, limit: edges.yellow, headroom, level: tierLevel(tier, tierRule) },
        () => `宽口径债务率 ${pct(ratio ?? 0)}，处于${tier ? TIER_ZH[tier] : ''}档（黄档自 ${pct(edges.yellow)} 起） / `
          + `Broad debt ratio ${pct(ratio ?? 0)} is in the ${tier ?? ''} tier (yellow from ${pct(edges.yellow)})`);
    }
    const limitRule = ruleInForce('district.debt-limit', year, rules);
    if (limitRule) {
      const legal = at(d.legalDebt, i);
      const limit = at(d.debtLimit, i);
      record(out, limitRule, { rule: 'district.debt-limit', subject, year, value: legal, limit, headroom: limit - legal, level: legal > limit ? limitRule.level : 'ok' },
        () => `法定债务余额 ${wan(legal)} 万元，超过债务限额 ${wan(limit)} 万元 / Legal debt of ${wan(legal)} (10k yuan) exceeds the debt limit of ${wan(limit)}`);
    }
  });
}
