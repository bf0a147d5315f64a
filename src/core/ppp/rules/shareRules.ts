/**
 * Affordability rules (SPEC §4.6, §11): `ppp.share.10` and `ppp.share.7` for every level and
 * year (value in force that year), and `ppp.share.5.government-pay` for each government-pay
 * project, keyed to its procurement year and the paying level's share that year.
 */
import { ruleDef, ruleInForce } from '../../rules/inForce.ts';
import type { RuleOverrides, RuleVersion, Subject } from '../../rules/types.ts';
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

/** Per simulated year, per rule of `LEVEL_RULES`: the version in force with a threshold, else null. */
type YearVersions = readonly (readonly (RuleVersion | null)[])[];

const VERSIONS = new WeakMap<RuleOverrides, Map<string, YearVersions>>();

/** The versions of `LEVEL_RULES` in force each year, kept per overrides object (never mutated) and years. */
function yearVersions(overrides: RuleOverrides, startYear: number, count: number): YearVersions {
  let byYears = VERSIONS.get(overrides);
  if (!byYears) VERSIONS.set(overrides, (byYears = new Map()));
  const key = `${startYear}:${count}`;
  let v = byYears.get(key);
  if (!v) {
    v = Array.from({ length: count }, (_, k) => LEVEL_RULES.map((rule) => {
      const version = ruleInForce(rule, startYear + k, overrides);
      return version && version.threshold !== null ? version : null;
    }));
    byYears.set(key, v);
  }
  return v;
}

/** `share > threshold` per level and simulated year; a rule not yet in force that year is not evaluated. */
export function levelShareRules(out: Collector, levels: readonly LevelAffordability[], startYear: number, overrides: RuleOverrides): void {
  const defs = LEVEL_RULES.map(ruleDef);
  for (const a of levels) {
    const versions = yearVersions(overrides, startYear, a.share.length);
    const subject = sharedSubject(a.level);
    for (let k = 0; k < a.share.length; k++) {
      const year = startYear + k;
      const inForce = versions[k]!;
      for (let j = 0; j < LEVEL_RULES.length; j++) {
        const version = inForce[j];
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
