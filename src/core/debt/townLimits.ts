/**
 * Town debt limits (SPEC §6 "Town limit", §11): `town.exposure-cap` — exposure / gross
 * fiscal revenue above the cap (default 2.0) is a breach; `town.revenue-nonpositive` — a
 * year with exposure while revenue ≤ 0 (ratio undefined) is a warning.
 */
import { exceeds } from '../rules/atLine.ts';
import { wan } from '../rules/format.ts';
import { record, threshold } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import { ceilingHeadroom } from '../rules/headroom.ts';
import type { TownExposureSeries } from './townExposure.ts';

/**
 * Records both rules for every simulated year of one town.
 * - `town.exposure-cap`: value = ratio, limit = cap, headroom (万元 of exposure) `cap·revenue − total`
 *   (null when revenue ≤ 0); breached when `ratio > cap`.
 * - `town.revenue-nonpositive`: evaluated in years with `revenue ≤ threshold` (0); value = total
 *   exposure, limit = 0, headroom `−total`; a warning when `total > 0`.
 */
export function townExposureLimits(
  out: Collector, townId: string, years: readonly number[], exposure: TownExposureSeries,
  revenue: ArrayLike<number>, rules: RuleOverrides,
): void {
  const subject = { kind: 'town', id: townId } as const;
  years.forEach((year, i) => {
    const total = at(exposure.total, i);
    const r = at(revenue, i);
    const cap = ruleInForce('town.exposure-cap', year, rules);
    if (cap) {
      const limit = threshold(cap);
      const ratio = exposure.ratio[i] ?? null;
      record(out, {
        rule: 'town.exposure-cap', version: cap, subject, year, value: ratio, limit, headroom: ceilingHeadroom(total, r, limit),
        detail: () => [`债务敞口 ${wan(total)} 万元，财政收入 ${wan(r)} 万元`, `exposure ${wan(total)} 万元, revenue ${wan(r)} 万元`],
      });
    }
    const nonPos = ruleInForce('town.revenue-nonpositive', year, rules);
    if (nonPos && !exceeds(r, threshold(nonPos))) {
      const level = exceeds(total, 0) ? nonPos.level : 'ok';
      record(out, {
        rule: 'town.revenue-nonpositive', version: nonPos, subject, year, value: total, limit: 0, headroom: -total, level,
        detail: () => [`财政收入 ${wan(r)} 万元不为正，债务敞口 ${wan(total)} 万元无法计算敞口率`, `revenue of ${wan(r)} 万元 is not positive while exposure is ${wan(total)} 万元: the exposure ratio is undefined`],
      });
    }
  });
}
