/**
 * District limits (SPEC §6, §11): `district.tier` — the legal ratio's tier (official), yellow a
 * warning, orange and red a breach; `district.debt-limit` — legal debt above the total
 * 债务限额 is a breach. (By type: `typeLimits.ts`; the broad ratio's practice tier:
 * `tierBroad.ts`.)
 */
import { recordFinding, recordRow } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { Tier } from '../result.ts';
import { DEBT_RULE, debtSubject, tierInForce } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import { ratio } from './districtRatios.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import { swapNote } from './swapNote.ts';
import { tierLevel, tierOf } from './tiers.ts';

/** Tier words, Chinese and English. */
export const TIER_WORDS: Readonly<Record<Tier, readonly [string, string]>> = {
  green: ['绿档', 'green tier'], yellow: ['黄档', 'yellow tier'], orange: ['橙档', 'orange tier'], red: ['红档', 'red tier'],
};

/**
 * Records, for every year the rules are in force:
 * - `district.tier`: value = legal ratio, limit = the yellow edge, headroom (万元 of legal
 *   debt) `yellow·C − L`: what brings the ratio to the yellow boundary; level by tier; a
 *   finding the year's swaps cause (the tier without the swap bonds is lower) says so;
 * - `district.debt-limit`: value = legal debt L, limit = total 债务限额 (swaps included),
 *   headroom `limit − L`; breach when `L` exceeds the limit (SPEC §1 at the line).
 */
export function districtLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = debtSubject('district', districtId);
  const tierDef = DEBT_RULE['district.tier'];
  const limitDef = DEBT_RULE['district.debt-limit'];
  const tierRules = tierInForce(years, rules, 'district.tier');
  const limitRules = inForceYears('district.debt-limit', years, rules);
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const inForceTier = tierRules[i] ?? null;
    if (inForceTier) {
      const { version: tierRule, edges } = inForceTier;
      const value = d.legalRatio[i] ?? null;
      const tier = tierOf(value, edges);
      const level = tierLevel(tier, tierRule);
      const legal = at(d.legalDebt, i);
      const c = at(d.capacity, i);
      const row = recordRow(out, tierDef, tierRule, subject, year, value, edges.yellow, ceilingHeadroom(legal, c, edges.yellow), level);
      if (row.level !== 'ok' && out.quiet !== true) {
        const without = tierLevel(tierOf(ratio(legal - at(d.swap.balance, i), c), edges), tierRule);
        const line = tier === 'red' ? edges.red : tier === 'orange' ? edges.orange : edges.yellow;
        const note = swapNote(level, without);
        recordFinding(out, tierDef, row, tierRule.source, line,
          tier ? [`处于${TIER_WORDS[tier][0]}${note}`, `in the ${TIER_WORDS[tier][1]}${note ? ' (caused by the hidden-debt swap)' : ''}`] : ['', '']);
      }
    }
    const limitRule = limitRules[i] ?? null;
    if (limitRule) {
      const legal = at(d.legalDebt, i);
      const limit = at(d.debtLimit, i);
      const row = recordRow(out, limitDef, limitRule, subject, year, legal, limit, limit - legal);
      if (row.level !== 'ok' && out.quiet !== true) recordFinding(out, limitDef, row, limitRule.source);
    }
  }
}
