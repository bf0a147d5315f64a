import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runProject, runProjectFull } from '../../../src/core/ppp/project.ts';
import { projectBase, sameUnshocked, UNSHOCKED_FIELDS } from '../../../src/core/ppp/projectBase.ts';
import type { PppProject } from '../../../src/core/ppp/types.ts';
import type { DiscountRate } from '../../../src/core/model/scenario.ts';
import { flat, project } from './fixtures.ts';

const RATE: DiscountRate = { kind: 'flat', rate: 0.04 };
const v = { discountRate: RATE, startYear: 2026 };

/** The run's figures a path reads, IRRs included (read through their getters). */
function figures(p: PppProject, full: boolean) {
  const r = full ? runProjectFull(p, v) : runProject(p, v);
  return { time: r.time, obligations: r.obligations, spv: r.spv, metrics: { ...r.metrics }, vfm: r.vfm };
}

describe('runProject from the memoised base (SPEC §8: demand and rate shift are the only shocks)', () => {
  it('gives the same doubles as the full computation for every mechanism, demand factor and PSC revenue', () => {
    fc.assert(fc.property(
      fc.constantFrom('government-pay', 'viability-gap', 'user-pay' as const),
      fc.constantFrom(0, 2400),
      fc.constantFrom(null, 0, 1800),
      fc.array(fc.double({ min: 0, max: 3, noNaN: true }), { minLength: 1, maxLength: 4 }),
      (mechanism, revenue, pscRevenue, demands) => {
        // one template, then a new object per path with only the demand factor changed, as shockedScenario does
        const base = project({
          mechanism, userRevenue: flat(revenue), concessionSubsidy: flat(300),
          psc: { constructionCost: 9000, operatingCost: null, userRevenue: pscRevenue === null ? null : flat(pscRevenue), competitiveNeutrality: flat(50), transferableRisk: { construction: 0.1, operation: 0.05 } },
          riskBearing: { kind: 'proportion', construction: 0.02, operation: 0.03 },
        });
        for (const d of demands) {
          const p = { ...base, demandFactor: base.demandFactor * d };
          expect(figures(p, false)).toEqual(figures(p, true));
        }
      },
    ), { numRuns: 60 });
  });

  it('keys the base on every unshocked field: a changed cost is a new base, a changed demand factor is not', () => {
    const a = project({ userRevenue: flat(2000) });
    const b = { ...a, demandFactor: 0.7 };
    const c = { ...a, constructionCost: 12000 };
    expect(sameUnshocked(a, b)).toBe(true);
    expect(sameUnshocked(a, c)).toBe(false);
    expect(projectBase(b, RATE, 2026)).toBe(projectBase(a, RATE, 2026));
    expect(projectBase(c, RATE, 2026)).not.toBe(projectBase(a, RATE, 2026));
    // 10,000 → 12,000 万元 by the schedule [0.4, 0.6]: 4,800 in the first construction year
    expect(projectBase(c, RATE, 2026).capex[0]).toBe(4800);
    expect(figures(c, false)).toEqual(figures(c, true));
  });

  it('tells projects apart in each unshocked field (a field left out of sameUnshocked would share a stale base)', () => {
    const a = project();
    for (const k of Object.keys(UNSHOCKED_FIELDS) as (keyof typeof UNSHOCKED_FIELDS)[]) {
      const other = { ...a, [k]: k === 'rateIndexed' ? true : { changed: k } } as unknown as PppProject;
      expect(sameUnshocked(a, other), k).toBe(false);
    }
    expect(sameUnshocked(a, { ...a, demandFactor: 2, rateShift: { delta: 0.01, fromYear: 2030 } })).toBe(true);
  });

  it('runs a rate-indexed contract under a shift in full (K_n moves with the shift)', () => {
    const p = project({ rateIndexed: true, rateShift: { delta: 0.02, fromYear: 2030 }, userRevenue: flat(1000), demandFactor: 0.9 });
    expect(figures(p, false)).toEqual(figures(p, true));
    const unshifted = project({ rateIndexed: true, userRevenue: flat(1000), demandFactor: 0.9 });
    expect(runProject(p, v).obligations.subsidyParts.construction).not.toEqual(runProject(unshifted, v).obligations.subsidyParts.construction);
  });
});
