/**
 * `district.tier-broad` (SPEC §6 "Risk tiers", §11): the tier of the broad ratio (legal +
 * hidden) / 综合财力 on the legal ratio's edges — the commission's practice line, not
 * regulation: every tier above green is a warning, and its message says it is practice.
 */
import { recordFinding, recordRow } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { snapHeadroom } from '../rules/atLine.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { TIER_WORDS } from './districtLimits.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import { tierLevel, tierOf } from './tiers.ts';
import { DEBT_RULE, debtSubject, tierInForce } from './rulesMemo.ts';

/**
 * Per year in force: value = broad ratio, limit = the yellow edge, headroom (万元 of legal or
 * hidden debt) `yellow·C − (L + H)`; level: the version's (warning) for any tier above green.
 */
export function tierBroadLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = debtSubject('district', districtId);
  const def = DEBT_RULE['district.tier-broad'];
  const tierRules = tierInForce(years, rules, 'district.tier-broad');
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const inForceTier = tierRules[i] ?? null;
    if (!inForceTier) continue;
    const { version: rule, edges } = inForceTier;
    const value = d.broadRatio[i] ?? null;
    const tier = tierOf(value, edges);
    const headroom = ceilingHeadroom(at(d.broadDebt, i), at(d.capacity, i), edges.yellow);
    const snapped = headroom === null || value === null ? headroom : snapHeadroom(headroom, value, edges.yellow);
    const row = recordRow(out, def, rule, subject, year, value, edges.yellow, snapped, tierLevel(tier, rule, true));
    if (row.level !== 'ok' && out.quiet !== true) {
      const line = tier === 'red' ? edges.red : tier === 'orange' ? edges.orange : edges.yellow;
      recordFinding(out, def, row, rule.source, line, tier ? [`处于${TIER_WORDS[tier][0]}（实践口径，非法规）`, `in the ${TIER_WORDS[tier][1]} (practice line, not regulation)`] : ['', '']);
    }
  }
}
