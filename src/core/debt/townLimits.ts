/**
 * Town debt limits (SPEC §6 "Town limit", §11): `town.exposure-cap` — exposure / gross
 * fiscal revenue above the cap (default 2.0) is a breach; `town.revenue-nonpositive` — a
 * year with exposure while revenue ≤ 0 (ratio undefined) is a warning.
 */
import { record, threshold } from '../compliance/record.ts';
import type { Collector } from '../compliance/record.ts';
import { times, wan } from '../compliance/format.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import { ceilingHeadroom } from './headroom.ts';
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
      const level = ratio !== null && ratio > limit ? cap.level : 'ok';
      record(out, cap, { rule: 'town.exposure-cap', subject, year, value: ratio, limit, headroom: ceilingHeadroom(total, r, limit), level },
        () => `小镇债务敞口 ${wan(total)} 万元，为财政收入的 ${times(ratio ?? 0)} 倍，超过上限 ${times(limit)} 倍 / `
          + `Town exposure of ${wan(total)} (10k yuan) is ${times(ratio ?? 0)}× its revenue, above the cap of ${times(limit)}×`);
    }
    const nonPos = ruleInForce('town.revenue-nonpositive', year, rules);
    if (nonPos && r <= threshold(nonPos)) {
      const level = total > 0 ? nonPos.level : 'ok';
      record(out, nonPos, { rule: 'town.revenue-nonpositive', subject, year, value: total, limit: 0, headroom: -total, level },
        () => `小镇财政收入 ${wan(r)} 万元不为正，债务敞口 ${wan(total)} 万元无法计算敞口率 / `
          + `Town revenue of ${wan(r)} (10k yuan) is not positive while exposure is ${wan(total)}: the exposure ratio is undefined`);
    }
  });
}
