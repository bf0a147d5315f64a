import { describe, expect, it } from 'vitest';
import { history, townFacts } from '../../../src/core/compliance/townFacts.ts';
import { c, scenario, tbl, town } from '../debt/fixtures.ts';

const s = scenario({ startYear: 2026, horizonYears: 3 });

describe('townFacts (SPEC §7 inputs)', () => {
  it('cumulates plan investment from the creation year, counting stated history before startYear', () => {
    // created 2024; table lists 2024: 10, 2025: 20 (history 30), then 100 a year: 130, 230, 330
    const t = town({ creationYear: 2024, investment: { total: { kind: 'table', byYear: { 2024: 10, 2025: 20, 2026: 100 }, fill: 'carry' },
      government: c(0), realEstate: c(0), specialtyIndustry: c(60) } });
    const f = townFacts(s, t, [0, 0, 0]);
    expect(Array.from(f.planTotalToDate)).toEqual([130, 230, 330]);
    // a growth series is not extrapolated backwards: 60, 120, 180
    expect(Array.from(f.specialtyToDate)).toEqual([60, 120, 180]);
  });
  it('does not count years before creation', () => {
    const t = town({ creationYear: 2027, investment: { total: c(50), government: c(0), realEstate: c(0), specialtyIndustry: c(0) } });
    expect(Array.from(townFacts(s, t, [0, 0, 0]).planTotalToDate)).toEqual([0, 50, 100]);
    expect(townFacts(s, t, [0, 0, 0]).active).toEqual([false, true, true]);
  });
  it('history sums a table’s listed values from creation to the year before startYear', () => {
    expect(history(tbl({ 2019: 1, 2020: 2, 2025: 4, 2026: 8 }), 2020, 2026)).toBe(6);
    expect(history(c(5), 2020, 2026)).toBe(0);
  });
  it('investment completed follows the investment KPI’s actual where there is one, else the plan', () => {
    // KPI target only in 2026: 200 × 0.5 = 100; plan 80 in the other years → 100, 180, 260
    const t = town({ investment: { total: c(80), government: c(0), realEstate: c(0), specialtyIndustry: c(0) },
      kpis: { investment: { target: tbl({ 2026: 200 }), expected: c(0.5) } } });
    expect(Array.from(townFacts(s, t, [0, 0, 0]).investmentToDate)).toEqual([100, 180, 260]);
  });
  it('tax is the tax KPI’s actual where there is one, else the town revenue', () => {
    const t = town({ kpis: { tax: { target: tbl({ 2027: 40 }), expected: c(1.5) } } });
    expect(Array.from(townFacts(s, t, [7, 8, 9]).tax)).toEqual([7, 60, 9]);
  });
  it('marks operation-stage years', () => {
    const t = town({ stages: { planning: 2020, construction: 2021, operation: 2027 } });
    expect(townFacts(s, t, [0, 0, 0]).operating).toEqual([false, true, true]);
  });
});
