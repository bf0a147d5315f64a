/**
 * `town.residential-share` (SPEC §7, 国办发〔2020〕33号, 发改规划〔2021〕1383号): residential
 * land / construction land above 30% is a breach; above 25% up to 30% a warning (≤ 25%
 * encouraged). One rule id, two levels: the version's level above `threshold`, `warning`
 * above `params.warnAbove`.
 */
import type { Town } from '../model/scenario.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { Level, RuleOverrides } from '../rules/types.ts';
import { shareCeilingHeadroom } from '../debt/headroom.ts';
import { km2, pct } from './format.ts';
import { param, record, threshold, townSubject } from './record.ts';
import type { Collector } from './record.ts';
import type { TownFacts } from './townFacts.ts';

/** Level of a share: `breachLevel` when `> cap`, `warning` when `> warnAbove`, else ok. */
export function residentialLevel(share: number | null, cap: number, warnAbove: number, breachLevel: Exclude<Level, 'ok'>): Level {
  if (share === null) return 'ok';
  if (share > cap) return breachLevel;
  return share > warnAbove ? 'warning' : 'ok';
}

/**
 * Records the rule for every year the town exists: value = R / C (null when C ≤ 0),
 * limit = 30%, headroom in km² of residential land (which is also construction land)
 * `(0.3·C − R)/(1 − 0.3)`.
 */
export function residentialShareLimits(out: Collector, town: Town, facts: TownFacts, rules: RuleOverrides): void {
  const { residentialLandKm2: r, constructionLandKm2: c } = town.land;
  const share = c > 0 ? r / c : null;
  facts.years.forEach((year, i) => {
    if (!facts.active[i]) return;
    const rule = ruleInForce('town.residential-share', year, rules);
    if (!rule) return;
    const cap = threshold(rule);
    const warnAbove = param(rule, 'warnAbove');
    const level = residentialLevel(share, cap, warnAbove, rule.level);
    record(out, rule, {
      rule: 'town.residential-share', subject: townSubject(town.id), year, value: share, limit: cap,
      headroom: shareCeilingHeadroom(r, c, cap), level,
    }, () => `住宅用地 ${km2(r)} 平方公里，占建设用地的 ${pct(share ?? 0)}，${level === 'warning' ? `高于鼓励值 ${pct(warnAbove)}` : `超过 ${pct(cap)}`} / `
      + `Residential land of ${km2(r)} km² is ${pct(share ?? 0)} of construction land, ${level === 'warning' ? `above the encouraged ${pct(warnAbove)}` : `above ${pct(cap)}`}`);
  });
}
