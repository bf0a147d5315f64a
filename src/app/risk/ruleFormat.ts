/**
 * How a rule reads in the risk view, from the rule table itself (SPEC §11; issue #11 "one
 * home for rules"): its short label and the display unit of its value and line, derived
 * from `ruleDef(id).unit` — shares as percent, counts and years as whole numbers, 万元 as
 * money, ratios, 万元/mu and km² as plain 2-decimal numbers. Headroom is in the unit of the
 * restricted quantity (SPEC §6) and stays a plain number.
 */
import { isRuleId, ruleDef } from '../../core/rules/inForce.ts';
import type { RuleUnit } from '../../core/rules/types.ts';
import { formatCount, formatRatio, formatShare, formatValue, formatWan, type Unit } from '../format.ts';
import type { Lang } from '../i18n.ts';

const DISPLAY: Readonly<Record<RuleUnit, Unit>> = {
  share: 'share', ratio: 'ratio', wan: 'wan', wanPerMu: 'ratio', km2: 'ratio', years: 'count', count: 'count', flag: 'ratio',
};

/** The display unit of a rule's value and limit; a rule id the table does not know (a result from another engine) reads as a plain ratio. */
export function ruleDisplayUnit(rule: string): Unit {
  return isRuleId(rule) ? DISPLAY[ruleDef(rule).unit] : 'ratio';
}

/** A rule's short label in `lang` (the rule table's `label`), or its id when the table does not know it. */
export function ruleLabel(rule: string, lang: Lang): string {
  if (!isRuleId(rule)) return rule;
  const l = ruleDef(rule).label;
  return lang === 'zh' ? l.zh : l.en;
}

/**
 * A rule's headroom with its unit (SPEC §6 "Headroom": in the unit of the restricted
 * quantity, `ruleDef(id).headroomUnit`, default the rule's own unit): `1.20 亿元`, `3.00%`,
 * `0.40 km²`. A rule the table does not know reads as a plain number.
 */
export function formatHeadroom(v: number | null, rule: string, lang: Lang): string {
  if (v === null || !Number.isFinite(v)) return '—';
  if (!isRuleId(rule)) return formatRatio(v);
  const def = ruleDef(rule);
  switch (def.headroomUnit ?? def.unit) {
    case 'wan': return formatWan(v);
    case 'share': return formatShare(v);
    case 'count': return formatCount(v);
    case 'years': return `${formatCount(v)} ${lang === 'zh' ? '年' : 'years'}`;
    case 'km2': return `${formatRatio(v)} km²`;
    case 'wanPerMu': return `${formatRatio(v)} ${lang === 'zh' ? '万元/亩' : '万元/mu'}`;
    default: return formatRatio(v);
  }
}

/** True when a rule's headroom is money (万元), so headrooms of different rules can be ranked together. */
export function headroomInWan(rule: string): boolean {
  if (!isRuleId(rule)) return false;
  const def = ruleDef(rule);
  return (def.headroomUnit ?? def.unit) === 'wan';
}

/**
 * A rule's value or limit as every table of the dashboard shows it (issue #15 "ratios shown
 * the same way everywhere"): a debt ratio (a `ratio` rule of a district, by the rule table)
 * in percent with one decimal (1.135 → `113.5%`), anything else in the rule's display unit.
 */
export function lineValue(v: number | null, rule: string, lang: Lang): string {
  if (isRuleId(rule) && ruleDef(rule).unit === 'ratio' && ruleDef(rule).subjects.includes('district')) return formatShare(v, 1);
  return formatValue(v, ruleDisplayUnit(rule), lang);
}
