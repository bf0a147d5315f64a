/**
 * Affordability rules (SPEC §4.6, §11): `ppp.share.10` and `ppp.share.7` for every level and
 * year (value in force that year), and `ppp.share.5.government-pay` for each government-pay
 * project, keyed to its procurement year and the paying level's share that year.
 */
import { ruleDef, ruleInForce } from '../../rules/inForce.ts';
import { inForceYears } from '../../rules/inForceYears.ts';
import type { RuleOverrides, Subject } from '../../rules/types.ts';
import { CITY_LEVEL, type LevelAffordability } from '../affordability.ts';
import type { ProjectRun } from '../project.ts';
import { record, recordFinding, recordRow, type Collector } from '../../rules/recorder.ts';

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

const SUBJECTS = new Map<string, Subject>();

/** `levelSubject`, one shared frozen object per level (rows are never written). */
function sharedSubject(level: string): Subject {
  let s = SUBJECTS.get(level);
  if (!s) SUBJECTS.set(level, (s = Object.freeze(levelSubject(level))));
  return s;
}

const LEVEL_RULES = ['ppp.share.10', 'ppp.share.7'] as const;

/** `share > threshold` per level and simulated year; a rule not yet in force that year is not evaluated. */
export function levelShareRules(out: Collector, levels: readonly LevelAffordability[], startYear: number, overrides: RuleOverrides): void {
  const defs = LEVEL_RULES.map(ruleDef);
  const n = levels[0]?.share.length ?? 0;
  const years = Array.from({ length: n }, (_, k) => startYear + k);
  // per rule, the version in force each year (memoised per overrides object and span of years)
  const inForce = LEVEL_RULES.map((rule) => inForceYears(rule, years, overrides));
  for (const a of levels) {
    const subject = sharedSubject(a.level);
    for (let k = 0; k < a.share.length; k++) {
      const year = startYear + k;
      for (let j = 0; j < LEVEL_RULES.length; j++) {
        const version = k < n ? inForce[j]![k] : ruleInForce(LEVEL_RULES[j]!, year, overrides);
        if (!version || version.threshold === null) continue;
        const def = defs[j]!;
        const row = recordRow(out, def, version, subject, year, a.share[k] ?? null, version.threshold, shareHeadroom(version.threshold, a, k));
        if (row.level !== 'ok' && out.quiet !== true) recordFinding(out, def, row, version.source);
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
