import { describe, expect, it } from 'vitest';
import { investmentCompleted } from '../../../src/core/rewards/investmentCompleted.ts';
import type { Town } from '../../../src/core/model/scenario.ts';

const growth = (base: number) => ({ kind: 'growth', base, growth: 0 }) as const;
const town = (kpis: Town['kpis']): Pick<Town, 'kpis' | 'investment'> => ({
  kpis,
  investment: { total: growth(100), government: growth(0), realEstate: growth(0), specialtyIndustry: growth(100) },
});

describe('investmentCompleted (SPEC §1, §3)', () => {
  it('is the plan total for a town without an investment KPI', () => {
    expect(Array.from(investmentCompleted(town({}), 2026, 2))).toEqual([100, 100]);
  });
  it('is target × achievement in years the KPI has a target, the plan in the others', () => {
    // 2026: target 80 × 0.5 = 40; 2027: no target → plan 100
    const t = town({ investment: { target: { kind: 'table', byYear: { '2026': 80 }, fill: 'zero' }, expected: growth(0.5) } });
    expect(Array.from(investmentCompleted(t, 2026, 2))).toEqual([40, 100]);
  });
  it('takes sampled ratios when given (Monte Carlo)', () => {
    const t = town({ investment: { target: growth(80), expected: growth(0.5) } });
    // 80 × 1.25 = 100, 80 × 0 = 0
    expect(Array.from(investmentCompleted(t, 2026, 2, [1.25, 0]))).toEqual([100, 0]);
  });
});
