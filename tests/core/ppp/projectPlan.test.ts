import { describe, expect, it } from 'vitest';
import { pppTotals } from '../../../src/core/ppp/simulate.ts';
import { flat, project, scenario } from './fixtures.ts';

describe('a path\'s planned project rules (fixed rows recorded once per project base)', () => {
  // a viability gap with user revenue (its S_n, SPV and VfM read demand), a government-pay
  // project without (every row fixed), and an old-mechanism project with an approved estimate
  const projects = [
    project({ id: 'vg', userRevenue: flat(1800) }),
    project({ id: 'gp', mechanism: 'government-pay', town: 't2', payer: { budget: 'fund', level: 'd1' } }),
    project({ id: 'old', procurementYear: 2021, constructionStartYear: 2026, approvedEstimate: 9500, guarantees: [{ kind: 'buy-back', year: 2034, amount: 3000 }] }),
  ];

  it('gives the rows of the full evaluation not at ok (what a quiet path keeps), in its order, on every path', () => {
    for (const d of [1, 0.6, 1.4, 0.6]) {
      // a new project object per path with only the demand factor moved, as the stress shocks do
      const s = scenario(projects.map((p) => ({ ...p, demandFactor: d })));
      const full = pppTotals(s, false).limits;
      expect(full.some((r) => r.level !== 'ok')).toBe(true);
      expect(pppTotals(s, true).limits).toEqual(full.filter((r) => r.level !== 'ok'));
    }
  });

  it('still sees the demand in the rows that read it: the viability gap\'s VfM moves, the capital ratio does not', () => {
    // the full evaluation (a quiet path keeps only the rows not at ok; the test above holds it to these)
    const rows = (d: number) => pppTotals(scenario(projects.map((p) => ({ ...p, demandFactor: d }))), false).limits;
    const pick = (d: number, rule: string, id: string) => rows(d).find((r) => r.rule === rule && r.subject.id === id);
    expect(pick(0.5, 'ppp.vfm', 'vg')?.value).not.toBe(pick(1.5, 'ppp.vfm', 'vg')?.value);
    expect(pick(0.5, 'ppp.capital-ratio', 'vg')).toEqual(pick(1.5, 'ppp.capital-ratio', 'vg'));
    expect(pick(0.5, 'ppp.vfm', 'gp')).toEqual(pick(1.5, 'ppp.vfm', 'gp'));
  });
});
