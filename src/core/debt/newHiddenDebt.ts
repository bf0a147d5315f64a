/**
 * `town.new-hidden-debt` (SPEC §6 "No new hidden debt"; 国发〔2014〕43号, 财预〔2017〕50号): any
 * new town borrowing with a share identified as hidden debt, in any district and year, is
 * a breach. Evaluated for towns with platform debt, every year in force: value = new hidden
 * debt `newHiddenShare × newBorrowing` (万元), limit 0, headroom `−value`.
 */
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { pct, wan } from '../rules/format.ts';
import type { Town } from '../model/scenario.ts';
import { DEBT_RULE } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { PlatformFlows } from './platformDebt.ts';

/** Records the rule for one town's platform debt. */
export function newHiddenDebtLimits(out: Collector, town: Town, p: PlatformFlows, years: readonly number[], rules: RuleOverrides): void {
  if (!town.platform) return;
  const share = town.platform.newHiddenShare ?? town.platform.hiddenShare;
  const subject = townSubject(town.id);
  const def = DEBT_RULE['town.new-hidden-debt'];
  const inForceRules = inForceYears('town.new-hidden-debt', years, rules);
  for (let i = 0; i < years.length; i++) {
    const year = years[i] as number;
    const rule = inForceRules[i] ?? null;
    if (!rule) continue;
    const line = threshold(rule);
    const value = at(p.newHidden, i);
    const row = recordRow(out, def, rule, subject, year, value, line, line - value);
    if (row.level !== 'ok' && out.quiet !== true) {
      const f = at(p.newBorrowing, i);
      recordFinding(out, def, row, rule.source, undefined, [
        `新增平台融资 ${wan(f)} 万元，其中 ${pct(share)} 被认定为隐性债务：不得新增隐性债务`,
        `new platform borrowing of ${wan(f)} 万元, ${pct(share)} of it hidden debt: no new hidden debt is allowed`,
      ]);
    }
  }
}
