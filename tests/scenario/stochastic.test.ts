import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario/validate.ts';
import { resolveStochastic, DEFAULT_STOCHASTIC } from '../../src/core/stress/spec.ts';
import { baselineDoc, edit, issueAt, issuesOf } from './support.ts';

describe('scenario stochastic section (SPEC §8)', () => {
  it('is optional; given fields override the calibrated defaults field by field', () => {
    const plain = validateScenario(baselineDoc());
    expect(plain.ok && plain.scenario.stochastic).toBeFalsy();
    const r = validateScenario(edit(baselineDoc(), { stochastic: { revenue: { landSd: '0.3' }, ppp: { mean: 0.8 } } }));
    if (!r.ok) throw new Error('valid section refused');
    const spec = resolveStochastic(r.scenario.stochastic);
    expect(spec.revenue).toEqual({ ...DEFAULT_STOCHASTIC.revenue, landSd: 0.3 });
    expect(spec.ppp).toEqual({ ...DEFAULT_STOCHASTIC.ppp, mean: 0.8 });
    expect(spec.achievement).toEqual(DEFAULT_STOCHASTIC.achievement);
  });

  it('reports every bad field at once with its path, in Chinese and English', () => {
    const issues = issuesOf(edit(baselineDoc(), { stochastic: { revenue: { landSd: -1, lansSd: 0.2 }, achievement: { cityLoading: 0.9, districtLoading: 0.8 } } }));
    expect(issueAt(issues, 'stochastic.revenue.landSd')).toBeDefined();
    expect(issueAt(issues, 'stochastic.revenue.lansSd')).toBeDefined();
    const loadings = issueAt(issues, 'stochastic.achievement');
    expect(loadings.zh).toMatch(/须不大于 1/);
    expect(loadings.en).toMatch(/must be ≤ 1 \(is 1\.450\)/);
  });
});
