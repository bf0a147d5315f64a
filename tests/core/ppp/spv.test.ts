import { describe, expect, it } from 'vitest';
import { npv } from '../../../src/core/finance/index.ts';
import { runProject } from '../../../src/core/ppp/project.ts';
import { constructionFunding } from '../../../src/core/ppp/spv/financing.ts';
import { corporateIncomeTax } from '../../../src/core/ppp/spv/incomeTax.ts';
import { equityCashFlows, projectCashFlows } from '../../../src/core/ppp/spv/metrics.ts';
import { sourcesAndUses } from '../../../src/core/ppp/spv/sourcesUses.ts';
import { capexSchedule, projectTime } from '../../../src/core/ppp/projectTime.ts';
import { flat, project } from './fixtures.ts';

const V = { discountRate: { kind: 'flat', rate: 0.04 }, startYear: 2026 } as const;

describe('SPV construction funding (SPEC §4.3)', () => {
  it('funds capex pro rata by equity and debt and capitalises IDC on the balance at the start of each year', () => {
    const p = project();
    const t = projectTime(p);
    const f = constructionFunding(p, t, capexSchedule(p, t));
    // 2026: capex 4000 → equity 800, draw 3200, IDC 0 (nothing outstanding yet)
    // 2027: capex 6000 → equity 1200, draw 4800, IDC 3200·5% = 160
    // loan at operation year 1 = 3200 + 4800 + 160 = 8160
    expect(Array.from(f.equity.slice(0, 2))).toEqual([800, 1200]);
    expect(Array.from(f.debtDraw.slice(0, 2))).toEqual([3200, 4800]);
    expect(f.idc[1]).toBeCloseTo(160, 9);
    expect(f.loanPrincipal).toBeCloseTo(8160, 9);
  });
  it('IDC paid by equity raises the equity outlay and leaves the loan at the draws', () => {
    const p = project({ idc: 'paid-by-equity' });
    const t = projectTime(p);
    const f = constructionFunding(p, t, capexSchedule(p, t));
    // 2027 equity: 1200 + 160 = 1360; loan 8000
    expect(f.equity[1]).toBeCloseTo(1360, 9);
    expect(f.loanPrincipal).toBeCloseTo(8000, 9);
    expect(f.capitalisedIdc).toBe(0);
  });
});

describe('corporate income tax (SPEC §4.3)', () => {
  it('carries losses forward, oldest first', () => {
    // losses 100 (y0), 50 (y1); y2 income 30 uses 30 of y0 → 0 tax;
    // y3 income 200 uses the remaining 70 of y0 and 50 of y1 → taxable 80 → tax 20
    const tax = corporateIncomeTax(Float64Array.from([-100, -50, 30, 200]), 0.25);
    expect(Array.from(tax)).toEqual([0, 0, 0, 20]);
  });
  it('a loss lapses after 5 years', () => {
    // loss 100 in y0 is usable in y1..y5 only; y6 income 100 is taxed in full: 25
    const tax = corporateIncomeTax(Float64Array.from([-100, 0, 0, 0, 0, 0, 100]), 0.25);
    expect(tax[6]).toBe(25);
    const within = corporateIncomeTax(Float64Array.from([-100, 0, 0, 0, 0, 100]), 0.25);
    expect(within[5]).toBe(0);
  });
});

