/**
 * The PPP rules issue #11 adds to the table (SPEC §4.4, §4.6 incl. "Mechanism", §11): each
 * triggering and not, with the figures shown.
 */
import { describe, expect, it } from 'vitest';
import { simulatePpp } from '../../../src/core/ppp/simulate.ts';
import type { PppProject } from '../../../src/core/ppp/types.ts';
import { flat, project, scenario } from './fixtures.ts';

function evaluate(rule: string, ppp: readonly PppProject[], over: { cityExisting?: number; startYear?: number; horizonYears?: number } = {}) {
  const s = scenario(ppp, { startYear: over.startYear ?? 2026, horizonYears: over.horizonYears ?? 10 });
  const sim = simulatePpp({ ...s, city: { ...s.city, existingPppObligations: flat(over.cityExisting ?? 0) } });
  return { sim, rows: sim.limits.filter((l) => l.rule === rule), findings: sim.findings.filter((f) => f.rule === rule) };
}

/** PSC inputs generous enough that PPP is better (reference cost +30%, transferable risk, neutrality). */
const GOOD_PSC: PppProject['psc'] = {
  constructionCost: 13000, operatingCost: null, userRevenue: null, competitiveNeutrality: flat(300), transferableRisk: { construction: 0.15, operation: 0.1 },
};

describe('ppp.vfm (SPEC §4.4, 财金〔2015〕167号): PPP value above the PSC fails', () => {
  it('a bare PSC (no adjustment, no risk) is below the PPP value, which carries profit and financing: a breach keyed to the procurement year', () => {
    const { sim, rows, findings } = evaluate('ppp.vfm', [project()]);
    const v = sim.projects[0]!.vfm;
    expect(v.value).toBeLessThan(0);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ level: 'breach', year: 2026, value: v.pppValue, limit: v.psc, subject: { kind: 'ppp', id: 'p1' } });
    expect(rows[0]!.headroom).toBeCloseTo(v.value, 6);
    expect(findings[0]!.source).toBe('财金〔2015〕167号');
    expect(findings[0]!.message).toMatch(/^物有所值定量评价：PPP项目 p1，2026年 .* \/ Value for money: PPP project p1, 2026: /);
  });
  it('a plausible PSC passes: VfM > 0, headroom = VfM', () => {
    const { sim, rows, findings } = evaluate('ppp.vfm', [project({ psc: GOOD_PSC })]);
    const v = sim.projects[0]!.vfm;
    expect(v.value).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ level: 'ok', value: v.pppValue, limit: v.psc });
    expect(findings).toEqual([]);
  });
  it('is not evaluated for a project procured before 2015', () => {
    expect(evaluate('ppp.vfm', [project({ procurementYear: 2014, constructionStartYear: 2014 })], { startYear: 2014 }).rows).toEqual([]);
  });
});

describe('ppp.budget-source (SPEC §4.6, 财金〔2019〕10号): operating subsidies from the fund or state-capital budget', () => {
  it.each(['fund', 'state-capital'] as const)('a viability-gap project signed in 2026 paying its subsidies from the %s budget is a breach; value = Σ S_n', (budget) => {
    const { sim, rows, findings } = evaluate('ppp.budget-source', [project({ payer: { budget, level: 'city' } })]);
    const total = sim.runs[0]!.obligations.operatingSubsidy.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(0);
    expect(rows[0]).toMatchObject({ level: 'breach', year: 2026, limit: 0 });
    expect(rows[0]!.value).toBeCloseTo(total, 6);
    expect(findings[0]!.message).toContain(budget === 'fund' ? '政府性基金预算' : '国有资本经营预算');
  });
  it('the general budget is fine (value 0), and a project signed before 2019 is not evaluated', () => {
    expect(evaluate('ppp.budget-source', [project()]).rows[0]).toMatchObject({ level: 'ok', value: 0 });
    const old = project({ procurementYear: 2018, constructionStartYear: 2018, payer: { budget: 'fund', level: 'city' } });
    expect(evaluate('ppp.budget-source', [old], { startYear: 2018 }).rows).toEqual([]);
  });
  it('a concession with no operating subsidy has nothing to pay from any budget: no row', () => {
    expect(evaluate('ppp.budget-source', [project({ mechanism: 'user-pay', userRevenue: flat(3000), payer: { budget: 'fund', level: 'city' } })]).rows).toEqual([]);
  });
});

