import { describe, expect, it } from 'vitest';
import { simulatePpp } from '../../../src/core/ppp/simulate.ts';
import type { PppProject } from '../../../src/core/ppp/types.ts';
import { flat, project, scenario } from './fixtures.ts';

/** Rows and findings of one rule after simulating `ppp` (city spends 100,000 万元/year from 2026). */
function evaluate(rule: string, ppp: readonly PppProject[], cityExisting = 0, startYear = 2026) {
  const s = scenario(ppp, { startYear });
  const sim = simulatePpp({ ...s, city: { ...s.city, existingPppObligations: flat(cityExisting) } });
  return { rows: sim.limits.filter((l) => l.rule === rule), findings: sim.findings.filter((f) => f.rule === rule) };
}

describe('ppp.share.10 and ppp.share.7 (SPEC §4.5–4.6), per level and year', () => {
  it('a city share of 11% breaches 10% and warns at 7%, with headroom in 万元', () => {
    // share = 11000 / 100000 = 11%; headroom 10%: 10000 − 11000 = −1000; 7%: 7000 − 11000 = −4000
    const r10 = evaluate('ppp.share.10', [], 11000);
    const row = r10.rows.find((l) => l.subject.kind === 'city' && l.year === 2026)!;
    expect(row.value).toBeCloseTo(0.11, 12);
    expect(row.level).toBe('breach');
    expect(row.headroom).toBeCloseTo(-1000, 6);
    expect(r10.findings.filter((f) => f.subject.kind === 'city')).toHaveLength(10);
    const r7 = evaluate('ppp.share.7', [], 11000).rows.find((l) => l.subject.kind === 'city' && l.year === 2026)!;
    expect(r7.level).toBe('warning');
    expect(r7.headroom).toBeCloseTo(-4000, 6);
  });
  it('a share of exactly 10% is not a breach (> 10%), and 8% only warns', () => {
    expect(evaluate('ppp.share.10', [], 10000).findings).toHaveLength(0);
    expect(evaluate('ppp.share.10', [], 8000).findings).toHaveLength(0);
    expect(evaluate('ppp.share.7', [], 8000).findings.length).toBeGreaterThan(0);
  });
  it('5% triggers neither, and every level is listed each year', () => {
    const r = evaluate('ppp.share.10', [], 5000);
    expect(r.findings).toHaveLength(0);
    // city + one district, 10 years
    expect(r.rows).toHaveLength(20);
    // district d1 has nothing: headroom = 10% × 20000 = 2000
    expect(r.rows.find((l) => l.subject.id === 'd1')!.headroom).toBeCloseTo(2000, 9);
  });
  it('ppp.share.7 is not evaluated before 2019', () => {
    const years = evaluate('ppp.share.7', [], 8000, 2017).rows.filter((l) => l.subject.kind === 'city').map((l) => l.year);
    expect(years.slice(0, 2)).toEqual([2019, 2020]);
  });
  it('a district-paid project counts in its district, not the city', () => {
    // district spends 20,000; the project pays its equity 240 in 2026 → 1.2%
    const p = project({ payer: { budget: 'general', level: 'd1' } });
    const rows = evaluate('ppp.share.10', [p]).rows.filter((l) => l.year === 2026);
    expect(rows.find((l) => l.subject.id === 'd1')!.value).toBeCloseTo(240 / 20000, 12);
    expect(rows.find((l) => l.subject.kind === 'city')!.value).toBe(0);
  });
});

describe('ppp.share.5.government-pay (SPEC §4.6), keyed to the procurement year', () => {
  const gp = project({ mechanism: 'government-pay', procurementYear: 2027, constructionStartYear: 2027 });
  it('a government-pay project procured when the paying level is at 6% is a breach', () => {
    const r = evaluate('ppp.share.5.government-pay', [gp], 6000);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.year).toBe(2027);
    // 2027 obligations: existing 6000 + its own equity 240 → 6.24%; headroom 5000 − 6240 = −1240
    expect(r.rows[0]!.value).toBeCloseTo(0.0624, 12);
    expect(r.rows[0]!.headroom).toBeCloseTo(-1240, 6);
    expect(r.findings[0]!.level).toBe('breach');
  });
  it('at 4% it passes; a viability-gap project is not subject to it', () => {
    expect(evaluate('ppp.share.5.government-pay', [gp], 4000).findings).toHaveLength(0);
    expect(evaluate('ppp.share.5.government-pay', [{ ...gp, mechanism: 'viability-gap' }], 6000).rows).toHaveLength(0);
  });
  it('a project procured before the simulated years cannot be evaluated', () => {
    expect(evaluate('ppp.share.5.government-pay', [{ ...gp, procurementYear: 2024 }], 6000).rows).toHaveLength(0);
  });
});

