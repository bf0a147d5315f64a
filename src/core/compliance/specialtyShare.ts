/**
 * `town.specialty-share` (SPEC §7, 发改规划〔2021〕1383号): cumulative specialty-industry
 * investment / cumulative total investment (plan, from creation) below 60% is a warning.
 */
import type { Town } from '../model/scenario.ts';
import { ruleDef } from '../rules/inForce.ts';
import { shareFloorHeadroom } from '../rules/headroom.ts';
import { wan } from '../rules/format.ts';
import { recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { ComplianceContext } from './context.ts';
import type { TownFacts } from './townFacts.ts';

const DEF = ruleDef('town.specialty-share');

/**
 * Records the rule for every year the town exists: value = S / T (null when T ≤ 0),
 * limit = 60%, headroom in 万元 of specialty investment (also part of the total) that may be
 * lost: `(S − 0.6·T)/(1 − 0.6)`; negative: the specialty investment missing.
 */
export function specialtyShareLimits(out: Collector, town: Town, facts: TownFacts, ctx: ComplianceContext): void {
  const subject = townSubject(town.id);
  const versions = ctx.inForce['town.specialty-share'];
  for (let i = 0; i < facts.years.length; i++) {
    if (!facts.active[i]) continue;
    const rule = versions[i] ?? null;
    if (!rule) continue;
    const floor = threshold(rule);
    const s = facts.specialtyToDate[i] ?? 0;
    const t = facts.planTotalToDate[i] ?? 0;
    const share = t > 0 ? s / t : null;
    const row = recordRow(out, DEF, rule, subject, facts.years[i] ?? 0, share, floor, shareFloorHeadroom(s, t, floor));
    if (row.level === 'ok' || out.quiet === true) continue; // a quiet run keeps no findings: no message to build
    recordFinding(out, DEF, row, rule.source, undefined,
      [`累计特色产业投资 ${wan(s)} 万元，累计总投资 ${wan(t)} 万元`, `cumulative specialty investment ${wan(s)} 万元 of ${wan(t)} 万元 in total`]);
  }
}