describe('ring-fenced 收支两条线 (SPEC §4.6): the 5% line skips the project', () => {
  // the city pays 6,000 of 100,000 of existing obligations: share 6% > 5% in the procurement year
  const gp = { mechanism: 'government-pay' as const, governmentEquityShare: 0 };
  it('a government-pay project procured at 6% breaches ppp.share.5.government-pay', () => {
    expect(evaluate('ppp.share.5.government-pay', [project(gp)], { cityExisting: 6000 }).findings[0]?.level).toBe('breach');
  });
  it('the same project ring-fenced (sewage, waste) is not evaluated', () => {
    expect(evaluate('ppp.share.5.government-pay', [project({ ...gp, ringFenced: true })], { cityExisting: 6000 }).rows).toEqual([]);
  });
});

describe('mechanism old | new (SPEC §4.6 "Mechanism")', () => {
  it('ppp.concession-2023 applies to the new mechanism only: a 2026 viability-gap project under it breaches, under the old one it is not evaluated', () => {
    expect(evaluate('ppp.concession-2023', [project({ regime: 'new' })]).findings[0]?.level).toBe('breach');
    expect(evaluate('ppp.concession-2023', [project({ regime: 'old' })]).rows).toEqual([]);
  });
  it('ppp.spv-control applies to the old mechanism only', () => {
    expect(evaluate('ppp.spv-control', [project({ regime: 'old', governmentEquityShare: 0.6 })]).findings[0]?.level).toBe('breach');
    expect(evaluate('ppp.spv-control', [project({ regime: 'new', governmentEquityShare: 0.6 })]).rows).toEqual([]);
  });
  it('construction support is a fiscal cost in the construction years, not part of K_n: 5,000 × [0.4, 0.6] = 2,000 in 2026, 3,000 in 2027', () => {
    const concession = project({ regime: 'new', mechanism: 'user-pay', governmentEquityShare: 0, userRevenue: flat(3000), constructionSupport: 5000 });
    const { sim, findings } = evaluate('ppp.concession-2023', [concession]);
    const o = sim.projects[0]!.obligations;
    expect(o.constructionSupport.slice(0, 3)).toEqual([2000, 3000, 0]);
    expect(o.total.slice(0, 2)).toEqual([2000, 3000]);
    expect(sim.city.townObligations.slice(0, 2)).toEqual([2000, 3000]);
    expect(sim.extras[0]!.subsidyConstructionPart.every((k) => k === 0)).toBe(true);
    expect(findings).toEqual([]);
    // the PPP value counts it: PV of 2,000 and 3,000 at 4% from 1 January 2026
    expect(sim.projects[0]!.vfm.pppValue).toBeCloseTo(2000 / 1.04 + 3000 / 1.04 ** 2, 6);
  });
});

describe('ppp.capex-over-approved (SPEC §4.6, 国办函〔2025〕84号): a stock project above its approved estimate, from 2025, by year', () => {
  // 10,000 万元 built 2024–2025 (4,000 + 6,000); estimate 9,000
  const stock = (approvedEstimate: number | null, regime: 'old' | 'new' = 'old') =>
    project({ regime, procurementYear: 2023, constructionStartYear: 2024, approvedEstimate });
  it('warns in each year from 2025 with capex to date above the estimate: 10,000 − 9,000 → headroom −1,000', () => {
    const { rows, findings } = evaluate('ppp.capex-over-approved', [stock(9000)], { startYear: 2024, horizonYears: 3 });
    expect(rows.map((r) => [r.year, r.level, r.value, r.headroom])).toEqual([[2025, 'warning', 10000, -1000], [2026, 'warning', 10000, -1000]]);
    expect(findings[0]!.source).toBe('国办函〔2025〕84号');
  });
  it('an estimate equal to the capex (超过 excludes the line) is fine; a new-mechanism project or one without an estimate is not evaluated', () => {
    expect(evaluate('ppp.capex-over-approved', [stock(10000)], { startYear: 2025, horizonYears: 1 }).rows[0]).toMatchObject({ level: 'ok', headroom: 0 });
    expect(evaluate('ppp.capex-over-approved', [stock(9000, 'new')], { startYear: 2025 }).rows).toEqual([]);
    expect(evaluate('ppp.capex-over-approved', [stock(null)], { startYear: 2025 }).rows).toEqual([]);
  });
});