describe('SPV cash flows (SPEC §4.3)', () => {
  const run = runProject(project({ userRevenue: flat(300) }), V);
  const { spv, time } = run;

  it('repays the loan exactly within its tenor', () => {
    let principal = 0;
    for (let i = 0; i < time.length; i++) principal += spv.debtService[i]! - spv.interest[i]!;
    expect(principal).toBeCloseTo(8160, 6);
    expect(spv.debtService[2 + 7]).toBeGreaterThan(0); // operation year 8 = last of the tenor
    expect(spv.debtService[2 + 8]).toBe(0);
  });
  it('depreciates capex + capitalised IDC straight-line over the operation years', () => {
    // (10000 + 160) / 10 = 1016
    expect(spv.depreciation[2]).toBeCloseTo(1016, 9);
    expect(spv.depreciation[1]).toBe(0);
  });
  it('revenue = government payments + user revenue; CFADS = revenue − opex − taxes; dividends = CFADS − debt service', () => {
    for (let i = 2; i < time.length; i++) {
      expect(spv.revenue[i]).toBeCloseTo(run.obligations.operatingSubsidy[i]! + 300, 9);
      expect(spv.cfads[i]).toBeCloseTo(spv.revenue[i]! - spv.opex[i]! - spv.taxes[i]!, 9);
      expect(spv.dividends[i]).toBeCloseTo(spv.cfads[i]! - spv.debtService[i]!, 9);
    }
  });
  it('taxes the first operation year on revenue − opex − depreciation − interest', () => {
    const taxable = spv.revenue[2]! - 500 - 1016 - 8160 * 0.05;
    expect(spv.taxableIncome[2]).toBeCloseTo(taxable, 9);
    expect(spv.incomeTax[2]).toBeCloseTo(0.25 * Math.max(0, taxable), 9);
  });
  it('sources = uses in every year, for either IDC treatment and with equity injections', () => {
    const variants = [
      run,
      runProject(project({ idc: 'paid-by-equity' }), V),
      runProject(project({ operatingCost: flat(5000), mechanism: 'user-pay', userRevenue: flat(5200) }), V),
    ];
    expect(variants[2]!.spv.equityInjection.some((x) => x > 0)).toBe(true);
    for (const r of variants) {
      const { sources, uses } = sourcesAndUses(r.spv);
      for (let i = 0; i < sources.length; i++) expect(sources[i]).toBeCloseTo(uses[i]!, 6);
    }
  });
  it('VAT on government payments is S·v/(1+v), borne by the SPV', () => {
    const r = runProject(project({ taxes: { corporateIncomeTax: 0.25, vatOnGovernmentPayments: 0.06 } }), V);
    expect(r.spv.vat[2]).toBeCloseTo((r.obligations.operatingSubsidy[2]! * 0.06) / 1.06, 9);
  });
});

describe('SPV metrics (SPEC §4.3)', () => {
  const run = runProject(project({ userRevenue: flat(300) }), V);
  const m = run.metrics;

  it('NPV at the project IRR is 0 (finance kernel npv)', () => {
    expect(m.projectIrr).not.toBeNull();
    expect(Math.abs(npv(m.projectIrr!, projectCashFlows(run.spv))!)).toBeLessThan(1e-6);
  });
  it('NPV at the equity IRR is 0', () => {
    expect(m.equityIrr).not.toBeNull();
    expect(Math.abs(npv(m.equityIrr!, equityCashFlows(run.spv))!)).toBeLessThan(1e-6);
  });
  it('project npv is the kernel npv at the discount rate when construction starts in startYear', () => {
    expect(m.npv).toBeCloseTo(npv(0.04, projectCashFlows(run.spv))!, 6);
  });
  it('DSCR is defined only in operation years with debt service', () => {
    // construction 2026–27 and operation years 9–10 (after the 8-year tenor) have none
    expect([m.dscr[0], m.dscr[1], m.dscr[10], m.dscr[11]]).toEqual([null, null, null, null]);
    for (let i = 2; i < 10; i++) expect(m.dscr[i]).toBeCloseTo(run.spv.cfads[i]! / run.spv.debtService[i]!, 12);
    const defined = m.dscr.filter((d): d is number => d !== null);
    expect(m.minDscr).toBe(Math.min(...defined));
    expect(m.avgDscr).toBeCloseTo(defined.reduce((a, b) => a + b, 0) / defined.length, 12);
  });
  it('LLCR_t = PV at the loan rate of CFADS to maturity / opening balance', () => {
    // at operation year 1: Σ_{j=1..8} CFADS_j/1.05^j / 8160
    let pv = 0;
    for (let j = 0; j < 8; j++) pv += run.spv.cfads[2 + j]! / Math.pow(1.05, j + 1);
    expect(m.llcr[2]).toBeCloseTo(pv / 8160, 9);
    expect(m.llcr[10]).toBeNull();
    expect(m.llcr[0]).toBeNull();
  });
  it('without a loan there is no DSCR and no LLCR', () => {
    const r = runProject(project({ capitalRatio: 1 }), V);
    expect(r.metrics.minDscr).toBeNull();
    expect(r.metrics.llcr.every((x) => x === null)).toBe(true);
  });
});
