/**
 * Town debt limits (SPEC §6 "Town limit", §11): `town.exposure-cap` — exposure / gross
 * fiscal revenue above the cap (default 2.0) is a breach; `town.revenue-nonpositive` — a
 * year with exposure while revenue ≤ 0 (ratio undefined) is a warning.
 */
import { exceeds } from '../rules/atLine.ts';
import { wan } from '../rules/format.ts';
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { DEBT_RULE } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
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
  const subject = townSubject(townId);
  const capDef = DEBT_RULE['town.exposure-cap'];
  const nonPosDef = DEBT_RULE['town.revenue-nonpositive'];
  const capRules = inForceYears('town.exposure-cap', years, rules);
  const nonPosRules = inForceYears('town.revenue-nonpositive', years, rules);
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const total = at(exposure.total, i);
    const r = at(revenue, i);
    const cap = capRules[i] ?? null;
    if (cap) {
      const limit = threshold(cap);
      const row = recordRow(out, capDef, cap, subject, year, exposure.ratio[i] ?? null, limit, ceilingHeadroom(total, r, limit));
      if (row.level !== 'ok' && out.quiet !== true) {
        recordFinding(out, capDef, row, cap.source, undefined, [`债务敞口 ${wan(total)} 万元，财政收入 ${wan(r)} 万元`, `exposure ${wan(total)} 万元, revenue ${wan(r)} 万元`]);
      }
    }
    const nonPos = nonPosRules[i] ?? null;
    if (nonPos && !exceeds(r, threshold(nonPos))) {
      const level = exceeds(total, 0) ? nonPos.level : 'ok';
      const row = recordRow(out, nonPosDef, nonPos, subject, year, total, 0, -total, level);
      if (row.level !== 'ok' && out.quiet !== true) {
        recordFinding(out, nonPosDef, row, nonPos.source, undefined, [
          `财政收入 ${wan(r)} 万元不为正，债务敞口 ${wan(total)} 万元无法计算敞口率`,
          `revenue of ${wan(r)} 万元 is not positive while exposure is ${wan(total)} 万元: the exposure ratio is undefined`,
        ]);
      }
    }
  }
}
