/**
 * Limits by type (SPEC §6 "Legal debt by type", "Debt limit"): `district.debt-limit-general`
 * — 一般债务 above 一般债务限额, `district.debt-limit-special` — 专项债务 (towns' bonds and
 * swap bonds included) above 专项债务限额 (raised by swaps); each a breach. Evaluated only
 * when the scenario gives the debt by type (otherwise only the total limit is known).
 */
import { recordFinding, recordRow } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import { DEBT_RULE, debtSubject } from './rulesMemo.ts';
import { inForceYears } from '../rules/inForceYears.ts';
import type { RuleOverrides } from '../rules/types.ts';
import { at } from './arrays.ts';
import type { DistrictDebtSeries } from './districtRatios.ts';

const TYPES = [
  { rule: 'district.debt-limit-general', debt: 'generalDebt', limit: 'generalLimit', zh: '一般债务', en: 'General debt' },
  { rule: 'district.debt-limit-special', debt: 'specialDebt', limit: 'specialLimit', zh: '专项债务', en: 'Special debt' },
] as const;

/** Per type and year in force: value = balance, limit = its limit, headroom `limit − balance`; breach when the balance exceeds it (SPEC §1 at the line). */
export function typeLimits(out: Collector, districtId: string, years: readonly number[], d: DistrictDebtSeries, rules: RuleOverrides): void {
  const subject = debtSubject('district', districtId);
  for (const t of TYPES) {
    const limits = d[t.limit];
    if (!limits) continue;
    const def = DEBT_RULE[t.rule];
    const debts = d[t.debt];
    const inForceRules = inForceYears(t.rule, years, rules);
    for (let i = 0; i < years.length; i++) {
      const year = years[i] as number;
      const rule = inForceRules[i] ?? null;
      if (!rule) continue;
      const debt = at(debts, i);
      const limit = at(limits, i);
      const row = recordRow(out, def, rule, subject, year, debt, limit, limit - debt);
      if (row.level !== 'ok' && out.quiet !== true) recordFinding(out, def, row, rule.source, undefined, [`${t.zh}余额超过${t.zh}限额`, `${t.en} above its limit`]);
    }
  }
}
