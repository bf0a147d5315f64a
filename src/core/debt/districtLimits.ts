/**
 * District limits (SPEC §6, §11): `district.tier` — the legal ratio's tier (official), yellow a
 * warning, orange and red a breach; `district.debt-limit` — legal debt above the total
 * 债务限额 is a breach. (By type: `typeLimits.ts`; the broad ratio's practice tier:
 * `tierBroad.ts`.)
 */
import { record } from '../compliance/record.ts';
import type { Collector } from '../compliance/record.ts';
import { pct, wan } from '../compliance/format.ts';
import type { Tier } from '../result.ts';
import { exceeds, snapHeadroom } from '../rules/atLine.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import { ratio } from './districtRatios.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { ceilingHeadroom } from './headroom.ts';
import { swapNote } from './swapNote.ts';
import { tierEdges, tierLevel, tierOf, tierRuleInForce } from './tiers.ts';

/** Tier names in Chinese. */
export const TIER_ZH: Readonly<Record<Tier, string>> = { green: '绿', yellow: '黄', orange: '橙', red: '红' };

/**
 * Records, for every year the rules are in force:
 * - `district.tier`: value = legal ratio, limit = the yellow edge, headroom (万元 of legal
 *   debt) `yellow·C − L`: what brings the ratio to the yellow boundary; level by tier; a
 *   finding the year's swaps cause (the tier without the swap bonds is lower) says so;
 * - `district.debt-limit`: value = legal debt L, limit = total 债务限额 (swaps included),
 *   headroom `limit − L`; breach when `L` exceeds the limit (SPEC §1 at the line).
 */
export function districtLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = { kind: 'district', id: districtId } as const;
  years.forEach((year, i) => {
    const tierRule = tierRuleInForce(year, rules);
    if (tierRule) {
      const edges = tierEdges(tierRule);
      const value = d.legalRatio[i] ?? null;
      const tier = tierOf(value, edges);
      const level = tierLevel(tier, tierRule);
      const legal = at(d.legalDebt, i);
      const c = at(d.capacity, i);
      const without = tierLevel(tierOf(ratio(legal - at(d.swap.balance, i), c), edges), tierRule);
      const headroom = ceilingHeadroom(legal, c, edges.yellow);
      record(out, tierRule, {
        rule: 'district.tier', subject, year, value, limit: edges.yellow, level,
        headroom: headroom === null || value === null ? headroom : snapHeadroom(headroom, value, edges.yellow),
      }, () => `法定债务率（官方） ${pct(value ?? 0)}，处于${tier ? TIER_ZH[tier] : ''}档（黄档自 ${pct(edges.yellow)} 起）${swapNote(level, without)} / `
        + `Legal debt ratio (official) ${pct(value ?? 0)} is in the ${tier ?? ''} tier (yellow from ${pct(edges.yellow)})`);
    }
    const limitRule = ruleInForce('district.debt-limit', year, rules);
    if (limitRule) {
      const legal = at(d.legalDebt, i);
      const limit = at(d.debtLimit, i);
      record(out, limitRule, { rule: 'district.debt-limit', subject, year, value: legal, limit, headroom: snapHeadroom(limit - legal, legal, limit), level: exceeds(legal, limit) ? limitRule.level : 'ok' },
        () => `法定债务余额 ${wan(legal)} 万元，超过债务限额 ${wan(limit)} 万元 / Legal debt of ${wan(legal)} (10k yuan) exceeds the debt limit of ${wan(limit)}`);
    }
  });
}
