/**
 * `town.new-hidden-debt` (SPEC §6 "No new hidden debt"; 国发〔2014〕43号, 财预〔2017〕50号): any
 * new town borrowing with a share identified as hidden debt, in any district and year, is
 * a breach. Evaluated for towns with platform debt, every year in force: value = new hidden
 * debt `newHiddenShare × newBorrowing` (万元), limit 0, headroom `−value`.
 */
import { record, threshold } from '../compliance/record.ts';
import type { Collector } from '../compliance/record.ts';
import { pct, wan } from '../compliance/format.ts';
import type { Town } from '../model/scenario.ts';
import { exceeds } from '../rules/atLine.ts';
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
    record(out, rule, { rule: 'town.new-hidden-debt', subject, year, value, limit: line, headroom: line - value, level: exceeds(value, line) ? rule.level : 'ok' },
      () => `小镇新增平台融资 ${wan(f)} 万元，其中 ${pct(share)}（${wan(value)} 万元）被认定为隐性债务：不得新增隐性债务 / `
        + `New platform borrowing of ${wan(f)} (10k yuan) for the town, ${pct(share)} of it (${wan(value)}) hidden debt: no new hidden debt is allowed`);
  });
}
