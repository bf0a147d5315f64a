/**
 * `town.area` (SPEC §7, 发改规划〔2021〕1383号): planned area within `[min, max]` km²
 * (default 1–5); culture, tourism and agriculture towns may exceed the maximum. Sport towns
 * are also exempt in the guideline, but the scenario has no `sport` theme: a sport town
 * gets the exemption only when entered as `tourism` (体育旅游) — see docs/decisions.md.
 */
import type { Theme, Town } from '../model/scenario.ts';
import { ruleDef } from '../rules/inForce.ts';
import type { RuleOverrides, RuleVersion } from '../rules/types.ts';
import { fallsShort, exceeds } from '../rules/atLine.ts';
import { km2 } from '../rules/format.ts';
import { param, recordFinding, recordRow, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { ComplianceContext } from './context.ts';
import type { TownFacts } from './townFacts.ts';

/** Themes allowed to exceed the maximum area (guideline: 文旅、体育、农业类). */
export const AREA_EXEMPT_THEMES: readonly Theme[] = ['culture', 'tourism', 'agriculture'];

const DEF = ruleDef('town.area');

/** The bound an area check binds on and its headroom in km². */
export interface AreaCheck {
  readonly limit: number;
  readonly headroom: number;
  readonly outside: boolean;
}

/**
 * Area `A` against `[min, max]`: below min → limit = min, headroom `A − min` (< 0: the
 * increase needed, a ≥ bound); exempt themes → limit = min, headroom `A − min` (the
 * decrease allowed); otherwise limit = max, headroom `max − A` (the increase allowed,
 * < 0 above max). Outside when `A < min` or (not exempt and) `A > max`; both bounds are
 * inside the range ("1–5平方公里"), judged at the line (SPEC §1).
 */
export function areaCheck(area: number, min: number, max: number, exempt: boolean): AreaCheck {
  const below = fallsShort(area, min);
  if (below || exempt) return { limit: min, headroom: area - min, outside: below };
  return { limit: max, headroom: max - area, outside: exceeds(area, max) };
}

/** The maximum area: `params.max`, or an overridden `threshold` when the scenario sets that and not `params.max` (the threshold is the maximum). */
function maxArea(rule: RuleVersion, rules: RuleOverrides): number {
  const o = Object.hasOwn(rules, 'town.area') ? rules['town.area'] : undefined;
  return o?.threshold !== undefined && o.params?.max === undefined ? o.threshold : param(rule, 'max');
}

/**
 * Records `town.area` for every year the town exists (creation year on) and the rule is in
 * force. The area is one figure per town: the check is worked out once per rule version.
 */
export function areaLimits(out: Collector, town: Town, facts: TownFacts, ctx: ComplianceContext): void {
  const area = town.land.plannedAreaKm2;
  const exempt = AREA_EXEMPT_THEMES.includes(town.theme);
  const subject = townSubject(town.id);
  const versions = ctx.inForce['town.area'];
  let seen: RuleVersion | null = null;
  let min = 0;
  let max = 0;
  let c: AreaCheck = { limit: 0, headroom: 0, outside: false };
  for (let i = 0; i < facts.years.length; i++) {
    if (!facts.active[i]) continue;
    const rule = versions[i] ?? null;
    if (!rule) continue;
    if (rule !== seen) {
      seen = rule;
      min = param(rule, 'min');
      max = maxArea(rule, ctx.rules);
      c = areaCheck(area, min, max, exempt);
    }
    const row = recordRow(out, DEF, rule, subject, facts.years[i] ?? 0, area, c.limit, c.headroom, c.outside ? rule.level : 'ok');
    if (row.level === 'ok' || out.quiet === true) continue; // a quiet run keeps no findings: no message to build
    recordFinding(out, DEF, row, rule.source, undefined, [
      `规划面积应在 ${km2(min)}–${km2(max)} 平方公里之间${exempt ? '（主题可突破上限，但不得低于下限）' : ''}`,
      `the planned area must be within ${km2(min)}–${km2(max)} km²${exempt ? ' (its theme may exceed the maximum, not go below the minimum)' : ''}`,
    ]);
  }
}
