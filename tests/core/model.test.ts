import { describe, expect, it } from 'vitest';
import { expandSeries } from '../../src/core/model/expand.ts';
import { discountFactor, rateForTenor, stageIn } from '../../src/core/model/timeline.ts';

describe('expandSeries', () => {
  it('growth is base·(1+g)^(y − y0)', () => {
    // 100·1.1^0 = 100, 100·1.1^1 = 110, 100·1.1^2 = 121
    const v = expandSeries({ kind: 'growth', base: 100, growth: 0.1 }, 2026, 3);
    [100, 110, 121].forEach((x, i) => expect(v[i]).toBeCloseTo(x, 10));
  });
  it('growth honours an explicit y0 before the first year', () => {
    // y0 = 2025: 2026 → 100·1.1 = 110
    expect(expandSeries({ kind: 'growth', base: 100, growth: 0.1, y0: 2025 }, 2026, 1)[0]).toBeCloseTo(110, 12);
  });
  it('table fills missing years with zero or carries the nearest earlier value', () => {
    const byYear = { '2027': 5, '2029': 7 };
    expect(Array.from(expandSeries({ kind: 'table', byYear, fill: 'zero' }, 2026, 5))).toEqual([0, 5, 0, 7, 0]);
    expect(Array.from(expandSeries({ kind: 'table', byYear, fill: 'carry' }, 2026, 5))).toEqual([5, 5, 5, 7, 7]);
  });
});

describe('timeline', () => {
  it('discountFactor of a year-end flow in the first year is 1/(1+r)', () => {
    expect(discountFactor({ kind: 'flat', rate: 0.03 }, 2026, 2026)).toBeCloseTo(1 / 1.03, 15);
    // curve: tenor 2 → 4%; 1/1.04² = 0.924556…
    expect(discountFactor({ kind: 'curve', byTenor: [0.03, 0.04] }, 2026, 2027)).toBeCloseTo(1 / 1.0816, 15);
  });
  it('a curve repeats its last tenor', () => {
    expect(rateForTenor({ kind: 'curve', byTenor: [0.02, 0.025] }, 10)).toBe(0.025);
  });
  it('stageIn follows creation and stage years', () => {
    const t = { creationYear: 2020, stages: { planning: 2020, construction: 2021, operation: 2024 } };
    expect([2019, 2020, 2021, 2023, 2024].map((y) => stageIn(t, y))).toEqual(['inactive', 'planning', 'construction', 'construction', 'operation']);
  });
});

describe('cityBudgetExpenditure', () => {
  it('follows revenue through an elasticity: E_t = base·(R_t/R_0)^ε', async () => {
    const { cityBudgetExpenditure } = await import('../../src/core/model/cityBudget.ts');
    const city = {
      name: '广州', retainedShare: 0.5, existingPppObligations: { kind: 'growth', base: 0, growth: 0 },
      discountRate: { kind: 'flat', rate: 0.03 },
      budgetRevenue: { kind: 'growth', base: 100, growth: 0.21 },
      budgetExpenditure: { kind: 'elastic', base: 200, elasticity: 0.5 },
    } as const;
    // year 2: R = 121 → ratio 1.21, √1.21 = 1.1, E = 200·1.1 = 220
    const e = cityBudgetExpenditure(city, 2026, 2);
    expect(e[0]).toBeCloseTo(200, 10);
    expect(e[1]).toBeCloseTo(220, 10);
  });
});
