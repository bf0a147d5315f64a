/**
 * Project-level rules of SPEC §4.4 / §4.6 / §4.3 / §11, each keyed to the project's
 * procurement year (SPEC §1 "Dated rules"): value for money, performance link, guaranteed
 * terms, the new mechanism's concession rule, the 40-year term, SPV control (old mechanism),
 * capital ratio, DSCR and the budget that pays operating subsidies. Lines are judged by the
 * table's comparison through the shared recorder (SPEC §1 "At the line").
 */
import { exceeds } from '../../rules/atLine.ts';
import { wan } from '../../rules/format.ts';
import { ruleInForce } from '../../rules/inForce.ts';
import { record, type Collector } from '../../rules/recorder.ts';
import type { Level, RuleId, RuleOverrides, RuleVersion } from '../../rules/types.ts';
import type { ProjectRun } from '../project.ts';

/** One project rule evaluated: the row's figures; `level` only for rules with their own test (flags). */
export interface Check {
  readonly value: number | null;
  /** The line; default the version's threshold. */
  readonly limit?: number | null;
  readonly headroom: number | null;
  readonly level?: Level;
  readonly detail?: () => readonly [string, string];
}

/** A project check: the row's figures for a run, or null when the rule does not apply to it. */
export type CheckFn = (r: ProjectRun, v: RuleVersion, threshold: number) => Check | null;

/** Σ K_n over the subsidy period: the construction subsidy a concession must not have. */
export function constructionSubsidyTotal(r: ProjectRun): number {
  let s = 0;
  for (const k of r.obligations.subsidyParts.construction) s += k;
  return s;
}

