/**
 * `town.new-hidden-debt` (SPEC §6 "No new hidden debt"; 国发〔2014〕43号, 财预〔2017〕50号): any
 * new town borrowing with a share identified as hidden debt, in any district and year, is
 * a breach. Evaluated for towns with platform debt, every year in force: value = new hidden
 * debt `newHiddenShare × newBorrowing` (万元), limit 0, headroom `−value`.
 */
import { record, threshold } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { pct, wan } from '../rules/format.ts';
import type { Town } from '../model/scenario.ts';
import { ruleInForce } from '../rules/inForce.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { PlatformFlows } from './platformDebt.ts';

/** Records the rule for one town's platform debt. */
export function newHiddenDebtLimits(out: Collector, town: Town, p: PlatformFlows, years: readonly number[], rules: RuleOverrides): void {
  if (!town.platform) return;
  const share = town.platform.newHiddenShare ?? town.platform.hiddenShare;
  const subject = { kind: 'town', id: town.id } as const;
  years.forEach((year, i) => {
    const rule = ruleInForce('town.new-hidden-debt', year, rules);
    if (!rule) return;
    const line = threshold(rule);
    const value = at(p.newHidden, i);
    const f = at(p.newBorrowing, i);
    record(out, {
      rule: 'town.new-hidden-debt', version: rule, subject, year, value, limit: line, headroom: line - value,
      detail: () => [`新增平台融资 ${wan(f)} 万元，其中 ${pct(share)} 被认定为隐性债务：不得新增隐性债务`, `new platform borrowing of ${wan(f)} 万元, ${pct(share)} of it hidden debt: no new hidden debt is allowed`],
    });
  });
}
