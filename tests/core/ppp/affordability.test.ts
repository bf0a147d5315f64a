import { describe, expect, it } from 'vitest';
import { affordability, pppShare } from '../../../src/core/ppp/affordability.ts';
import { runProject } from '../../../src/core/ppp/project.ts';
import { flat, project, scenario } from './fixtures.ts';

const V = { discountRate: { kind: 'flat', rate: 0.04 }, startYear: 2026 } as const;

describe('fiscal affordability (SPEC §4.5)', () => {
  it('share = (general-budget obligations of the level + existing obligations) / expenditure', () => {
    const city = runProject(project(), V);
    const district = runProject(project({ id: 'p2', payer: { budget: 'general', level: 'd1' } }), V);
    const fund = runProject(project({ id: 'p3', payer: { budget: 'fund', level: 'city' } }), V);
    const s = scenario([]);
    const a = affordability({ ...s, city: { ...s.city, existingPppObligations: flat(2000) } }, [city, district, fund]);
    // 2026: city = its project's equity 240 (the fund-budget project is left out) + existing 2000 = 2240 → 2.24%
    expect(a.city.obligations[0]).toBeCloseTo(2240, 9);
    expect(a.city.share[0]).toBeCloseTo(0.0224, 12);
    // d1: 240 / 20000 = 1.2%
    expect(a.districts[0]!.share[0]).toBeCloseTo(0.012, 12);
    // 2028: city project pays S_1 = 1566.256 → (1566.256 + 2000) / 100000
    expect(a.city.share[2]).toBeCloseTo(0.03566256, 12);
  });
  it('is null when expenditure ≤ 0', () => {
    expect(pppShare(100, 0)).toBeNull();
    expect(pppShare(100, -5)).toBeNull();
    const s = scenario([], { districts: [{ id: 'd1', budgetExpenditure: flat(0), existingPppObligations: flat(10) }] });
    expect(affordability(s, []).districts[0]!.share.every((x) => x === null)).toBe(true);
  });
});
