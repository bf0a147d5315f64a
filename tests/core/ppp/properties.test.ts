import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npv } from '../../../src/core/finance/index.ts';
import { runProject } from '../../../src/core/ppp/project.ts';
import { projectCashFlows } from '../../../src/core/ppp/spv/metrics.ts';
import { sourcesAndUses } from '../../../src/core/ppp/spv/sourcesUses.ts';
import { toPppResult } from '../../../src/core/ppp/output.ts';
import type { PppProject } from '../../../src/core/ppp/types.ts';
import { flat, project } from './fixtures.ts';

/** Random but valid projects: any mechanism, formula, IDC treatment, schedule and loan. */
const arbProject: fc.Arbitrary<PppProject> = fc
  .record({
    mechanism: fc.constantFrom('government-pay', 'viability-gap', 'user-pay' as const),
    formula: fc.constantFrom('mof-2015', 'annuity' as const),
    idc: fc.constantFrom('capitalised', 'paid-by-equity' as const),
    repayment: fc.constantFrom('annuity', 'equal-principal' as const),
    cost: fc.integer({ min: 1000, max: 150000 }),
    weights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 4 }),
    op: fc.integer({ min: 2, max: 35 }),
    capitalRatio: fc.double({ min: 0.1, max: 1, noNaN: true }),
    govShare: fc.double({ min: 0, max: 0.49, noNaN: true }),
    tenorShare: fc.double({ min: 0, max: 1, noNaN: true }),
    rate: fc.double({ min: 0, max: 0.08, noNaN: true }),
    profit: fc.double({ min: 0, max: 0.1, noNaN: true }),
    opex: fc.integer({ min: 0, max: 5000 }),
    revenue: fc.integer({ min: 0, max: 20000 }),
    start: fc.integer({ min: 2015, max: 2035 }),
  })
  .map((r) => {
    const total = r.weights.reduce((a, b) => a + b, 0);
    const tenor = Math.max(1, Math.round(r.tenorShare * r.op));
    return project({
      mechanism: r.mechanism, procurementYear: r.start, constructionStartYear: r.start,
      constructionCost: r.cost, constructionSchedule: r.weights.map((w) => w / total), operationYears: r.op,
      capitalRatio: r.capitalRatio, governmentEquityShare: r.govShare, idc: r.idc,
      loan: { rate: r.rate, tenorYears: tenor, graceYears: Math.min(1, tenor - 1), repayment: r.repayment },
      profitRate: r.profit, operatingCost: flat(r.opex), userRevenue: flat(r.revenue), concessionSubsidy: flat(r.opex / 2),
      subsidy: { formula: r.formula, base: 'private-cost', periodYears: r.op },
    });
  });

const V = { discountRate: { kind: 'curve', byTenor: [0.02, 0.025, 0.03] }, startYear: 2026 } as const;

describe('PPP engine properties (SPEC §4.3)', () => {
  it('sources = uses in every year of every project', () => {
    fc.assert(fc.property(arbProject, (p) => {
      const { sources, uses } = sourcesAndUses(runProject(p, V).spv);
      sources.forEach((s, i) => expect(Math.abs(s - uses[i]!)).toBeLessThan(1e-6 * Math.max(1, Math.abs(s))));
    }), { numRuns: 200 });
  });
  it('the loan is repaid exactly: principal repaid = draws + capitalised IDC', () => {
    fc.assert(fc.property(arbProject, (p) => {
      const { spv } = runProject(p, V);
      let repaid = 0;
      let drawn = 0;
      for (let i = 0; i < spv.capex.length; i++) {
        repaid += spv.debtService[i]! - spv.interest[i]!;
        drawn += spv.debtDraw[i]! + spv.idcCapitalised[i]!;
      }
      expect(Math.abs(repaid - drawn)).toBeLessThan(1e-6 * Math.max(1, drawn));
    }), { numRuns: 200 });
  });
  it('npv at the project IRR is 0 whenever an IRR exists', () => {
    fc.assert(fc.property(arbProject, (p) => {
      const r = runProject(p, V);
      if (r.metrics.projectIrr === null) return;
      const flows = projectCashFlows(r.spv);
      const scale = flows.reduce((a, b) => a + Math.abs(b), 0);
      expect(Math.abs(npv(r.metrics.projectIrr, flows)!)).toBeLessThan(1e-6 * scale);
    }), { numRuns: 200 });
  });
  it('results are finite, nulls instead of NaN, and the rounded total foots', () => {
    fc.assert(fc.property(arbProject, (p) => {
      const res = toPppResult(runProject(p, V), 2026, 30);
      const numbers = JSON.stringify(res);
      expect(numbers).not.toMatch(/NaN|Infinity/);
      const o = res.obligations;
      o.total.forEach((t, k) => {
        const fen = [o.equity, o.operatingSubsidy, o.riskBearing, o.supportingInputs].reduce((a, s) => a + Math.round(s[k]! * 1e6), 0);
        expect(Math.round(t * 1e6)).toBe(fen);
      });
    }), { numRuns: 100 });
  });
});
