/**
 * Reward-program rules (SPEC §3, §11): `reward.tax-linked-enterprise` — a tax-linked reward,
 * the `revenue-return` 新增财政收入返还, paid to enterprises falls under fair-competition review
 * (公平竞争审查条例, 2024): a warning. Keyed by the simulated year; the subject is the program
 * (`program`), since the finding is about the program's design, not a town's conduct.
 */
import { exceeds } from '../rules/atLine.ts';
import { wan } from '../rules/format.ts';
import { ruleInForce } from '../rules/inForce.ts';
import { collector, record, type Collector } from '../rules/recorder.ts';
import type { RuleOverrides } from '../rules/types.ts';
import type { ProgramFlows } from '../result.ts';
import type { RewardProgram } from './types.ts';

/** What the rule reads of each town's reward result. */
export interface TownPayments {
  readonly rewards: { readonly byProgram: Readonly<Record<string, ProgramFlows>> };
}

/** The program's payments per year, summed over towns (own keys only: ids are user keys). */
export function programPaid(id: string, towns: readonly TownPayments[], n: number): Float64Array {
  const out = new Float64Array(n);
  for (const t of towns) {
    const f = Object.hasOwn(t.rewards.byProgram, id) ? t.rewards.byProgram[id] : undefined;
    if (f) for (let k = 0; k < n; k++) out[k] = (out[k] ?? 0) + (f.paid[k] ?? 0);
  }
  return out;
}

/**
 * Records the rule for every revenue-return program and simulated year in force: value = the
 * amount paid to enterprises that year (0 for a district or operator recipient), limit 0,
 * headroom its negative; a warning when above 0.
 */
export function rewardRules(
  programs: readonly RewardProgram[], towns: readonly TownPayments[], years: readonly number[], overrides: RuleOverrides, out: Collector = collector(),
): Collector {
  const rule = 'reward.tax-linked-enterprise';
  for (const p of programs) {
    if (p.kind !== 'revenue-return') continue;
    const paid = programPaid(p.id, towns, years.length);
    years.forEach((year, k) => {
      const version = ruleInForce(rule, year, overrides);
      if (!version) return;
      const value = p.recipient === 'enterprise' ? paid[k] ?? 0 : 0;
      record(out, {
        rule, version, subject: { kind: 'program', id: p.id }, year, value, limit: 0, headroom: -value,
        level: exceeds(value, 0) ? version.level : 'ok',
        detail: () => [`新增财政收入返还支付给企业 ${wan(value)} 万元`, `revenue return of ${wan(value)} 万元 paid to enterprises`],
      });
    });
  }
  return out;
}
