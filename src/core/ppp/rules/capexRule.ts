/**
 * `ppp.capex-over-approved` (SPEC §4.6, §11; 国办函〔2025〕84号): a stock project's — one under
 * the old mechanism — construction investment above its approved estimate 批复概算 is a
 * warning, from 2025, keyed by the simulated year: evaluated in every simulated year of the
 * cooperation term in which the rule is in force, on the capex spent to that year's end.
 */
import { wan } from '../../rules/format.ts';
import { ruleInForce } from '../../rules/inForce.ts';
import { record, type Collector } from '../../rules/recorder.ts';
import type { RuleOverrides } from '../../rules/types.ts';
import type { ProjectRun } from '../project.ts';
import { capexSchedule } from '../projectTime.ts';

/** Capex spent to the end of each project year (construction cost by the schedule), 万元. */
export function capexToDate(r: ProjectRun): Float64Array {
  const capex = capexSchedule(r.project, r.time);
  const out = new Float64Array(capex.length);
  let sum = 0;
  for (let i = 0; i < capex.length; i++) {
    sum += capex[i] ?? 0;
    out[i] = sum;
  }
  return out;
}

/**
 * Records the rule for each old-mechanism project with an approved estimate: value = capex to
 * date, limit = the estimate, headroom `estimate − capex` 万元 (超过 the estimate is broken; the
 * estimate itself is not).
 */
export function capexOverApprovedRule(out: Collector, runs: readonly ProjectRun[], startYear: number, count: number, overrides: RuleOverrides): void {
  for (const r of runs) capexOverApprovedOf(out, r, startYear, count, overrides);
}

/** `capexOverApprovedRule` for one run: it reads only the project's terms and calendar. */
export function capexOverApprovedOf(out: Collector, r: ProjectRun, startYear: number, count: number, overrides: RuleOverrides): void {
  const rule = 'ppp.capex-over-approved';
  const approved = r.project.approvedEstimate;
  if (r.project.regime !== 'old' || approved === null) return;
  const spent = capexToDate(r);
  for (let k = 0; k < count; k++) {
    const year = startYear + k;
    const i = year - r.time.firstYear;
    if (i < 0 || i >= r.time.length) continue;
    const version = ruleInForce(rule, year, overrides);
    if (!version) continue;
    const value = spent[i] ?? 0;
    record(out, {
      rule, version, subject: { kind: 'ppp', id: r.project.id }, year, value, limit: approved, headroom: approved - value,
      detail: () => [`批复概算 ${wan(approved)} 万元`, `approved estimate ${wan(approved)} 万元`],
    });
  }
}
