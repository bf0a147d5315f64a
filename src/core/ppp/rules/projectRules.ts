/**
 * Project-level rules of SPEC §4.6 / §4.3 / §11, each keyed to the project's procurement year
 * (SPEC §1 "Dated rules"): performance link, guaranteed terms, the 2023 concession rule, the
 * 40-year term, SPV control, capital ratio and DSCR.
 */
import { ruleInForce } from '../../rules/inForce.ts';
import type { RuleId, RuleOverrides, RuleVersion } from '../../rules/types.ts';
import type { ProjectRun } from '../project.ts';
import { record, type RuleOutput, type Unit } from './record.ts';

interface Check {
  readonly value: number | null;
  readonly headroom: number | null;
  readonly broken: boolean;
  readonly unit: Unit;
}

type CheckFn = (r: ProjectRun, v: RuleVersion, threshold: number) => Check | null;

/** Σ K_n over the subsidy period: the construction subsidy a concession must not have. */
export function constructionSubsidyTotal(r: ProjectRun): number {
  let s = 0;
  for (const k of r.obligations.subsidyParts.construction) s += k;
  return s;
}

/** DSCR headroom in 万元: the CFADS reduction in the tightest debt-service year that keeps DSCR ≥ limit. */
export function dscrHeadroom(r: ProjectRun, limit: number): number | null {
  let h: number | null = null;
  const { cfads, debtService } = r.spv;
  for (let i = r.time.constructionYears; i < r.time.length; i++) {
    const ds = debtService[i] ?? 0;
    if (ds > 0) h = Math.min(h ?? Infinity, (cfads[i] ?? 0) - limit * ds);
  }
  return h;
}

/** Rule id → the check; `null` = not applicable to this project. Thresholds come from the rule table. */
export const PROJECT_CHECKS: Readonly<Partial<Record<RuleId, CheckFn>>> = {
  // ℓ_c < 0.3 (only where there is a construction part to link)
  'ppp.performance-link': (r, _v, thr) => {
    if (r.project.mechanism === 'user-pay') return null;
    const lc = r.project.performance.constructionLink;
    return { value: lc, headroom: lc - thr, broken: lc < thr, unit: 'share' };
  },
  'ppp.guaranteed-terms': (r) => {
    const n = r.project.guarantees.length;
    return { value: n, headroom: -n, broken: n > 0, unit: 'count' };
  },
  // not user-pay, or K_n > 0
  'ppp.concession-2023': (r) => {
    const k = constructionSubsidyTotal(r);
    return { value: k, headroom: -k, broken: r.project.mechanism !== 'user-pay' || k > 0, unit: 'wan' };
  },
  'ppp.term-40': (r, _v, thr) => ({ value: r.time.length, headroom: thr - r.time.length, broken: r.time.length > thr, unit: 'years' }),
  // ≥ 50% is broken: reaching the boundary crosses it
  'ppp.spv-control': (r, _v, thr) => {
    const s = r.project.governmentEquityShare;
    return { value: s, headroom: thr - s, broken: s >= thr, unit: 'share' };
  },
  'ppp.capital-ratio': (r, _v, thr) => {
    const c = r.project.capitalRatio;
    return { value: c, headroom: c - thr, broken: c < thr, unit: 'share' };
  },
  'ppp.dscr': (r, _v, thr) => {
    const m = r.metrics.minDscr;
    return { value: m, headroom: dscrHeadroom(r, thr), broken: m !== null && m < thr, unit: 'ratio' };
  },
};

/** Evaluates every project rule in force in each project's procurement year. */
export function projectRules(out: RuleOutput, runs: readonly ProjectRun[], overrides: RuleOverrides): void {
  for (const r of runs) {
    const year = r.project.procurementYear;
    for (const [rule, check] of Object.entries(PROJECT_CHECKS) as [RuleId, CheckFn | undefined][]) {
      if (!check) continue;
      const version = ruleInForce(rule, year, overrides);
      if (!version) continue;
      const c = check(r, version, version.threshold ?? 0);
      if (!c) continue;
      record(out, { rule, version, subject: { kind: 'ppp', id: r.project.id }, year, limit: version.threshold ?? 0, ...c });
    }
  }
}