describe('project rules keyed to the procurement year (SPEC §4.6, §4.3, §11)', () => {
  it('ppp.performance-link: ℓ_c below 0.3 is a breach from 2017, not before', () => {
    const low = project({ performance: { constructionLink: 0.2, operationLink: 1, scores: [1] } });
    const r = evaluate('ppp.performance-link', [low]);
    expect(r.findings[0]!.level).toBe('breach');
    expect(r.rows[0]!.headroom).toBeCloseTo(-0.1, 12);
    expect(evaluate('ppp.performance-link', [project()]).findings).toHaveLength(0);
    expect(evaluate('ppp.performance-link', [{ ...low, procurementYear: 2016 }]).rows).toHaveLength(0);
  });
  it('ppp.guaranteed-terms: a minimum-revenue guarantee is a breach; no terms pass', () => {
    const g = project({ guarantees: [{ kind: 'minimum-revenue', expectedCostPerYear: 300 }] });
    expect(evaluate('ppp.guaranteed-terms', [g]).findings[0]!.level).toBe('breach');
    expect(evaluate('ppp.guaranteed-terms', [project()]).findings).toHaveLength(0);
  });
  it('ppp.concession-2023: the same government-pay project passes when procured in 2018 and breaches in 2024', () => {
    const gp = project({ mechanism: 'government-pay' });
    expect(evaluate('ppp.concession-2023', [{ ...gp, procurementYear: 2018 }]).findings).toHaveLength(0);
    const r = evaluate('ppp.concession-2023', [{ ...gp, procurementYear: 2024 }]);
    expect(r.findings[0]!.level).toBe('breach');
    expect(r.findings[0]!.source).toContain('国办函〔2023〕115号');
    // value: Σ K_n > 0, headroom its negative
    expect(r.rows[0]!.value).toBeGreaterThan(0);
    expect(r.rows[0]!.headroom).toBeCloseTo(-r.rows[0]!.value!, 9);
  });
  it('ppp.concession-2023: a user-pay concession procured in 2024 passes', () => {
    const up = project({ mechanism: 'user-pay', procurementYear: 2024, userRevenue: flat(2000) });
    const r = evaluate('ppp.concession-2023', [up]);
    expect(r.rows[0]!.level).toBe('ok');
  });
  it('ppp.term-40: 2 + 39 years procured in 2024 warns; 40 years does not; before 2023 not evaluated', () => {
    const long = project({ operationYears: 39, procurementYear: 2024 });
    const r = evaluate('ppp.term-40', [long]);
    expect(r.findings[0]!.level).toBe('warning');
    expect(r.rows[0]!.headroom).toBe(-1);
    expect(evaluate('ppp.term-40', [{ ...long, operationYears: 38 }]).findings).toHaveLength(0);
    expect(evaluate('ppp.term-40', [{ ...long, procurementYear: 2022 }]).rows).toHaveLength(0);
  });
  it('ppp.spv-control (old mechanism): a government share of exactly 50% is a breach (达到); 49% is not', () => {
    expect(evaluate('ppp.spv-control', [project({ regime: 'old', governmentEquityShare: 0.5 })]).findings[0]!.level).toBe('breach');
    const ok = evaluate('ppp.spv-control', [project({ regime: 'old', governmentEquityShare: 0.49 })]);
    expect(ok.findings).toHaveLength(0);
    expect(ok.rows[0]!.headroom).toBeCloseTo(0.01, 12);
  });
  it('ppp.capital-ratio: 15% warns below the 20% minimum; 20% passes', () => {
    expect(evaluate('ppp.capital-ratio', [project({ capitalRatio: 0.15 })]).findings[0]!.level).toBe('warning');
    expect(evaluate('ppp.capital-ratio', [project({ capitalRatio: 0.2 })]).findings).toHaveLength(0);
  });
  it('ppp.dscr: a minimum DSCR below 1 warns, with the CFADS shortfall as headroom', () => {
    const weak = project({ mechanism: 'user-pay', userRevenue: flat(1000) });
    const r = evaluate('ppp.dscr', [weak]);
    expect(r.findings[0]!.level).toBe('warning');
    expect(r.rows[0]!.value).toBeLessThan(1);
    expect(r.rows[0]!.headroom).toBeLessThan(0);
    const sound = project({
      loan: { rate: 0.05, tenorYears: 10, graceYears: 0, repayment: 'annuity' },
      subsidy: { formula: 'annuity', base: 'private-cost', periodYears: 10 },
    });
    const ok = evaluate('ppp.dscr', [sound]);
    expect(ok.rows[0]!.value).toBeGreaterThanOrEqual(1);
    expect(ok.findings).toHaveLength(0);
  });
  it('findings read 中文 / English and carry the source document', () => {
    const f = evaluate('ppp.spv-control', [project({ regime: 'old', governmentEquityShare: 0.6 })]).findings[0]!;
    expect(f.message).toBe('政府持股比例：PPP项目 p1，2026年 60.00%，达到 50.00%，余量 -10.00% / Government SPV share: PPP project p1, 2026: 60.00%, at or above 50.00%, headroom -10.00%');
    expect(f.source).toBe('财金〔2014〕113号');
  });
  it('a scenario override changes the threshold', () => {
    const s = scenario([project({ capitalRatio: 0.25 })], { rules: { 'ppp.capital-ratio': { threshold: 0.3 } } });
    expect(simulatePpp(s).findings.some((f) => f.rule === 'ppp.capital-ratio')).toBe(true);
  });
});