/** Σ S_n, the operating subsidy paid over the project's life. */
function operatingSubsidyTotal(r: ProjectRun): number {
  let s = 0;
  for (const x of r.obligations.operatingSubsidy) s += x;
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

/** A flag rule's level: the version's when `broken`. */
const flag = (broken: boolean, v: RuleVersion): Level => (broken ? v.level : 'ok');

const BUDGET_WORDS = { general: ['一般公共预算', 'general budget'], fund: ['政府性基金预算', 'government-fund budget'], 'state-capital': ['国有资本经营预算', 'state-capital budget'] } as const;

/** Rule id → the check; `null` = not applicable to this project. Thresholds come from the rule table. */
export const PROJECT_CHECKS: Readonly<Partial<Record<RuleId, CheckFn>>> = {
  // SPEC §4.4: PPP value > PSC fails (VfM < 0); value = PPP value, line = the project's PSC, headroom VfM in 万元
  'ppp.vfm': (r) => ({
    value: r.vfm.pppValue, limit: r.vfm.psc, headroom: r.vfm.value,
    detail: () => [`物有所值量值 ${wan(r.vfm.value)} 万元`, `VfM ${wan(r.vfm.value)} 万元`],
  }),
  // ℓ_c < 0.3 (only where there is a construction part to link)
  'ppp.performance-link': (r, _v, thr) => {
    if (r.project.mechanism === 'user-pay') return null;
    const lc = r.project.performance.constructionLink;
    return { value: lc, headroom: lc - thr };
  },
  'ppp.guaranteed-terms': (r, v) => {
    const n = r.project.guarantees.length;
    return { value: n, limit: 0, headroom: -n, level: flag(n > 0, v), detail: () => [`${n} 项固定回报、保底或回购条款`, `${n} fixed-return, floor or buy-back terms`] };
  },
  // new mechanism only (SPEC §4.6 "Mechanism"): not user-pay, or K_n > 0; construction support is not K_n
  'ppp.concession-2023': (r, v) => {
    if (r.project.regime !== 'new') return null;
    const k = constructionSubsidyTotal(r);
    const broken = r.project.mechanism !== 'user-pay' || exceeds(k, 0);
    return {
      value: k, limit: 0, headroom: -k, level: flag(broken, v),
      detail: () => [`付费机制 ${r.project.mechanism}，建设成本补贴合计 ${wan(k)} 万元`, `payment mechanism ${r.project.mechanism}, construction subsidy K_n totalling ${wan(k)} 万元`],
    };
  },
  'ppp.term-40': (r, _v, thr) => ({ value: r.time.length, headroom: thr - r.time.length }),
  // ≥ 50% is broken (达到): reaching the line crosses it; old mechanism only (SPEC §4.6 "Mechanism")
  'ppp.spv-control': (r, _v, thr) => {
    if (r.project.regime !== 'old') return null;
    const s = r.project.governmentEquityShare;
    return { value: s, headroom: thr - s };
  },
  'ppp.capital-ratio': (r, _v, thr) => {
    const c = r.project.capitalRatio;
    return { value: c, headroom: c - thr };
  },
  'ppp.dscr': (r, _v, thr) => ({ value: r.metrics.minDscr, headroom: dscrHeadroom(r, thr) }),
  // operating subsidies (government-pay, viability gap, a concession's M_n) paid from the fund or state-capital budget
  'ppp.budget-source': (r, v) => {
    const s = operatingSubsidyTotal(r);
    if (!exceeds(s, 0)) return null;
    const budget = r.project.payer.budget;
    const outside = budget !== 'general' ? s : 0;
    return {
      value: outside, limit: 0, headroom: -outside, level: flag(outside > 0, v),
      detail: () => [`运营补贴合计 ${wan(s)} 万元由${BUDGET_WORDS[budget][0]}安排`, `operating subsidies of ${wan(s)} 万元 paid from the ${BUDGET_WORDS[budget][1]}`],
    };
  },
};

/**
 * What each check reads of a run, so a Monte Carlo path (SPEC §8) knows which rows its shocks
 * can move: `terms` the project's fields and calendar; `construction` K_n (moved only by a rate
 * shift); `paid` the operating subsidy S_n; `flows` the SPV flows or the VfM. A check not listed
 * counts as `flows`.
 */
export const CHECK_READS: Readonly<Partial<Record<RuleId, 'terms' | 'construction' | 'paid' | 'flows'>>> = {
  'ppp.vfm': 'flows', 'ppp.performance-link': 'terms', 'ppp.guaranteed-terms': 'terms', 'ppp.concession-2023': 'construction',
  'ppp.term-40': 'terms', 'ppp.spv-control': 'terms', 'ppp.capital-ratio': 'terms', 'ppp.dscr': 'flows', 'ppp.budget-source': 'paid',
};

/** The project checks as `[rule, check]` pairs, in `PROJECT_CHECKS` order. */
export const CHECKS: readonly (readonly [RuleId, CheckFn])[] = (Object.entries(PROJECT_CHECKS) as [RuleId, CheckFn | undefined][])
  .flatMap(([rule, check]) => (check ? [[rule, check] as const] : []));

/** Evaluates every project rule in force in each project's procurement year. */
export function projectRules(out: Collector, runs: readonly ProjectRun[], overrides: RuleOverrides): void {
  for (const r of runs) projectRulesOf(out, r, overrides);
}

/** One run's project rules, each in the version in force in its procurement year (`projectRules`). */
export function projectRulesOf(out: Collector, r: ProjectRun, overrides: RuleOverrides): void {
  const year = r.project.procurementYear;
  for (const [rule, check] of CHECKS) {
    const version = ruleInForce(rule, year, overrides);
    if (version) projectCheck(out, r, rule, version, check);
  }
}

/** Records one check of one run in `version` (nothing when it does not apply to the project). */
export function projectCheck(out: Collector, r: ProjectRun, rule: RuleId, version: RuleVersion, check: CheckFn): void {
  const c = check(r, version, version.threshold ?? 0);
  if (!c) return;
  record(out, { rule, version, subject: { kind: 'ppp', id: r.project.id }, year: r.project.procurementYear, limit: c.limit === undefined ? version.threshold ?? 0 : c.limit, ...c });
}
