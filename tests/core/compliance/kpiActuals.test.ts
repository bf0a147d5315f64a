import { describe, expect, it } from 'vitest';
import { deterministicActual, townKpiActual } from '../../../src/core/compliance/kpiActuals.ts';
import { c, tbl, town } from '../debt/fixtures.ts';

describe('KPI actuals (SPEC §2, §3)', () => {
  it('the deterministic actual is target × expected achievement: 2500 × 0.8 = 2000', () => {
    expect(deterministicActual({ target: c(2500), expected: c(0.8) }, 2026, 2)).toEqual([2000, 2000]);
  });
  it('a year with target 0 has no actual', () => {
    expect(deterministicActual({ target: tbl({ 2027: 100 }), expected: c(1.1) }, 2026, 2)[0]).toBeNull();
  });
  it('actuals passed in win over the deterministic ones, non-finite values count as missing', () => {
    const t = town({ kpis: { jobs: { target: c(100), expected: c(1) } } });
    expect(townKpiActual(t, 'jobs', 2026, 3, new Map([['t1', { jobs: [5, Number.NaN] }]]))).toEqual([5, null, null]);
  });
  it('a KPI the town does not track has no actuals', () => {
    expect(townKpiActual(town(), 'visitors', 2026, 2)).toBeNull();
  });
});

describe('KPI actuals input shape', () => {
  it('accepts a plain record by town id, and ignores inherited keys', () => {
    const t = town({ kpis: { jobs: { target: c(100), expected: c(1) } } });
    expect(townKpiActual(t, 'jobs', 2026, 1, { t1: { jobs: [7] } })).toEqual([7]);
    expect(townKpiActual(t, 'constructor', 2026, 1, { t1: { jobs: [7] } })).toBeNull();
  });
});

describe('KPI actuals before startYear', () => {
  it('growth series keep their y0 at startYear: 2025 target 100·1.25^−1 = 80, × 0.5 = 40', () => {
    const kpi = { target: { kind: 'growth', base: 100, growth: 0.25 }, expected: c(0.5) } as const;
    expect(deterministicActual(kpi, 2025, 2, 2026)).toEqual([40, 50]);
  });
});
