/**
 * The commission's evaluations as engine inputs (SPEC §12 "Decisions and advances as
 * inputs"): a grade of year t makes t a failing (不合格) or passing year and scales the
 * performance claims earned in t by its pay factor; a status decided after evaluating t
 * is the town's status in t + 1 (the timing of §3: the status of a year follows the
 * streak at the end of the year before).
 */
import type { Actuals } from '../model/actuals.ts';
import type { Scenario } from '../model/scenario.ts';
import { noDecisions } from '../rewards/decided.ts';
import type { TownDecisions } from '../rewards/decided.ts';
import { STATUS } from '../rewards/status.ts';
import { FAILING_GRADE } from './defaults.ts';

/** Per town (scenario order): its decisions, or undefined when the commission decided nothing for it. */
export function townDecisions(s: Scenario, a: Actuals): (TownDecisions | undefined)[] {
  const n = s.horizonYears;
  return s.towns.map((town) => {
    const evals = a.evaluations.filter((e) => e.town === town.id);
    if (evals.length === 0) return undefined;
    const d = noDecisions(n);
    for (const e of evals) {
      const t = e.year - s.startYear;
      if (t < 0 || t >= n) continue;
      if (e.grade !== null) {
        d.fail[t] = e.grade === FAILING_GRADE ? 1 : 0;
        d.payFactor[t] = a.gradeFactors[e.grade];
      }
      if (e.decision !== null && t + 1 < n) d.status[t + 1] = STATUS[e.decision];
    }
    return d;
  });
}
