/**
 * Special-bond self-balance 专项债收益与融资自求平衡 (SPEC §6 "Special bonds", rule
 * `bond.self-balance`): over the bond's life, Σ project net revenue / Σ debt service ≥ 1.2
 * *(practice)*, and the cumulative project cash balance never negative — a year whose cash
 * gap the budget pays (fiscal cost, `bondLife`) is a warning. A bullet bond whose life-time
 * revenue covers its service passes in its maturity year too.
 */
import { recordFinding, recordRow, threshold } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { wan } from '../rules/format.ts';
import type { SpecialBond } from '../model/scenario.ts';
import { exceeds, fallsShort, snapHeadroom } from '../rules/atLine.ts';
import { DEBT_RULE, debtSubject } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides, Subject } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { BondFlows } from './bonds.ts';
import type { BondLife } from './bondLife.ts';
import { floorHeadroom } from '../rules/headroom.ts';
import { ratio } from './districtRatios.ts';

/** Coverage per year (reported, not the rule): `projectRevenue / debtService`, null when debt service ≤ 0. */
export function selfBalanceCoverage(f: BondFlows): (number | null)[] {
  return Array.from(f.debtService, (ds, i) => ratio(at(f.projectRevenue, i), ds));
}

/** The subject id of a bond: `<townId>/<bondId>` (bond ids are unique within a town). */
export function bondSubjectId(townId: string, bondId: string): string {
  return `${townId}/${bondId}`;
}

/**
 * Records `bond.self-balance` for every simulated year in which the bond is being repaid
 * (issueYear < year ≤ issueYear + tenor): value = life-time coverage, limit = 1.2; a warning
 * when the coverage falls short (SPEC §1 at the line) or the budget pays a cash gap that
 * year. Headroom (万元 of project revenue that may be lost): life-time `Σrevenue − 1.2·Σservice`,
 * or, in a gap year, the smaller of that and `−support` (the revenue missing that year).
 */
export function selfBalanceLimits(out: Collector, townId: string, bond: SpecialBond, life: BondLife, years: readonly number[], rules: RuleOverrides): void {
  const def = DEBT_RULE['bond.self-balance'];
  let subject: Subject | null = null;
  const inForceRules = inForceYears('bond.self-balance', years, rules);
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const k = year - bond.issueYear;
    if (k < 1 || k > bond.tenorYears) continue;
    const rule = inForceRules[i] ?? null;
    if (!rule) continue;
    subject ??= debtSubject('bond', bondSubjectId(townId, bond.id));
    const floor = threshold(rule);
    const value = life.coverage;
    const support = at(life.support, i);
    const gap = exceeds(support, 0);
    const short = value !== null && fallsShort(value, floor);
    const lifeRoom = floorHeadroom(life.revenue, life.debtService, floor);
    const snapped = lifeRoom === null || value === null ? lifeRoom : snapHeadroom(lifeRoom, value, floor);
    const headroom = gap ? Math.min(snapped ?? -support, -support) : snapped;
    const row = recordRow(out, def, rule, subject, year, value, floor, headroom, short || gap ? rule.level : 'ok');
    if (row.level !== 'ok' && out.quiet !== true) {
      recordFinding(out, def, row, rule.source, undefined, gap
        ? [`项目累计现金余额不足，当年由预算补足 ${wan(support)} 万元（计入财政成本）`, `the project's cumulative cash falls short: the budget pays ${wan(support)} 万元 this year (fiscal cost)`]
        : [`存续期项目收益 ${wan(life.revenue)} 万元，还本付息 ${wan(life.debtService)} 万元`, `life-time project revenue ${wan(life.revenue)} 万元, debt service ${wan(life.debtService)} 万元`]);
    }
  }
}
