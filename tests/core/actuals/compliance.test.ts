import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/core/simulate.ts';
import { validateScenario } from '../../../src/scenario/validate.ts';
import { baselineDoc } from '../../scenario/support.ts';

/** The baseline with conghua-hot-spring (in operation) reporting `jobs` for 2026. */
function withJobs(jobs: number) {
  const r = validateScenario({ ...baselineDoc(), actuals: { towns: [{ town: 'conghua-hot-spring', year: 2026, kpis: { jobs: { value: jobs, source: '社保', verified: true } } }] } });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return simulate(r.scenario);
}

const jobsRows = (res: ReturnType<typeof simulate>) => res.limits.filter((l) => l.rule === 'town.jobs' && l.subject.id === 'conghua-hot-spring' && l.year <= 2027);

describe('compliance in actual years reads the reported figures (SPEC §12, §7)', () => {
  it('checks the 2,000-jobs floor on the reported 1,500 in 2026 and on the expectation in 2027', () => {
    const [y2026, y2027] = jobsRows(withJobs(1500));
    // 2026: reported 1,500 < 2,000 → warning; 2027: forecast 4,500 × 0.98 = 4,410 → ok
    expect(y2026).toMatchObject({ year: 2026, value: 1500, level: 'warning' });
    expect(y2027).toMatchObject({ year: 2027, value: 4410, level: 'ok' });
  });

  it('is quiet when the reported figure is above the floor', () => {
    expect(jobsRows(withJobs(4420))[0]).toMatchObject({ value: 4420, level: 'ok' });
  });
});
