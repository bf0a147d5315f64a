/**
 * The project rules of a Monte Carlo path (SPEC §1 "One engine", §8) from a plan kept per
 * project base and rule overrides: the versions in force looked up once, and the rows of the
 * checks no shock can move — the project's terms (performance link, guaranteed terms, term,
 * SPV control, capital ratio), K_n (concession), and S_n, the SPV and VfM when the base says
 * they do not read demand — recorded once and appended as they are on every path. Rows come
 * out in `projectRules` / `capexOverApprovedRule` order; only quiet collectors (no findings).
 */
import { collector, type Collector } from '../../rules/recorder.ts';
import { ruleInForce } from '../../rules/inForce.ts';
import type { LimitRow, RuleId, RuleOverrides, RuleVersion } from '../../rules/types.ts';
import type { ProjectRun } from '../project.ts';
import type { ProjectBase } from '../projectBase.ts';
import { capexOverApprovedOf } from './capexRule.ts';
import { CHECK_READS, CHECKS, projectCheck, projectRulesOf, type CheckFn } from './projectRules.ts';

/** One check of a plan: its fixed row(s), or the check to run on each path. */
type Step = { readonly rows: readonly LimitRow[] } | { readonly rule: RuleId; readonly version: RuleVersion; readonly check: CheckFn };

interface Plan {
  readonly count: number;
  readonly checks: readonly Step[];
  /** The `ppp.capex-over-approved` rows: they read only terms and calendar. */
  readonly capex: readonly LimitRow[];
}

/** Plans by rule overrides (a scenario's `rules`, kept by every path), then by base: a few horizons each. */
const PLANS = new WeakMap<RuleOverrides, WeakMap<ProjectBase, Plan[]>>();
const PER_BASE = 4;

/** True when no path's shocks move what `rule`'s check reads of a run from `b` (base runs have no rate shift). */
function fixedFor(rule: RuleId, b: ProjectBase): boolean {
  switch (CHECK_READS[rule] ?? 'flows') {
    case 'terms':
    case 'construction':
      return true;
    case 'paid':
      return b.paid !== null;
    case 'flows':
      return b.fixed !== null;
  }
}

function makePlan(b: ProjectBase, r: ProjectRun, overrides: RuleOverrides, count: number): Plan {
  const checks: Step[] = [];
  for (const [rule, check] of CHECKS) {
    const version = ruleInForce(rule, r.project.procurementYear, overrides);
    if (!version) continue;
    if (!fixedFor(rule, b)) {
      checks.push({ rule, version, check });
      continue;
    }
    const once = collector(true);
    projectCheck(once, r, rule, version, check);
    if (once.limits.length > 0) checks.push({ rows: once.limits });
  }
  const capex = collector(true);
  capexOverApprovedOf(capex, r, b.startYear, count, overrides);
  return { count, checks, capex: capex.limits };
}

/**
 * The plan of a run from base `b`. Memo safety: a fixed row reads only what the base was
 * keyed on (the project's unshocked fields, the valuation), the overrides (by identity;
 * scenario objects are never mutated) and the horizon length.
 */
function planOf(b: ProjectBase, r: ProjectRun, overrides: RuleOverrides, count: number): Plan {
  let byBase = PLANS.get(overrides);
  if (!byBase) PLANS.set(overrides, (byBase = new WeakMap()));
  const list = byBase.get(b);
  const hit = list?.find((p) => p.count === count);
  if (hit) return hit;
  const plan = makePlan(b, r, overrides, count);
  if (!list) byBase.set(b, [plan]);
  else {
    if (list.length >= PER_BASE) list.shift();
    list.push(plan);
  }
  return plan;
}

/**
 * `projectRules` then `capexOverApprovedRule` for `runs`, using the plan of each run that has a
 * base (`bases[j]`, null for a run computed in full). `out` must be quiet: plans keep rows only.
 */
export function plannedProjectRules(
  out: Collector, runs: readonly ProjectRun[], bases: readonly (ProjectBase | null)[], startYear: number, count: number, overrides: RuleOverrides,
): void {
  if (out.quiet !== true) throw new Error('plannedProjectRules: a quiet collector only (plans keep no findings)');
  const plans = runs.map((r, j) => {
    const b = bases[j];
    return b && b.startYear === startYear ? planOf(b, r, overrides, count) : null;
  });
  for (let j = 0; j < runs.length; j++) {
    const r = runs[j]!;
    const plan = plans[j];
    if (!plan) {
      projectRulesOf(out, r, overrides);
      continue;
    }
    for (const step of plan.checks) {
      if ('rows' in step) for (const row of step.rows) out.limits.push(row);
      else projectCheck(out, r, step.rule, step.version, step.check);
    }
  }
  for (let j = 0; j < runs.length; j++) {
    const plan = plans[j];
    if (plan) for (const row of plan.capex) out.limits.push(row);
    else capexOverApprovedOf(out, runs[j]!, startYear, count, overrides);
  }
}
