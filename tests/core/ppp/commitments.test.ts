import { describe, expect, it } from 'vitest';
import { pppCommitments } from '../../../src/core/ppp/commitments.ts';
import { projectHiddenDebt } from '../../../src/core/ppp/hiddenDebt.ts';
import { runProject } from '../../../src/core/ppp/project.ts';
import { project } from './fixtures.ts';

const V = { discountRate: { kind: 'flat', rate: 0.1 }, startYear: 2026 } as const;

/** A project whose only obligations are supporting inputs of 100 in 2027 and 2028. */
const bare = project({
  mechanism: 'user-pay', constructionCost: 0, constructionSchedule: [1], operationYears: 10,
  loan: { rate: 0.05, tenorYears: 1, graceYears: 0, repayment: 'annuity' },
  supportingInputs: [{ name: 'a', year: 2027, cost: 100, partnerPays: 0 }, { name: 'b', year: 2028, cost: 100, partnerPays: 0 }],
});

describe('pppCommitments (SPEC §6)', () => {
  it('is the PV at the end of t of the obligations after t', () => {
    const c = pppCommitments([runProject(bare, V)], V.discountRate, 2026, 4);
    // end 2026: 100/1.1 + 100/1.21 = 90.909091 + 82.644628 = 173.553719
    // end 2027: 100/1.1 = 90.909091; end 2028 and after: 0
    expect(c[0]).toBeCloseTo(173.553719, 5);
    expect(c[1]).toBeCloseTo(90.909091, 5);
    expect([c[2], c[3]]).toEqual([0, 0]);
  });
  it('uses the curve rate for the tenor y − t', () => {
    const c = pppCommitments([runProject(bare, V)], { kind: 'curve', byTenor: [0.1, 0.2] }, 2026, 1);
    // 100/1.1 + 100/1.2² = 90.909091 + 69.444444 = 160.353535
    expect(c[0]).toBeCloseTo(160.353535, 5);
  });
  it('counts obligations beyond the horizon', () => {
    const c = pppCommitments([runProject({ ...bare, supportingInputs: [{ name: 'late', year: 2035, cost: 100, partnerPays: 0 }] }, V)], V.discountRate, 2026, 2);
    // end 2027: 100 / 1.1^8 = 46.650738
    expect(c[1]).toBeCloseTo(100 / Math.pow(1.1, 8), 9);
  });
});

describe('hidden debt from guaranteed terms (SPEC §6)', () => {
  it('a minimum-revenue guarantee counts its expected cost for the operation years still to come', () => {
    // operation 2027–2036: end 2026 → 10 years × 300 = 3000; end 2027 → 2700; end 2036 → 0
    const r = runProject(project({ ...bare, guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 300 }] }), V);
    const h = projectHiddenDebt(r, 2026, 11);
    expect([h[0], h[1], h[10]]).toEqual([3000, 2700, 0]);
  });
  it('a minimum-revenue guarantee counts as hidden debt only from the procurement year, as a buy-back does', () => {
    // procured 2028, construction 2028 (one year), operation 2029–2038: nothing promised
    // before 2028; end 2028: 10 operation years to come × 300 = 3000; 2029: 2700; 2030: 2400
    const r = runProject(project({ ...bare, procurementYear: 2028, constructionStartYear: 2028, guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 300 }] }), V);
    expect(Array.from(projectHiddenDebt(r, 2026, 5))).toEqual([0, 0, 3000, 2700, 2400]);
  });
  it('a buy-back counts its amount from procurement until the year it is paid', () => {
    const r = runProject(project({ ...bare, guarantees: [{ kind: 'buy-back', year: 2030, amount: 5000 }] }), V);
    expect(Array.from(projectHiddenDebt(r, 2026, 6))).toEqual([5000, 5000, 5000, 5000, 0, 0]);
  });
  it('a fixed return turns the partner’s paid-in equity into hidden debt until the end of the term', () => {
    // private equity = capex × 0.2 × (1 − 0.3): 2026: 4000·0.14 = 560; 2027: + 6000·0.14 = 1400
    const r = runProject(project({ guarantees: [{ kind: 'fixed-return', rate: 0.08 }] }), V);
    const h = projectHiddenDebt(r, 2026, 12);
    expect(h[0]).toBeCloseTo(560, 9);
    expect(h[1]).toBeCloseTo(1400, 9);
    expect(h[10]).toBeCloseTo(1400, 9);
    expect(h[11]).toBe(0); // 2037, the last year of the term
  });
  it('no terms, no hidden debt', () => {
    expect(Array.from(projectHiddenDebt(runProject(project(), V), 2026, 3))).toEqual([0, 0, 0]);
  });
});
