import { describe, expect, it } from 'vitest';
import { townFacts } from '../../../src/core/compliance/townFacts.ts';
import { c, scenario, tbl, town } from '../debt/fixtures.ts';

const s = scenario({ startYear: 2026, horizonYears: 3 });

describe('townFacts (SPEC §7 inputs)', () => {
  it('cumulates plan investment from the creation year, including the years before startYear', () => {
    // created 2024; table lists 2024: 10, 2025: 20 (history 30), then 100 a year (carried): 130, 230, 330
    const t = town({ creationYear: 2024, investment: { total: { kind: 'table', byYear: { 2023: 999, 2024: 10, 2025: 20, 2026: 100 }, fill: 'carry' },
      government: c(0), realEstate: c(0), specialtyIndustry: c(60) } });
    const f = townFacts(s, t, [0, 0, 0]);
    expect(Array.from(f.planTotalToDate)).toEqual([130, 230, 330]);
    // a constant growth series gives 60 in 2024 and 2025 too: 180, 240, 300
    expect(Array.from(f.specialtyToDate)).toEqual([180, 240, 300]);
  });
  it('a growth series gives the years before its y0 by the same formula: 100·1.25^(y − 2026)', () => {
    // created 2024: 100/1.5625 = 64 (2024), 100/1.25 = 80 (2025), then 100 (2026) → 244
    const t = town({ creationYear: 2024, investment: { total: { kind: 'growth', base: 100, growth: 0.25 }, government: c(0), realEstate: c(0), specialtyIndustry: c(0) } });
    expect(townFacts(s, t, [0, 0, 0]).planTotalToDate[0]).toBeCloseTo(244, 10);
  });
  it('does not count years before creation', () => {
    const t = town({ creationYear: 2027, investment: { total: c(50), government: c(0), realEstate: c(0), specialtyIndustry: c(0) } });
    expect(Array.from(townFacts(s, t, [0, 0, 0]).planTotalToDate)).toEqual([0, 50, 100]);
    expect(townFacts(s, t, [0, 0, 0]).active).toEqual([false, true, true]);
  });
  it('a zero-filled table counts only the history it lists', () => {
    const t = town({ creationYear: 2020, investment: { total: tbl({ 2019: 1, 2020: 2, 2025: 4, 2026: 8 }), government: c(0), realEstate: c(0), specialtyIndustry: c(0) } });
    // 2 + 4 (history from 2020) + 8 = 14
    expect(townFacts(s, t, [0, 0, 0]).planTotalToDate[0]).toBe(14);
  });
  it('investment completed follows the investment KPI’s actual where there is one, else the plan', () => {
    // created 2026; KPI target only in 2026: 200 × 0.5 = 100; plan 80 in the other years → 100, 180, 260
    const t = town({ creationYear: 2026, investment: { total: c(80), government: c(0), realEstate: c(0), specialtyIndustry: c(0) },
      kpis: { investment: { target: tbl({ 2026: 200 }), expected: c(0.5) } } });
    expect(Array.from(townFacts(s, t, [0, 0, 0]).investmentToDate)).toEqual([100, 180, 260]);
  });
  it('investment completed before startYear is the KPI’s target × expected achievement', () => {
    // created 2025: 2025 KPI 200 × 0.5 = 100 (history); 2026–2028 the same → 200, 300, 400
    const t = town({ creationYear: 2025, investment: { total: c(80), government: c(0), realEstate: c(0), specialtyIndustry: c(0) },
      kpis: { investment: { target: c(200), expected: c(0.5) } } });
    expect(Array.from(townFacts(s, t, [0, 0, 0]).investmentToDate)).toEqual([200, 300, 400]);
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
