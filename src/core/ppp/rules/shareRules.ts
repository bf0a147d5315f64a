/**
 * Affordability rules (SPEC §4.6, §11): `ppp.share.10` and `ppp.share.7` for every level and
 * year (value in force that year), and `ppp.share.5.government-pay` for each government-pay
 * project, keyed to its procurement year and the paying level's share that year.
 */
import { ruleInForce } from '../../rules/inForce.ts';
import type { RuleOverrides, Subject } from '../../rules/types.ts';
import { CITY_LEVEL, type LevelAffordability } from '../affordability.ts';
import type { ProjectRun } from '../project.ts';
import { record, type Collector } from '../../rules/recorder.ts';

/**
 * Headroom of a share rule in 万元 (SPEC §6 "Headroom"): the extra obligation that keeps the
 * share within the limit, `limit·expenditure − obligations`; null when the share is undefined.
 */
export function shareHeadroom(limit: number, a: LevelAffordability, k: number): number | null {
  if (a.share[k] === null || a.share[k] === undefined) return null;
  return limit * (a.budgetExpenditure[k] ?? 0) - (a.obligations[k] ?? 0);
}

/** The subject a level's rules are reported on. */
export function levelSubject(level: string): Subject {
  return level === CITY_LEVEL ? { kind: 'city', id: CITY_LEVEL } : { kind: 'district', id: level };
}

const LEVEL_RULES = ['ppp.share.10', 'ppp.share.7'] as const;

/** `share > threshold` per level and simulated year; a rule not yet in force that year is not evaluated. */
export function levelShareRules(out: Collector, levels: readonly LevelAffordability[], startYear: number, overrides: RuleOverrides): void {
  for (const a of levels) {
    for (let k = 0; k < a.share.length; k++) {
      const year = startYear + k;
      for (const rule of LEVEL_RULES) {
        const version = ruleInForce(rule, year, overrides);
        if (!version || version.threshold === null) continue;
        record(out, {
          rule, version, subject: levelSubject(a.level), year, value: a.share[k] ?? null, limit: version.threshold,
          headroom: shareHeadroom(version.threshold, a, k),
        });
      }
    }
  }
}

/**
 * `ppp.share.5.government-pay`: a government-pay project procured in a year when its paying
 * level's share exceeds the threshold; a project ring-fenced 收支两条线 is exempt (SPEC §4.6). Only procurement years inside the simulated years can be
 * evaluated (the share of earlier years is unknown): other projects get no row.
 */
export function governmentPayShareRule(out: Collector, runs: readonly ProjectRun[], levels: readonly LevelAffordability[], startYear: number, overrides: RuleOverrides): void {
  const rule = 'ppp.share.5.government-pay';
  for (const r of runs) {
    const p = r.project;
    if (p.mechanism !== 'government-pay' || p.ringFenced) continue;
    const version = ruleInForce(rule, p.procurementYear, overrides);
    const a = levels.find((l) => l.level === p.payer.level);
    const k = p.procurementYear - startYear;
    if (!version || version.threshold === null || !a || k < 0 || k >= a.share.length) continue;
    record(out, {
      rule, version, subject: { kind: 'ppp', id: p.id }, year: p.procurementYear, value: a.share[k] ?? null, limit: version.threshold,
      headroom: shareHeadroom(version.threshold, a, k),
    });
  }
}
