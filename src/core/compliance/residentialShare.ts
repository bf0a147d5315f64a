/**
 * `town.residential-share` (SPEC §7, 国办发〔2020〕33号, 发改规划〔2021〕1383号): residential
 * land / construction land above 30% is a breach; above 25% up to 30% a warning (≤ 25%
 * encouraged). One rule id, two levels: the version's level above `threshold`, `warning`
 * above `params.warnAbove`.
 */
import type { Town } from '../model/scenario.ts';
import { ruleDef } from '../rules/inForce.ts';
import type { Level } from '../rules/types.ts';
import { shareCeilingHeadroom } from '../rules/headroom.ts';
import { exceeds } from '../rules/atLine.ts';
import { km2 } from '../rules/format.ts';
import { param, recordFinding, recordRow, threshold, townSubject } from '../rules/recorder.ts';
import type { Collector } from '../rules/recorder.ts';
import type { ComplianceContext } from './context.ts';
import type { TownFacts } from './townFacts.ts';

/**
 * Level of a share: `breachLevel` when above `cap` (超过30%), `warning` when above `warnAbove`
 * (25%以下 is encouraged, so 25% itself is fine), else ok; both lines judged at the line
 * (SPEC §1): exactly 30% is the warning band, exactly 25% is ok.
 */
export function residentialLevel(share: number | null, cap: number, warnAbove: number, breachLevel: Exclude<Level, 'ok'>): Level {
  if (share === null) return 'ok';
  if (exceeds(share, cap)) return breachLevel;
  return exceeds(share, warnAbove) ? 'warning' : 'ok';
}

const DEF = ruleDef('town.residential-share');

/**
 * Records the rule for every year the town exists: value = R / C (null when C ≤ 0),
 * limit = 30%, headroom in km² of residential land (which is also construction land)
 * `(0.3·C − R)/(1 − 0.3)`. R and C are the year's land (`facts`): reported where the
 * district reported it (SPEC §12), else the scenario's.
 */
export function residentialShareLimits(out: Collector, town: Town, facts: TownFacts, ctx: ComplianceContext): void {
  const subject = townSubject(town.id);
  const versions = ctx.inForce['town.residential-share'];
  for (let i = 0; i < facts.years.length; i++) {
    if (!facts.active[i]) continue;
    const rule = versions[i] ?? null;
    if (!rule) continue;
    const r = facts.residentialLandKm2[i] ?? 0;
    const c = facts.constructionLandKm2[i] ?? 0;
    const cap = threshold(rule);
    const warnAbove = param(rule, 'warnAbove');
    const share = c > 0 ? r / c : null;
    const level = residentialLevel(share, cap, warnAbove, rule.level);
    const row = recordRow(out, DEF, rule, subject, facts.years[i] ?? 0, share, cap, shareCeilingHeadroom(r, c, cap), level);
    if (row.level === 'ok' || out.quiet === true) continue; // a quiet run keeps no findings: no message to build
    const reported = facts.landReported[i] === true;
    recordFinding(out, DEF, row, rule.source, level === 'warning' ? warnAbove : cap, [
      `${reported ? '上报' : ''}住宅用地 ${km2(r)} 平方公里，建设用地 ${km2(c)} 平方公里${level === 'warning' ? '（鼓励值以内为宜）' : ''}`,
      `${reported ? 'reported ' : ''}residential land ${km2(r)} km² of ${km2(c)} km² construction land${level === 'warning' ? ' (the encouraged share is the lower line)' : ''}`,
    ]);
  }
}
