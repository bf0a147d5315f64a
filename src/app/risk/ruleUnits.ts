/**
 * How a finding's value and limit read (SPEC §4.6, §5–§7, §11): shares as percent, counts
 * as whole numbers, everything else (ratios, 万元/mu, multiples) as a plain 2-decimal
 * number. Headroom is in the unit of the restricted quantity (SPEC §6) and stays a plain number.
 */
import type { Unit } from '../format.ts';

const SHARE_RULES = new Set([
  'ppp.share.10', 'ppp.share.7', 'ppp.share.5.government-pay', 'ppp.performance-link', 'ppp.spv-control', 'ppp.capital-ratio',
  'fund.government-share', 'town.residential-share', 'town.specialty-share',
]);
const COUNT_RULES = new Set(['town.jobs', 'town.visitors', 'ppp.term-40']);

export function ruleValueUnit(rule: string): Unit {
  if (SHARE_RULES.has(rule)) return 'share';
  if (COUNT_RULES.has(rule)) return 'count';
  return 'ratio';
}
