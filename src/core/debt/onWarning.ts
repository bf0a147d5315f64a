/**
 * Town financing while the district is on risk warning (SPEC §6 "Risk warning"): when the
 * composite ratio of year t (that year's flows included) is above the trigger (default 1.0),
 * new platform (LGFV) borrowing for a town is a breach (`district.platform-borrowing`,
 * 发改规划〔2017〕2084号) and new government borrowing for a town — its special bonds — is a
 * breach that may be overridden (`district.bonds-on-warning`, 国办发〔2020〕33号 "原则上不得").
 */
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { wan } from '../rules/format.ts';
import type { Town } from '../model/scenario.ts';
import { exceeds } from '../rules/atLine.ts';
import { DEBT_RULE } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides, Subject } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';
import { onWarningHeadroom } from '../rules/headroom.ts';
import type { TownDebt } from './townExposure.ts';

/** A town of the district with its debt. */
export interface TownWithDebt {
  readonly town: Town;
  readonly debt: TownDebt;
}

/**
 * Records both rules for each town of the district and each year in force, subject = the
 * town; value = the district's composite ratio, limit = the trigger τ; headroom in 万元 of the
 * town's new borrowing (see `onWarningHeadroom`): platform borrowing enters the composite
 * numerator at weight `h + c_r·(1 − h)` (h = the hidden share of new borrowing), bonds at 1.
 * Towns without platform debt (resp. without bonds) are not evaluated for that rule.
 */
export function onWarningLimits(
  out: Collector, years: readonly number[], d: DistrictDebtSeries, towns: readonly TownWithDebt[], rules: RuleOverrides,
): void {
  const subjects = towns.map(({ town }) => townSubject(town.id));
  const platformDef = DEBT_RULE['district.platform-borrowing'];
  const bondDef = DEBT_RULE['district.bonds-on-warning'];
  const platformRules = inForceYears('district.platform-borrowing', years, rules);
  const bondRules = inForceYears('district.bonds-on-warning', years, rules);
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const ratio = d.compositeRatio[i] ?? null;
    const n = at(d.compositeDebt, i);
    const c = at(d.capacity, i);
    const platformRule = platformRules[i] ?? null;
    const bondRule = bondRules[i] ?? null;
    for (let j = 0; j < towns.length; j++) {
      const { town, debt } = towns[j] as TownWithDebt;
      const subject = subjects[j] as Subject;
      if (platformRule && town.platform && debt.platform) {
        const tau = threshold(platformRule);
        const f = at(debt.platform.newBorrowing, i);
        const h = town.platform.newHiddenShare ?? town.platform.hiddenShare;
        const level = ratio !== null && exceeds(ratio, tau) && f > 0 ? platformRule.level : 'ok';
        const row = recordRow(out, platformDef, platformRule, subject, year, ratio, tau, onWarningHeadroom(f, h + d.conversion.platform * (1 - h), n, c, tau), level);
        if (row.level !== 'ok' && out.quiet !== true) {
          recordFinding(out, platformDef, row, platformRule.source, undefined, [
            `所在区综合债务率超过预警线（风险预警），小镇仍通过平台公司新增融资 ${wan(f)} 万元`,
            `new platform borrowing of ${wan(f)} 万元 for the town while its district's composite debt ratio is above the warning line`,
          ]);
        }
      }
      if (bondRule && town.bonds.length > 0) {
        const tau = threshold(bondRule);
        const f = at(debt.bonds.issued, i);
        const level = ratio !== null && exceeds(ratio, tau) && f > 0 ? bondRule.level : 'ok';
        const row = recordRow(out, bondDef, bondRule, subject, year, ratio, tau, onWarningHeadroom(f, 1, n, c, tau), level);
        if (row.level !== 'ok' && out.quiet !== true) {
          recordFinding(out, bondDef, row, bondRule.source, undefined, [
            `所在区综合债务率超过预警线（风险预警），原则上不得为小镇新增专项债 ${wan(f)} 万元`,
            `new special bonds of ${wan(f)} 万元 for the town while its district's composite debt ratio is above the warning line`,
          ]);
        }
      }
    }
  }
}
