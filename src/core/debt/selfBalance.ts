/**
 * Special-bond self-balance 专项债收益与融资自求平衡 (SPEC §6, rule `bond.self-balance`):
 * per bond and year, `coverage = project revenue / bond debt service`, a warning below 1.2;
 * null when there is no debt service that year.
 */
import { wan } from '../rules/format.ts';
import { record, threshold } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { SpecialBond } from '../model/scenario.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { BondFlows } from './bonds.ts';
import { floorHeadroom } from '../rules/headroom.ts';
import { ratio } from './districtRatios.ts';

/** Coverage per year: `projectRevenue / debtService`, null when debt service ≤ 0. */
export function selfBalanceCoverage(f: BondFlows): (number | null)[] {
  return Array.from(f.debtService, (ds, i) => ratio(at(f.projectRevenue, i), ds));
}

/** The subject id of a bond: `<townId>/<bondId>` (bond ids are unique within a town). */
export function bondSubjectId(townId: string, bondId: string): string {
  return `${townId}/${bondId}`;
}

/**
 * Records `bond.self-balance` for every simulated year in which the bond is being repaid
 * (issueYear < year ≤ issueYear + tenor): value = coverage, limit = 1.2, headroom (万元 of
 * project revenue that may be lost) `revenue − 1.2·debtService`, null without debt service.
 */
export function selfBalanceLimits(out: Collector, townId: string, bond: SpecialBond, f: BondFlows, years: readonly number[], rules: RuleOverrides): void {
  const subject = { kind: 'bond', id: bondSubjectId(townId, bond.id) } as const;
  const coverage = selfBalanceCoverage(f);
  years.forEach((year, i) => {
    const k = year - bond.issueYear;
    if (k < 1 || k > bond.tenorYears) return;
    const rule = ruleInForce('bond.self-balance', year, rules);
    if (!rule) return;
    const floor = threshold(rule);
    const value = coverage[i] ?? null;
    const rev = at(f.projectRevenue, i);
    const ds = at(f.debtService, i);
    record(out, {
      rule: 'bond.self-balance', version: rule, subject, year, value, limit: floor, headroom: floorHeadroom(rev, ds, floor),
      detail: () => [`项目收益 ${wan(rev)} 万元，当年还本付息 ${wan(ds)} 万元`, `project revenue ${wan(rev)} 万元, debt service ${wan(ds)} 万元`],
    });
  });
}
